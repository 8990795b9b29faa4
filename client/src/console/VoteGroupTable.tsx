import type { VoteResults } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';
import { consoleResultsOf } from '../vote/kinds/consoleResultsParts';
import { resultsPartOf } from '../vote/kinds/resultsParts';
import { groupColumns } from '../vote/results/groupColumns';
import { rowIds } from '../vote/results/rankedRows';
import { groupName } from '../vote/results/targetLabeler';

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
  const { GroupCell, Legend } = consoleResultsOf(kind);
  const pooled = t('vote.console.groupOther');

  return (
    <>
      {Legend && <Legend />}
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
              <th scope="col">
                {t(resultsPartOf(kind).targets === 'options' ? 'vote.console.option' : 'vote.console.item')}
              </th>
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
                  <GroupCell key={c.key} result={c.result} id={id} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
