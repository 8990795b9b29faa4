import type { ItemView } from '@majlis/shared';
import { SdgChip } from '../components/SdgChip';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';

/** How many ideas serve each goal, as the board's "by SDG" layout counts them (merged ideas count
 * once, with the union of their goals). */
export function SdgCounts({ active }: { readonly active: readonly ItemView[] }) {
  const { t, lang } = useI18n();
  const counts = new Map<number, number>();
  for (const item of active) for (const n of item.sdgs) counts.set(n, (counts.get(n) ?? 0) + 1);
  const goals = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (goals.length === 0) return null;
  return (
    <div className="sdg-counts">
      <p className="sdg-counts__label">{t('curate.sdgCounts')}</p>
      <ul className="sdg-counts__list">
        {goals.map(([n, count]) => (
          <li key={n} className="sdg-counts__goal">
            <SdgChip n={n} locale={lang} className="sdg--small" />
            <span className="sdg-counts__n">
              <span aria-hidden="true">×</span>
              {formatNumber(count)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
