/**
 * The minutes as a Word document, drawn with the `docx` library from the same `Minutes` model as
 * the Markdown and CSV: A4, page numbers in the footer, a heading per stage, tables for attendance,
 * results, action items and the SDG summary. Each paragraph takes the direction of its own text;
 * right-to-left paragraphs are `w:bidi` and their Arabic runs `w:rtl` with a complex-script font.
 */
import {
  LIST_SEPARATORS,
  type Minutes,
  type MinutesOutcome,
  type MinutesStage,
  type MinutesTable,
  type MinutesVote,
  textDirection,
} from '@majlis/shared';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { clean, FONT, type HeadingValue, noteBlocks, type RunStyle, runs } from './docxText.js';

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

/** A paragraph whose direction follows the first strong character of `text`, else the minutes'. */
function para(
  m: Minutes,
  text: string,
  options: { heading?: HeadingValue; style?: RunStyle; children?: ParagraphChild[]; dirText?: string } = {},
): Paragraph {
  const dir = textDirection(options.dirText ?? text, m.dir);
  return new Paragraph({
    bidirectional: dir === 'rtl',
    ...(options.heading ? { heading: options.heading } : {}),
    children: options.children ?? runs(text, dir, options.style),
  });
}

/** `Label: value` in one paragraph, the label bold. */
function field(m: Minutes, label: string, value: string): Paragraph {
  const dir = textDirection(`${label} ${value}`, m.dir);
  return new Paragraph({
    bidirectional: dir === 'rtl',
    children: [...runs(`${label}: `, dir, { bold: true }), ...runs(value, dir)],
  });
}

function table(m: Minutes, t: MinutesTable): Table {
  const cell = (text: string, header: boolean) =>
    new TableCell({ children: [para(m, text, { style: { bold: header } })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: m.dir === 'rtl',
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c, true)) }),
      ...t.rows.map((row) => new TableRow({ children: row.map((c) => cell(c, false)) })),
    ],
  });
}

type Block = Paragraph | Table;

function voteBlocks(m: Minutes, v: MinutesVote): Block[] {
  const L = m.labels;
  const out: Block[] = [
    para(m, L.vote, { heading: HeadingLevel.HEADING_2 }),
    field(m, L.method, v.method),
    field(m, L.settings, ''),
    ...v.settings.map(
      (s) =>
        new Paragraph({ ...dirOf(m, s), bullet: { level: 0 }, children: runs(s, textDirection(s, m.dir)) }),
    ),
    field(m, L.turnout, String(v.turnout)),
  ];
  if (!v.shownToRoom) out.push(para(m, L.notShownToRoom, { style: { italics: true } }));
  if (v.overall === null) {
    out.push(para(m, L.noVotes));
    return out;
  }
  out.push(para(m, L.results, { heading: HeadingLevel.HEADING_3 }), table(m, v.overall));
  if (v.byGroup.length > 0) out.push(para(m, L.resultsByGroup, { heading: HeadingLevel.HEADING_3 }));
  for (const g of v.byGroup) {
    out.push(para(m, `${g.group} (${L.voters}: ${g.voters})`, { style: { bold: true } }), table(m, g.table));
  }
  return out;
}

const dirOf = (m: Minutes, text: string) => ({ bidirectional: textDirection(text, m.dir) === 'rtl' });

function outcomeBlocks(
  m: Minutes,
  heading: HeadingValue,
  decisions: readonly MinutesOutcome[],
  actions: readonly MinutesOutcome[],
): Block[] {
  const L = m.labels;
  const { semicolon: sep, comma } = LIST_SEPARATORS[m.locale];
  const out: Block[] = [];
  if (decisions.length > 0) {
    out.push(para(m, L.decisions, { heading }));
    decisions.forEach((d, i) => {
      out.push(para(m, `${i + 1}. ${d.text}`, { dirText: d.text }));
      if (d.items.length > 0) out.push(field(m, L.linkedItems, d.items.join(sep)));
      if (d.sdgs.length > 0) out.push(field(m, L.sdgs, d.sdgs.join(comma)));
    });
  }
  if (actions.length > 0) {
    out.push(
      para(m, L.actions, { heading }),
      table(m, {
        columns: [L.action, L.owner, L.organization, L.due, L.status, L.linkedItems, L.sdgs],
        rows: actions.map((a) => [
          a.text,
          a.owner,
          a.organization,
          a.due,
          a.statusLabel,
          a.items.join(sep),
          a.sdgs.join(comma),
        ]),
      }),
    );
  }
  return out;
}

