import type { VoteResults } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { phoneResultsOf } from '../vote/kinds/phoneResultsParts';
import { hasVotes } from '../vote/results/rankedRows';

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
  const { Result } = phoneResultsOf(overall.kind);
  return (
    <section className="phone-results" aria-labelledby={headingId}>
      <h2 id={headingId} className="ballot-section__title">
        {t('results.heading')}
        <span className="pill">{t('results.voters', { n: formatNumber(results.voters) })}</span>
      </h2>
      {!hasVotes(overall) ? (
        <p className="phone-results__empty">{t('results.noVotes')}</p>
      ) : (
        <Result result={overall} labelOf={labelOf} />
      )}
    </section>
  );
}
