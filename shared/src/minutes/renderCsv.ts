/**
 * The minutes as CSV, one table at a time, for Excel and LibreOffice: UTF-8 with a BOM (so Excel
 * reads Arabic), CRLF, every cell quoted (RFC 4180), and formula injection neutralised.
 */
import { LIST_SEPARATORS } from './minutesLabels.js';
import type { Minutes, MinutesOutcome, MinutesTable } from './model.js';

/** The tables the CSV export offers. */
export const CSV_TABLES = ['items', 'votes', 'actions', 'attendance'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/**
 * Characters that make a spreadsheet read a cell as a formula when they come first (OWASP's CSV
 * injection list: `=`, `+`, `-`, `@`, tab, carriage return), and their full-width forms, which some
 * spreadsheets fold into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell a spreadsheet will show as text: a leading `'` before anything that could start a formula. */
export function neutraliseCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const quote = (cell: string): string => `"${cell.replaceAll('"', '""')}"`;

function itemRows(m: Minutes): string[][] {
  const L = m.labels;
  const { comma, semicolon } = LIST_SEPARATORS[m.locale];
  const rows = [[L.stage, '#', L.item, L.description, L.sdgs, L.contributedBy, L.theme, L.mergedFrom]];
  for (const stage of m.stages)
    for (const item of stage.items)
      rows.push([
        stage.title,
        String(item.n),
        item.title,
        item.description,
        item.sdgs.join(comma),
        item.groups.join(semicolon),
        item.theme,
        item.mergedFrom.map((s) => (s.group === '' ? s.title : `${s.title} (${s.group})`)).join(semicolon),
      ]);
  return rows;
}

/** One row a figure: tables of any vote kind in one long layout (rank, item, measure, value). */
function tableRows(prefix: readonly string[], table: MinutesTable, rankColumn: string): string[][] {
  const ranked = table.columns[0] === rankColumn;
  const itemAt = ranked ? 1 : 0;
  const rows: string[][] = [];
  for (const row of table.rows)
    table.columns.forEach((column, c) => {
      if (c === itemAt || (ranked && c === 0)) return;
      rows.push([...prefix, ranked ? (row[0] ?? '') : '', row[itemAt] ?? '', column, row[c] ?? '']);
    });
  return rows;
}

function voteRows(m: Minutes): string[][] {
  const L = m.labels;
  const rows = [[L.stage, L.method, L.group, L.voters, L.rank, L.item, L.measure, L.value]];
  for (const stage of m.stages) {
    const vote = stage.vote;
    if (!vote?.overall) continue;
    rows.push(
      ...tableRows([stage.title, vote.method, L.overall, String(vote.turnout)], vote.overall, L.rank),
    );
    for (const g of vote.byGroup)
      rows.push(...tableRows([stage.title, vote.method, g.group, String(g.voters)], g.table, L.rank));
  }
  return rows;
}

function actionRows(m: Minutes): string[][] {
  const L = m.labels;
  const { comma, semicolon } = LIST_SEPARATORS[m.locale];
  const rows = [[L.stage, L.type, L.action, L.owner, L.organization, L.due, L.status, L.linkedItems, L.sdgs]];
  const add = (stage: string, type: string, o: MinutesOutcome) =>
    rows.push([
      stage,
      type,
      o.text,
      o.owner,
      o.organization,
      o.due,
      o.statusLabel,
      o.items.join(semicolon),
      o.sdgs.join(comma),
    ]);
  for (const stage of m.stages) {
    for (const o of stage.decisions) add(stage.title, L.decision, o);
    for (const o of stage.actions) add(stage.title, L.action, o);
  }
  for (const o of m.decisions) add('', L.decision, o);
  for (const o of m.actions) add('', L.action, o);
  return rows;
}

function attendanceRows(m: Minutes): string[][] {
  const L = m.labels;
  const rows = [[L.group, L.count, L.name, L.organization]];
  for (const g of m.attendance.byGroup) rows.push([g.label, String(g.count), '', '']);
  rows.push([L.total, String(m.attendance.total), '', '']);
  for (const p of m.attendance.named) rows.push([p.group, '', p.name, p.organization]);
  return rows;
}

/**
 * The cells of one CSV table, header first, as written (before neutralising): `items` lists the
 * items of every list stage; `votes` every figure of every vote, overall and by group, one a row;
 * `actions` the decisions and action items; `attendance` the count by group, the total, then those
 * who agreed to be named.
 */
export function minutesCsvRows(m: Minutes, table: CsvTable): string[][] {
  switch (table) {
    case 'items':
      return itemRows(m);
    case 'votes':
      return voteRows(m);
    case 'actions':
      return actionRows(m);
    case 'attendance':
      return attendanceRows(m);
    default: {
      const unreachable: never = table;
      throw new Error(`unknown table ${String(unreachable)}`);
    }
  }
}

/** One table of the minutes as a CSV file's text: BOM, CRLF after every row, every cell quoted and neutralised. */
export function renderCsv(m: Minutes, table: CsvTable): string {
  const lines = minutesCsvRows(m, table).map((row) => row.map((c) => quote(neutraliseCell(c))).join(','));
  return `\ufeff${lines.map((line) => `${line}\r\n`).join('')}`;
}
