import type { PresenceCounts, StakeholderGroup } from '@majlis/shared';
import { useI18n } from '../../i18n/useI18n';
import { formatNumber } from '../../lib/numbers';

interface Props {
  readonly voted: number;
  readonly presence: PresenceCounts | undefined;
  /** The invited groups; everyone present counts when absent. */
  readonly groups: readonly StakeholderGroup[] | undefined;
}

/**
 * "12 of 18 present have voted", with a bar. Only the invited groups count as able to vote. People
 * who voted and then left can make the count pass those present; it then says both numbers plainly.
 */
export function VoteTurnout({ voted, presence, groups }: Props) {
  const { t } = useI18n();
  const present = presence
    ? groups
      ? groups.reduce((sum, g) => sum + (presence.byGroup[g] ?? 0), 0)
      : presence.total
    : null;
  const share = present ? Math.min(1, voted / present) : 0;
  const n = formatNumber(voted);
  const text =
    present === null
      ? t('vote.console.turnoutNoPresence', { n })
      : voted <= present
        ? t('vote.console.turnout', { n, m: formatNumber(present) })
        : t('vote.console.turnoutOver', { n, m: formatNumber(present) });
  return (
    <div className="vote-turnout">
      <p className="vote-turnout__text">
        {text}
        {groups && <span className="vote-turnout__note"> · {t('vote.console.turnoutGroups')}</span>}
      </p>
      <span className="vote-turnout__bar" aria-hidden="true">
        <span style={{ inlineSize: `${share * 100}%` }} />
      </span>
    </div>
  );
}
