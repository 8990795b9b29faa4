import type { VoteResults } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { hasVotes } from '../vote/results/rankedRows';
import { VoteResultsCompactRows } from './VoteResultsCompactRows';
import { VoteResultsCompactStatus } from './VoteResultsCompactStatus';

interface Props {
  readonly results: VoteResults;
  readonly labelOf: (id: string) => string;
}

/** The room's results on the phone once they are shown: the board's charts, compact enough for one
 * column and still legible as plain text. */
export function VoteResultsCompact({ results, labelOf }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const overall = results.overall;
  return (
    <section className="phone-results" aria-labelledby={headingId}>
      <h2 id={headingId} className="ballot-section__title">
        {t('results.heading')}
        <span className="pill">{t('results.voters', { n: formatNumber(results.voters) })}</span>
      </h2>
      {!hasVotes(overall) ? (
        <p className="phone-results__empty">{t('results.noVotes')}</p>
      ) : overall.kind === 'status' ? (
        <VoteResultsCompactStatus result={overall} labelOf={labelOf} />
      ) : (
        <VoteResultsCompactRows result={overall} labelOf={labelOf} />
      )}
    </section>
  );
}
