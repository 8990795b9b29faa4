import { formatInviteCode } from '@majlis/shared';

/** Where a personal code joins: the badge's QR code and the link the facilitator copies. */
export function inviteUrl(code: string, base: string = window.location.origin): string {
  return `${base}/i/${formatInviteCode(code)}`;
}

/** The short address a person types with their code. */
export function inviteAddress(base: string = window.location.origin): string {
  return `${base.replace(/^https?:\/\//, '')}/i`;
}

/** Made once: `toLocaleTimeString` builds a formatter per call, and the console's list of people
 * is drawn again at every change of the workshop. */
const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Clock time of a join, hh:mm:ss, Western digits in both languages. */
export function clockTime(at: number): string {
  return CLOCK.format(at);
}
