import type { Ballot, VoteSettings } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { BallotSummaryLines } from './BallotSummaryLines';

interface Props {
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly ballot: Ballot;
  readonly labelOf: (id: string) => string;
}

/** One's own ballot, read only, once the vote has closed: what was counted, in the kind's terms. */
export function BallotSummary({ settings, targets, ballot, labelOf }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="ballot-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="ballot-section__title">
        {t('ballot.yourVote')}
      </h2>
      <BallotSummaryLines settings={settings} targets={targets} ballot={ballot} labelOf={labelOf} />
    </section>
  );
}
