import { type KindResult, STATUS_RATINGS, type VoteResults } from '@majlis/shared';
import { Fragment } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { groupColumns } from '../vote/results/groupColumns';
import { cellOf, rowIds } from '../vote/results/rankedRows';
import { formatTotal, rankMark } from '../vote/results/resultNumbers';
import { statusShares } from '../vote/results/statusShares';
import { groupName } from '../vote/results/targetLabeler';
import { VoteStatusBar } from './VoteStatusBar';

interface Props {
  readonly results: VoteResults;
  readonly labelOf: (id: string) => string;
}

/**
 * Each stakeholder group's result beside everyone's, one column per group, rows in the overall
 * order, so a group that sees things differently stands out. The server never shows a group under
 * three voters: those are pooled into "other".
 */
export function VoteGroupTable({ results, labelOf }: Props) {
  const { t, lang } = useI18n();
  const columns = groupColumns(results);
  const kind = results.overall.kind;
  const pooled = t('vote.console.groupOther');
  const mean = kind === 'score';

  const cell = (result: KindResult, id: string) => {
    const found = cellOf(result, id);
    if (!found) return <td className="vote-table__num">–</td>;
    if ('counts' in found) {
      const words = STATUS_RATINGS.map((r) => `${t(`vote.console.status.${r}`)} ${found.counts[r]}`).join(
        ', ',
      );
      return (
        <td className="vote-groups-table__status">
          <VoteStatusBar shares={statusShares(found.counts)} />
          <span aria-hidden="true" className="vote-groups-table__counts">
            {STATUS_RATINGS.map((r) => formatNumber(found.counts[r])).join(' · ')}
          </span>
          <span className="visually-hidden">{words}</span>
        </td>
      );
    }
    // Nothing for this item in this group (no dots, or nobody scored it): a dash, and no rank to read.
    const empty = found.value === 0;
    return (
      <td className="vote-table__num vote-groups-table__cell">
        <span className="vote-groups-table__value">
          {empty && mean ? '–' : mean ? formatTotal(found.value) : formatNumber(found.value)}
        </span>
        {!empty && (
          <span className={`vote-groups-table__rank ${found.tied ? 'is-tied' : ''}`}>
            <span aria-hidden="true" dir="ltr">
              {rankMark(found.rank, found.tied)}
            </span>
            <span className="visually-hidden">
              {found.tied
                ? t('vote.console.rankTied', { rank: found.rank })
                : t('vote.console.rankOf', { rank: found.rank })}
            </span>
          </span>
        )}
        <span className="vote-groups-table__bar" aria-hidden="true">
          <span style={{ inlineSize: `${found.share * 100}%` }} />
        </span>
      </td>
    );
  };

  return (
    <>
      {kind === 'status' && (
        // The cells show counts in this order; their full words are in each cell for screen readers.
        <p className="vote-legend" aria-hidden="true">
          {STATUS_RATINGS.map((r) => (
            <span key={r}>
              <span className={`vote-swatch vote-swatch--${r}`} />
              {t(`vote.console.status.${r}`)}
            </span>
          ))}
        </p>
      )}
      <div className="vote-table-wrap">
        <table className="vote-table vote-groups-table">
          <caption className="visually-hidden">{t('vote.console.groupsCaption')}</caption>
          <colgroup>
            <col className="vote-groups-table__items" />
            {columns.map((c) => (
              <col key={c.key} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t(kind === 'poll' ? 'vote.console.option' : 'vote.console.item')}</th>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={`vote-table__num ${c.group === null ? 'is-overall' : ''}`}
                >
                  <span className="vote-groups-table__group">
                    {c.group === null ? t('vote.console.overall') : groupName(c.group, lang, pooled)}
                  </span>
                  <span className="vote-groups-table__voters">
                    {t('vote.console.voters', { n: formatNumber(c.voters) })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowIds(results.overall).map((id) => (
              <tr key={id}>
                <th scope="row" dir="auto" className="vote-table__item">
                  {labelOf(id)}
                </th>
                {columns.map((c) => (
                  <Fragment key={c.key}>{cell(c.result, id)}</Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
