/** Names in vote results that the room reads in its own language. */
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';
import { formatNumber } from '../../lib/numbers';

/** Template criteria carry their label in the workshop's language; each screen says them in its own.
 * A label the facilitator typed is shown as typed. */
const KNOWN_CRITERIA: Readonly<Record<string, readonly string[]>> = {
  impact: ['Impact', 'الأثر'],
  feasibility: ['Feasibility', 'قابلية التنفيذ'],
};

export function criterionLabel(
  t: Translate,
  criterion: { readonly id: string; readonly label: string },
): string {
  const known = KNOWN_CRITERIA[criterion.id];
  if (!known?.includes(criterion.label)) return criterion.label;
  return criterion.id === 'impact' ? t('results.impact') : t('results.feasibility');
}

/** A count's unit in words: the message for one, and for `{n}` of them ("1 dot", "{n} dots"). */
export type Unit = readonly [one: MessageKey, many: MessageKey];

/** "12 dots", "1 dot", "7 points", "3 votes": a ranked value with its unit, in `t`'s language. */
export function unitText(t: Translate, [one, many]: Unit, n: number): string {
  return n === 1 ? t(one) : t(many, { n: formatNumber(n) });
}