function stageBlocks(m: Minutes, stage: MinutesStage): Block[] {
  const L = m.labels;
  const { semicolon: sep, comma } = LIST_SEPARATORS[m.locale];
  const out: Block[] = [
    para(m, `${stage.n}. ${stage.title}`, { heading: HeadingLevel.HEADING_1, dirText: stage.title }),
  ];
  if (stage.description !== '') out.push(para(m, stage.description));
  if (stage.items.length > 0) {
    out.push(para(m, L.items, { heading: HeadingLevel.HEADING_2 }));
    for (const item of stage.items) {
      out.push(para(m, `${item.n}. ${item.title}`, { style: { bold: true }, dirText: item.title }));
      if (item.description !== '') out.push(para(m, item.description));
      if (item.sdgs.length > 0) out.push(field(m, L.sdgs, item.sdgs.join(comma)));
      if (item.groups.length > 0) out.push(field(m, L.contributedBy, item.groups.join(sep)));
      if (item.theme !== '') out.push(field(m, L.theme, item.theme));
      if (item.mergedFrom.length > 0)
        out.push(
          field(
            m,
            L.mergedFrom,
            item.mergedFrom.map((s) => (s.group === '' ? s.title : `${s.title} (${s.group})`)).join(sep),
          ),
        );
    }
  }
  if (stage.notes.length > 0)
    out.push(para(m, L.notes, { heading: HeadingLevel.HEADING_2 }), ...noteBlocks(m.dir, stage.notes));
  if (stage.vote) out.push(...voteBlocks(m, stage.vote));
  out.push(...outcomeBlocks(m, HeadingLevel.HEADING_2, stage.decisions, stage.actions));
  return out;
}

function body(m: Minutes): Block[] {
  const L = m.labels;
  const sep = LIST_SEPARATORS[m.locale].semicolon;
  const out: Block[] = [
    para(m, m.title, { heading: HeadingLevel.TITLE }),
    field(m, L.date, m.date),
    ...(m.place === '' ? [] : [field(m, L.place, m.place)]),
    ...(m.organizers.length === 0 ? [] : [field(m, L.organizers, m.organizers.join(sep))]),
    para(m, L.attendance, { heading: HeadingLevel.HEADING_1 }),
    table(m, {
      columns: [L.group, L.count],
      rows: [
        ...m.attendance.byGroup.map((g) => [g.label, String(g.count)]),
        [L.total, String(m.attendance.total)],
      ],
    }),
  ];
  if (m.attendance.named.length > 0)
    out.push(
      para(m, L.participants, { heading: HeadingLevel.HEADING_2 }),
      table(m, {
        columns: [L.name, L.organization, L.group],
        rows: m.attendance.named.map((p) => [p.name, p.organization, p.group]),
      }),
    );
  out.push(para(m, L.agenda, { heading: HeadingLevel.HEADING_1 }));
  for (const s of m.agenda) out.push(para(m, `${s.n}. ${s.title} (${s.kind})`, { dirText: s.title }));
  for (const stage of m.stages) out.push(...stageBlocks(m, stage));
  const workshop = outcomeBlocks(m, HeadingLevel.HEADING_2, m.decisions, m.actions);
  if (workshop.length > 0)
    out.push(para(m, L.workshopOutcomes, { heading: HeadingLevel.HEADING_1 }), ...workshop);
  if (m.sdgSummary.length > 0)
    out.push(
      para(m, L.sdgSummary, { heading: HeadingLevel.HEADING_1 }),
      table(m, {
        columns: [L.goal, L.items, L.votes],
        rows: m.sdgSummary.map((g) => [`${g.sdg}. ${g.title}`, String(g.items), String(g.votes)]),
      }),
      para(m, L.sdgVotesNote, { style: { italics: true } }),
    );
  out.push(
    para(m, L.appendix, { heading: HeadingLevel.HEADING_1 }),
    field(m, L.auditEntries, String(m.audit.entries)),
    field(m, L.auditHash, m.audit.finalHash === '' ? L.none : m.audit.finalHash),
    para(m, m.audit.intact ? L.auditIntact : L.auditBroken),
  );
  return out;
}

/** The minutes as a .docx file. */
export async function minutesDocx(m: Minutes): Promise<Buffer> {
  const rtl = m.dir === 'rtl';
  const doc = new Document({
    creator: 'Majlis',
    title: clean(m.title),
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: 22,
            sizeComplexScript: 22,
            language: { value: 'en-GB', bidirectional: 'ar-JO' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                bidirectional: rtl,
                children: [
                  new TextRun({
                    children: [`${m.labels.page} `, PageNumber.CURRENT],
                    font: FONT,
                    rightToLeft: rtl,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body(m),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
