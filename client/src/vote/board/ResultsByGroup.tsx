import type { VoteResults } from '@majlis/shared';
import { useMemo, useRef } from 'react';
import { BoardPager } from '../../boardKit/BoardPager';
import { useBoardFit } from '../../boardKit/useBoardFit';
import { useBoardPages } from '../../boardKit/useBoardPages';
import { usePager } from '../../boardKit/usePager';
import { translatorFor } from '../../i18n/translate';
import { formatNumber } from '../../lib/numbers';
import { boardResultsOf } from '../kinds/boardResultsParts';
import type { BoardResultsFrame } from '../kinds/resultsPart';
import { resultsPartOf } from '../kinds/resultsParts';
import { type GroupColumn, groupColumns } from '../results/groupColumns';
import { rowIds } from '../results/rankedRows';
import { groupName } from '../results/targetLabeler';
import { columnPages } from './resultsLayout';
import { useResultsBox } from './useResultsBox';

/** Layouts in board-vote-groups.css, roomiest first. */
const LEVELS = 3;
/** Board px: the item column, and each group's column (room for "=12", a bar, and a 2-line name). */
const TITLE_COLUMN = 520;
const GROUP_COLUMN = 210;

interface Props extends BoardResultsFrame {
  readonly results: VoteResults;
}

/**
 * Results by stakeholder group as small multiples that share their rows: one column per group beside
 * everyone's, each a bar chart of its own (ranks within the group, bars scaled to the group's own
 * largest), so "what did the government put first?" is read down a column. A real table, with
 * headers, for screen readers. Too many groups for the width, or items for the height, turn pages.
 */
export function ResultsByGroup({ results, labelOf, locale, layoutKey, rotate }: Props) {
  const t = translatorFor(locale);
  const boxRef = useRef<HTMLDivElement>(null);
  const box = useResultsBox(boxRef);
  const overall = results.overall;
  const ids = rowIds(overall);
  const { GroupCell, Legend } = boardResultsOf(overall.kind);
  // Everyone's column first, on every page; the groups' columns are paged.
  const columns = groupColumns(results);
  const perPage = Math.max(1, Math.floor((box.width - TITLE_COLUMN - GROUP_COLUMN) / GROUP_COLUMN));
  const colPages = columnPages(columns.length - 1, perPage);
  const key = useMemo(
    () => `${layoutKey}:${perPage}:${ids.map((id) => `${id}.${labelOf(id).length}`).join(',')}`,
    [layoutKey, perPage, ids, labelOf],
  );
  const fit = useBoardFit(boxRef, key, LEVELS);
  const rows = useBoardPages(ids.length, fit.pageSize, 0, false);
  const page = usePager(rows.pageCount * colPages.length, 0, rotate);
  const rowPage = page % rows.pageCount;
  const colPage = Math.floor(page / rows.pageCount);
  const onPage = new Set((colPages[colPage] ?? []).map((i) => i + 1));
  const shown = columns.filter((_, i) => i === 0 || onPage.has(i));
  const nameOf = (group: GroupColumn['group']) =>
    group === null ? t('results.overall') : groupName(group, locale, t('results.groupOther'));
  const start = rowPage * rows.pageSize;

  return (
    <div className={`results-groups results-groups--level-${fit.level}`}>
      <div ref={boxRef} className="results-groups__box">
        <table className="results-groups__table">
          {/* Said visibly on the turnout line above (BoardVote); here for screen readers. */}
          <caption className="visually-hidden">{t('results.byGroup')}</caption>
          <thead>
            <tr>
              <th scope="col" className="results-groups__corner">
                {t(
                  resultsPartOf(overall.kind).targets === 'options'
                    ? 'results.col.option'
                    : 'results.col.item',
                )}
              </th>
              {shown.map((c) => (
                <th key={c.key} scope="col" className={c.group === null ? 'is-overall' : ''}>
                  <span className="results-groups__name">{nameOf(c.group)}</span>
                  <span className="results-groups__voters">
                    {t('results.groupVoters', { n: formatNumber(c.voters) })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.slice(start, start + rows.pageSize).map((id) => (
              <tr key={id} data-fit-item="">
                <th scope="row" dir="auto">
                  {labelOf(id)}
                </th>
                {shown.map((c) => (
                  <td key={c.key} className={c.group === null ? 'is-overall' : ''}>
                    <GroupCell result={c.result} id={id} voters={c.voters} locale={locale} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="results-groups__foot">
        <p className="results-groups__note">{t('results.groupsNote')}</p>
        {Legend && <Legend locale={locale} />}
      </div>
      <BoardPager page={page} pageCount={rows.pageCount * colPages.length} locale={locale} />
    </div>
  );
}
