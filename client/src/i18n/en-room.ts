/** English strings of the room screens; merged into `en`. */
export const enRoom = {
  'outcomes.decisions': 'Decisions',
  'outcomes.actions': 'Action items',
  'outcomes.notes': 'Notes',
  'outcomes.owner': 'Owner',
  'outcomes.organization': 'Organization',
  'outcomes.due': 'Due',
  'outcomes.status': 'Status',
  'outcomes.status.open': 'To do',
  'outcomes.status.in_progress': 'In progress',
  'outcomes.status.done': 'Done',
  'outcomes.linked': 'Concerns',
  'outcomes.goals': 'Goals',
  'outcomes.continued': '(continued)',
  'outcomes.emptyTitle': 'Decisions will appear here as they are recorded',
  'outcomes.emptyText': 'Action items too: what is to be done, who owns it and by when.',

  'me.outcomes.empty':
    'Nothing recorded yet. Decisions and action items appear here as the facilitator records them.',
  'me.outcomes.none': 'No decisions or action items were recorded in this stage.',

  'join.nameInMinutes': 'My name may appear in the minutes’ list of participants',
  'join.nameInMinutesHint':
    'If you leave this unticked, the minutes count you in your group without your name.',

  'minutesPage.print': 'Print / Save as PDF',
  'minutesPage.printHint': 'To save a PDF, choose “Save as PDF” as the printer.',
  'minutesPage.loading': 'Preparing the minutes…',
  'minutesPage.errorTitle': 'The minutes could not be loaded',
  'minutesPage.retry': 'Try again',
  'minutesPage.otherLanguage': 'المحضر بالعربية',
  'minutesPage.none': 'None',
} as const;
