/**
 * The minutes as Markdown (CommonMark with GitHub tables). The structure is the renderer's own;
 * every string from the model, labels included, goes through the escapers, so no user text can
 * become HTML, a link, emphasis, a heading, a list, a table cell boundary or a code fence.
 */
import { markdownCell, markdownLine, markdownLines, notesMarkdownLines } from './markdownText.js';
import { LIST_SEPARATORS } from './minutesLabels.js';
import type { Minutes, MinutesOutcome, MinutesStage, MinutesTable, MinutesVote } from './model.js';

type Lines = string[];

function table(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): Lines {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- |').join('')}`, ...rows.map(line)];
}

const drawTable = (t: MinutesTable): Lines => table(t.columns, t.rows);

/** `**Label:** value`, the value escaped and allowed several lines. */
function field(label: string, value: string): Lines {
  const [first = '', ...rest] = markdownLines(value);
  return [`**${markdownCell(label)}:** ${first}`, ...rest];
}

/** A list item: its first line after the marker, the rest indented under it. */
function listItem(marker: string, lines: Lines): Lines {
  return lines.map((line, i) =>
    i === 0 ? `${marker}${line}` : line === '' ? '' : `${' '.repeat(marker.length)}${line}`,
  );
}

/** Sections separated by one blank line. */
function join(...sections: Lines[]): Lines {
  const out: Lines = [];
  for (const s of sections) {
    if (s.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...s);
  }
  return out;
}

const sdgList = (m: Minutes, sdgs: readonly number[]): string => sdgs.join(LIST_SEPARATORS[m.locale].comma);
const phrases = (m: Minutes, parts: readonly string[]): string =>
  parts.join(LIST_SEPARATORS[m.locale].semicolon);

function header(m: Minutes): Lines {
  const L = m.labels;
  return join(
    [`# ${markdownCell(m.title)}`],
    [
      ...listItem('- ', field(L.date, m.date)),
      ...(m.place === '' ? [] : listItem('- ', field(L.place, m.place))),
      ...(m.organizers.length === 0 ? [] : listItem('- ', field(L.organizers, phrases(m, m.organizers)))),
    ],
  );
}

function attendance(m: Minutes): Lines {
  const L = m.labels;
  const a = m.attendance;
  return join(
    [`## ${markdownCell(L.attendance)}`],
    table(
      [L.group, L.count],
      [...a.byGroup.map((g) => [g.label, String(g.count)]), [L.total, String(a.total)]],
    ),
    a.named.length === 0
      ? []
      : join(
          [`### ${markdownCell(L.participants)}`],
          table(
            [L.name, L.organization, L.group],
            a.named.map((p) => [p.name, p.organization, p.group]),
          ),
        ),
  );
}

function agenda(m: Minutes): Lines {
  return join(
    [`## ${markdownCell(m.labels.agenda)}`],
    m.agenda.map((s) => `${s.n}. ${markdownLine(s.title)} (${markdownCell(s.kind)})`),
  );
}

function items(m: Minutes, stage: MinutesStage): Lines {
  const L = m.labels;
  if (stage.items.length === 0) return [];
  return join(
    [`### ${markdownCell(L.items)}`],
    stage.items.flatMap((item) => {
      const [first = '', ...rest] = markdownLines(item.title);
      const details: Lines = [];
      if (item.sdgs.length > 0) details.push(...listItem('- ', field(L.sdgs, sdgList(m, item.sdgs))));
      if (item.groups.length > 0)
        details.push(...listItem('- ', field(L.contributedBy, phrases(m, item.groups))));
      if (item.theme !== '') details.push(...listItem('- ', field(L.theme, item.theme)));
      if (item.mergedFrom.length > 0) {
        details.push(`- **${markdownCell(L.mergedFrom)}:**`);
        for (const s of item.mergedFrom)
          details.push(
            ...listItem('  - ', [...markdownLines(s.title).slice(0, -1), ...lastWithGroup(s.title, s.group)]),
          );
      }
      const body = [`**${first}**`, ...rest];
      const description = item.description === '' ? [] : markdownLines(item.description);
      return listItem(`${item.n}. `, join(body, description, details));
    }),
  );
}

/** The last line of a title, followed by its group in parentheses when known. */
function lastWithGroup(title: string, group: string): Lines {
  const last = markdownLines(title).at(-1) ?? '';
  return [group === '' ? last : `${last} (${markdownCell(group)})`];
}

