import type { Locale } from '@majlis/shared';
import { translate } from '../i18n/translate';

/** "Merged ×3": this card stands for several ideas the facilitator joined, whose authors may look
 * for their own words in vain otherwise. */
export function BoardMerged({ count, locale }: { readonly count: number; readonly locale: Locale }) {
  if (count === 0) return null;
  return <span className="board-merged">{translate(locale, 'board.merged', { n: count })}</span>;
}
