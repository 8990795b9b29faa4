/**
 * The text layer of the Word minutes: runs split by direction (Arabic runs right to left, with a
 * complex-script font), text made fit for XML, and the notes' blocks as paragraphs.
 */
import { directionRuns, type NoteBlock, type NoteInline, safeLink, textDirection } from '@majlis/shared';
import { BorderStyle, ExternalHyperlink, HeadingLevel, Paragraph, type ParagraphChild, TextRun } from 'docx';

/** Latin text in Calibri; Arabic (complex script) in Arial, which has Arabic glyphs in Word and LibreOffice. */
export const FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Arial', eastAsia: 'Calibri' } as const;
const MONO = { ascii: 'Consolas', hAnsi: 'Consolas', cs: 'Courier New', eastAsia: 'Consolas' } as const;
export type Dir = 'rtl' | 'ltr';
export type HeadingValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];
export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  readonly code?: boolean;
}

/**
 * User text made fit for XML: the control characters and lone surrogates XML 1.0 does not allow
 * (Word refuses a file holding them) dropped, tabs made spaces; line breaks stay for `runs`.
 */
export function clean(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 9) out += ' ';
    else if ((c < 32 && c !== 10 && c !== 13) || c === 0xfffe || c === 0xffff || (c >= 0xd800 && c <= 0xdfff))
      continue;
    else out += ch;
  }
  return out;
}

/** Runs for some text: split by direction, Arabic runs right-to-left, line breaks kept as breaks. */
export function runs(text: string, base: Dir, style: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  clean(text)
    .split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      const pieces = directionRuns(line, base);
      if (pieces.length === 0) pieces.push({ text: '', dir: base });
      pieces.forEach((piece, k) => {
        const rtl = piece.dir === 'rtl';
        out.push(
          new TextRun({
            text: piece.text,
            ...(i > 0 && k === 0 ? { break: 1 } : {}),
            font: style.code ? MONO : FONT,
            rightToLeft: rtl,
            bold: style.bold === true,
            boldComplexScript: style.bold === true,
            italics: style.italics === true,
            italicsComplexScript: style.italics === true,
            ...(style.underline ? { underline: {} } : {}),
            ...(style.strike ? { strike: true } : {}),
          }),
        );
      });
    });
  return out;
}

function inlineChildren(inlines: readonly NoteInline[], dir: Dir): ParagraphChild[] {
  return inlines.flatMap((run): ParagraphChild[] => {
    const style: RunStyle = {
      bold: run.bold === true,
      italics: run.italic === true,
      underline: run.underline === true || run.link !== undefined,
      strike: run.strike === true,
      code: run.code === true,
    };
    const textRuns = runs(run.text, dir, style);
    if (run.link !== undefined && safeLink(run.link)) {
      return [new ExternalHyperlink({ link: run.link, children: textRuns })];
    }
    return textRuns;
  });
}

const plain = (inlines: readonly NoteInline[]): string => inlines.map((r) => r.text).join('');

const NOTE_HEADINGS: readonly HeadingValue[] = [
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
];

/**
 * The notes' blocks as paragraphs, each in the direction of its text (else `base`, the minutes'):
 * lists as bullets (or numbers written out), quotes indented, code in a monospace font.
 */
export function noteBlocks(base: Dir, blocks: readonly NoteBlock[], depth = 0): Paragraph[] {
  const indent = depth === 0 ? {} : { indent: { start: 360 * depth } };
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading': {
        const dir = textDirection(plain(block.inlines), base);
        return [
          new Paragraph({
            bidirectional: dir === 'rtl',
            ...indent,
            ...(block.type === 'heading' ? { heading: NOTE_HEADINGS[block.level - 1] } : {}),
            children: inlineChildren(block.inlines, dir),
          }),
        ];
      }
      case 'list':
        return block.items.flatMap((item, i) => {
          const [first, ...rest] = item;
          const firstText =
            first && (first.type === 'paragraph' || first.type === 'heading') ? first.inlines : [];
          const dir = textDirection(plain(firstText), base);
          const marker = block.ordered ? `${i + 1}. ` : '';
          const head = new Paragraph({
            bidirectional: dir === 'rtl',
            ...(block.ordered
              ? { indent: { start: 360 * (depth + 1) } }
              : { bullet: { level: Math.min(depth, 8) } }),
            children: [...runs(marker, dir), ...inlineChildren(firstText, dir)],
          });
          const others = firstText.length > 0 || !first ? rest : item;
          return [head, ...noteBlocks(base, others, depth + 1)];
        });
      case 'quote':
        return noteBlocks(base, block.blocks, depth + 1);
      case 'code':
        return clean(block.text)
          .split(/\r\n|\r|\n/)
          .map((line) => new Paragraph({ ...indent, children: runs(line, 'ltr', { code: true }) }));
      case 'rule':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } },
            children: [],
          }),
        ];
      default: {
        const unreachable: never = block;
        throw new Error(`unknown block ${String(unreachable)}`);
      }
    }
  });
}
