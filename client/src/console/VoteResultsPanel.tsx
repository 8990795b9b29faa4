import type { StageView, VoteResults } from '@majlis/shared';
import { useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { errorMessage } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { consoleResultsOf } from '../vote/kinds/consoleResultsParts';
import { VoteGroupTable } from './VoteGroupTable';

interface Props {
  readonly stage: StageView;
  readonly results: VoteResults | null;
  readonly loading: boolean;
  readonly error: FetchError | null;
  readonly labelOf: (id: string) => string;
  readonly cut: { readonly n: number; readonly stage: StageView } | null;
}

type Layout = 'overall' | 'groups';

/**
 * The facilitator's view of the results as they come in: who can see them (only the facilitator
 * before a reveal, unless they are live), how many voted, and the result overall or by group.
 */
export function VoteResultsPanel({ stage, results, loading, error, labelOf, cut }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [layout, setLayout] = useState<Layout>('overall');
  const settings = stage.vote?.settings;
  const Result = results && consoleResultsOf(results.overall.kind).Result;
  const visibility =
    stage.state === 'revealed' ? 'revealed' : settings?.results === 'live' ? 'live' : 'hidden';

  return (
    <section className="vote-card vote-results" aria-labelledby={`${id}-heading`}>
      <div className="vote-results__head">
        <h2 id={`${id}-heading`} className="vote-results__heading">
          {t('vote.console.results')}
        </h2>
        <span className={`vote-visibility vote-visibility--${visibility}`}>
          <Icon name={visibility === 'hidden' ? 'lock' : 'monitor'} />
          {t(`vote.console.visibility.${visibility}`)}
        </span>
        {results && (
          <span className="vote-results__voters">
            {t('vote.console.voters', { n: formatNumber(results.voters) })}
          </span>
        )}
        <fieldset className="curate__layout vote-results__layout">
          <legend className="visually-hidden">{t('vote.console.view')}</legend>
          {(['overall', 'groups'] as const).map((value) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name={`${id}-layout`}
                value={value}
                checked={layout === value}
                onChange={() => setLayout(value)}
              />
              <span>{t(`vote.console.view.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {error && (
        <ErrorAlert>
          <p>{t('vote.console.loadFailed', { message: errorMessage(t, error) })}</p>
        </ErrorAlert>
      )}
      {!results ? (
        <p className="vote-results__empty">
          {loading ? t('vote.console.loading') : t('vote.console.noResults')}
        </p>
      ) : (
        <>
          {results.voters === 0 && <p className="vote-results__empty">{t('vote.console.noVotes')}</p>}
          {layout === 'overall' ? (
            Result && <Result result={results.overall} labelOf={labelOf} voters={results.voters} cut={cut} />
          ) : results.byGroup.length === 0 ? (
            <p className="vote-results__empty">{t('vote.console.groupsEmpty')}</p>
          ) : (
            <>
              <VoteGroupTable results={results} labelOf={labelOf} />
              <p className="vote-results__note">{t('vote.console.groupsNote')}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
