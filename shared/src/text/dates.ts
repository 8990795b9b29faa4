/** Calendar dates as the minutes and action items use them: `YYYY-MM-DD`, no time, no zone. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written `YYYY-MM-DD` (so 2027-02-30 is not). */
export function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The `YYYY-MM-DD` of an instant, in UTC. */
export function dateOf(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}
