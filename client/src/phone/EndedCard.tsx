import { useI18n } from '../i18n/useI18n';
import { formatMoment } from '../lib/formatMoment';
import { WaitingCard } from '../phoneKit/WaitingCard';

/** The workshop has ended: the phone keeps showing it, read-only, until the grace period runs out. */
export function EndedCard({ guestsUntil }: { readonly guestsUntil: number | null }) {
  const { t, lang } = useI18n();
  return (
    <div role="status">
      <WaitingCard
        icon="clock"
        title={t('ended.title')}
        text={guestsUntil === null ? '' : t('ended.readUntil', { time: formatMoment(guestsUntil, lang) })}
      />
    </div>
  );
}