function vote(m: Minutes, v: MinutesVote): Lines {
  const L = m.labels;
  return join(
    [`### ${markdownCell(L.vote)}`],
    [
      ...listItem('- ', field(L.method, v.method)),
      `- **${markdownCell(L.settings)}:**`,
      ...v.settings.flatMap((s) => listItem('  - ', markdownLines(s))),
      ...listItem('- ', field(L.turnout, String(v.turnout))),
    ],
    v.shownToRoom ? [] : [`*${markdownCell(L.notShownToRoom)}*`],
    v.overall === null
      ? [markdownLine(L.noVotes)]
      : join([`#### ${markdownCell(L.results)}`], drawTable(v.overall)),
    v.byGroup.length === 0
      ? []
      : join(
          [`#### ${markdownCell(L.resultsByGroup)}`],
          ...v.byGroup.map((g) =>
            join(
              [`##### ${markdownCell(g.group)} (${markdownCell(L.voters)}: ${g.voters})`],
              drawTable(g.table),
            ),
          ),
        ),
  );
}

function outcomes(
  m: Minutes,
  level: string,
  decisions: readonly MinutesOutcome[],
  actions: readonly MinutesOutcome[],
): Lines {
  const L = m.labels;
  return join(
    decisions.length === 0
      ? []
      : join(
          [`${level} ${markdownCell(L.decisions)}`],
          decisions.flatMap((d, i) => {
            const extra: Lines = [];
            if (d.items.length > 0) extra.push(...listItem('- ', field(L.linkedItems, phrases(m, d.items))));
            if (d.sdgs.length > 0) extra.push(...listItem('- ', field(L.sdgs, sdgList(m, d.sdgs))));
            return listItem(`${i + 1}. `, join(markdownLines(d.text), extra));
          }),
        ),
    actions.length === 0
      ? []
      : join(
          [`${level} ${markdownCell(L.actions)}`],
          table(
            [L.action, L.owner, L.organization, L.due, L.status, L.linkedItems, L.sdgs],
            actions.map((a) => [
              a.text,
              a.owner,
              a.organization,
              a.due,
              a.statusLabel,
              phrases(m, a.items),
              sdgList(m, a.sdgs),
            ]),
          ),
        ),
  );
}

function stageSection(m: Minutes, stage: MinutesStage): Lines {
  return join(
    [`## ${stage.n}. ${markdownCell(stage.title)}`],
    stage.description === '' ? [] : markdownLines(stage.description),
    items(m, stage),
    stage.notes.length === 0
      ? []
      : join([`### ${markdownCell(m.labels.notes)}`], notesMarkdownLines(stage.notes, 3)),
    stage.vote ? vote(m, stage.vote) : [],
    outcomes(m, '###', stage.decisions, stage.actions),
  );
}

function sdgSummary(m: Minutes): Lines {
  const L = m.labels;
  if (m.sdgSummary.length === 0) return [];
  return join(
    [`## ${markdownCell(L.sdgSummary)}`],
    table(
      [L.goal, L.items, L.votes],
      m.sdgSummary.map((g) => [`${g.sdg}. ${g.title}`, String(g.items), String(g.votes)]),
    ),
    [`*${markdownCell(L.sdgVotesNote)}*`],
  );
}

/** A hex hash in a code span; anything else (or nothing) as escaped text. */
const hashText = (hash: string, none: string): string =>
  /^[0-9a-f]{1,128}$/i.test(hash) ? `\`${hash}\`` : markdownCell(hash === '' ? none : hash);

function appendix(m: Minutes): Lines {
  const L = m.labels;
  return join(
    [`## ${markdownCell(L.appendix)}`],
    [
      ...listItem('- ', field(L.auditEntries, String(m.audit.entries))),
      `- **${markdownCell(L.auditHash)}:** ${hashText(m.audit.finalHash, L.none)}`,
      `- ${markdownLine(m.audit.intact ? L.auditIntact : L.auditBroken)}`,
    ],
  );
}

/** The whole minutes as one Markdown document, ending in a newline. */
export function renderMarkdown(m: Minutes): string {
  const workshop = outcomes(m, '###', m.decisions, m.actions);
  const lines = join(
    header(m),
    attendance(m),
    agenda(m),
    ...m.stages.map((s) => stageSection(m, s)),
    workshop.length === 0 ? [] : join([`## ${markdownCell(m.labels.workshopOutcomes)}`], workshop),
    sdgSummary(m),
    appendix(m),
  );
  return `${lines.join('\n')}\n`;
}
