/** English strings for ending a workshop and renewing its links; merged into `en`. */
export const enLifecycle = {
  'error.workshop_ended': 'This workshop has ended.',
  'error.rate_limited_wait':
    'Too many wrong codes from this network. Try again in {seconds} s, or scan the QR code on the screen.',
  'problem.ended.title': 'This workshop has ended',
  'problem.ended.text': 'Its links no longer open it. Ask the facilitator for the minutes.',

  'ended.title': 'This workshop has ended',
  'ended.readUntil': 'You can still read it here until {time}.',
  'board.ended': 'The workshop has ended',
  'board.endedThanks': 'Thank you for taking part.',

  'console.links': 'Links and ending',
  'console.keep': 'Cancel',
  'console.rotateBoard': 'New board link',
  'console.rotateBoardConfirm': 'Make a new board link now',
  'console.rotateBoardWhy':
    'The old board link stops at once and open boards go dark; open the board again from this console.',
  'console.rotateBoardDone': 'New board link made. Open the board again with “Open the board”.',
  'console.rotateKey': 'New facilitator link',
  'console.rotateKeyConfirm': 'Make a new facilitator link now',
  'console.rotateKeyWhy':
    'The old facilitator link stops at once, on every device that has it. The new one is shown once.',
  'console.rotateKeyDone':
    'This is your new secret facilitator link. The old one no longer works: copy this one now and keep it.',
  'console.end': 'End the workshop',
  'console.endConfirm': 'End the workshop now',
  'console.endWhy':
    'The code and the join link stop letting anyone in, and phones can no longer add ideas or vote. Everyone can read the workshop until {time}.',
  'console.ended': 'This workshop ended at {at}.',
  'console.endedUntil':
    'Phones, scribes and the board can read it until {time}. Your facilitator link keeps working, for the minutes and exports.',

  'vote.console.action.workshop_ended': 'Workshop ended',
  'vote.console.action.facilitator_key_rotated': 'New facilitator link',
  'vote.console.action.board_link_rotated': 'New board link',
} as const;
