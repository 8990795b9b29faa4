import { type Criterion, GROUP_LABELS, type StatusRating } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { ballotLines } from './voteBallotSummary';
import { formatTime } from './voteFormat';
import type { BallotRecord } from './voteRequests';

interface Props {
  readonly ballots: readonly BallotRecord[];
  readonly labelOf: (id: string) => string;
  readonly criteria: readonly Criterion[];
}

/** Who voted what, for named votes only (the server sends no ballots for anonymous ones). */
export function VoteBallotsTable({ ballots, labelOf, criteria }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const sorted = [...ballots].sort((a, b) => a.castAt - b.castAt);
  const words = { labelOf, criteria, rating: (r: StatusRating) => t(`vote.console.status.${r}`) };

  return (
    <section className="vote-card vote-ballots" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="vote-results__heading">
        {t('vote.console.whoVoted')}
      </h2>
      {sorted.length === 0 ? (
        <p className="vote-results__empty">{t('vote.console.noBallots')}</p>
      ) : (
        <div className="vote-table-wrap">
          <table className="vote-table vote-ballots__table">
            <thead>
              <tr>
                <th scope="col">{t('vote.console.voter')}</th>
                <th scope="col">{t('vote.console.group')}</th>
                <th scope="col">{t('vote.console.ballot')}</th>
                <th scope="col">{t('vote.console.castAt')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((b) => (
                // One ballot per participant; a name may repeat, but not with the same group and second.
                <tr key={`${b.participant.name}|${b.participant.group}|${b.castAt}`}>
                  <th scope="row" className="vote-table__item">
                    <span dir="auto">{b.participant.name}</span>
                    {b.participant.organization && (
                      <span className="vote-ballots__org" dir="auto">
                        {b.participant.organization}
                      </span>
                    )}
                  </th>
                  <td>{GROUP_LABELS[b.participant.group]?.[lang] ?? b.participant.group}</td>
                  <td>
                    <ul className="vote-ballots__lines">
                      {ballotLines(b.ballot, words).map((line) => (
                        <li key={line} dir="auto">
                          {line}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="vote-table__num">
                    <time dateTime={new Date(b.castAt).toISOString()}>{formatTime(b.castAt, lang)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
