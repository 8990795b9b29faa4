/** Names in vote results that the room reads in its own language. */
import type { Locale } from '@majlis/shared';
import { type Translate, translate } from '../../i18n/translate';
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

const UNITS = {
  dots: ['results.unit.dotsOne', 'results.unit.dots'],
  rank: ['results.unit.pointsOne', 'results.unit.points'],
  poll: ['results.unit.votesOne', 'results.unit.votes'],
  approval: ['results.unit.approvalsOne', 'results.unit.approvals'],
} as const;

/** "12 dots", "1 dot", "7 points", "3 votes": a ranked value with its unit, in the locale's words. */
export function unitText(locale: Locale, kind: keyof typeof UNITS, n: number): string {
  const [one, many] = UNITS[kind];
  return n === 1 ? translate(locale, one) : translate(locale, many, { n: formatNumber(n) });
}
