/** Western digits in both languages, as Jordanian official texts use them. */
const formatter = new Intl.NumberFormat('en-US');

export function formatNumber(n: number): string {
  return formatter.format(n);
}
