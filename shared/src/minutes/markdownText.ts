/**
 * Markdown building blocks that keep user text inert: escaping for CommonMark and GitHub's
 * extensions (tables, autolinks, strikethrough, math), and the notes' blocks as Markdown.
 */
import { type NoteBlock, type NoteInline, safeLink } from '../doc/notesOps.js';

/**
 * Every character that can open Markdown or HTML structure anywhere in a line: code, emphasis,
 * links and images, raw HTML and entities, headings, table pipes, strikethrough, math, mentions.
 */
const ACTIVE = /[\\`*_[\]<>#|~&$@]/g;

/**
 * Escapes one line of user text so that it renders as exactly that text: the active characters
 * get a backslash, and so do the `://` and `www.` that would turn into autolinks.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(ACTIVE, (ch) => `\\${ch}`)
    .replaceAll('://', '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/**
 * Escapes what could start a block at the beginning of an output line: list markers (`-`, `+`,
 * `1.`, `1)`) and setext underlines (`=`, `-`); leading spaces go, so nothing becomes indented code.
 * Applied to whole lines, after the inline escaping, since every line of the minutes' own markup
 * starts with something else.
 */
export function escapeLineStart(line: string): string {
  return line
    .trimStart()
    .replace(/^[-+=]/, (ch) => `\\${ch}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text for a table cell or a heading, where no block can start: one line, escaped. */
export function markdownCell(s: string): string {
  return escapeMarkdownLine(s.replace(/\r\n|\r|\n/g, ' ')).trim();
}

/** Text at the start of a line or right after a list marker, where a block could start: one line, escaped. */
export function markdownLine(s: string): string {
  return escapeLineStart(markdownCell(s));
}

/**
 * User text as the lines of a paragraph: each line escaped, every line but the last ending in a
 * hard break, so the text's own line breaks stay line breaks and never start a block.
 */
export function markdownLines(s: string): string[] {
  const lines = s.split(/\r\n|\r|\n/).map((line) => escapeLineStart(escapeMarkdownLine(line)));
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
}

/** A code span that holds `text` literally, its fence longer than any run of backticks inside. */
function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Wraps the non-space core of `text` in a delimiter; delimiters next to spaces would not open. */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  if (!m || m[2] === '') return text;
  return `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

/** One run of the notes, escaped, with its marks as Markdown. Line breaks stay `\n` here. */
function inlineMarkdown(run: NoteInline): string {
  if (run.code) return codeSpan(run.text);
  let out = run.text
    .split('\n')
    .map((part) => escapeMarkdownLine(part))
    .join('\n');
  if (run.bold) out = wrap(out, '**');
  if (run.italic) out = wrap(out, '*');
  if (run.strike) out = wrap(out, '~~');
  if (run.link !== undefined && safeLink(run.link)) {
    out = `[${out}](<${run.link.replaceAll('\\', '%5C')}>)`;
  }
  return out;
}

/** Runs as the lines of a paragraph, with hard breaks between lines. */
function inlinesLines(inlines: readonly NoteInline[]): string[] {
  const lines = inlines
    .map(inlineMarkdown)
    .join('')
    .split('\n')
    .map((line) => escapeLineStart(line));
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
}

/** Prefixes the first line with `first` and the others with `rest` (blank lines stay blank). */
function indent(lines: readonly string[], first: string, rest: string): string[] {
  return lines.map((line, i) => {
    const prefix = i === 0 ? first : rest;
    return line === '' ? prefix.trimEnd() : `${prefix}${line}`;
  });
}

function blockLines(block: NoteBlock, headingBase: number): string[] {
  switch (block.type) {
    case 'paragraph':
      return inlinesLines(block.inlines);
    case 'heading': {
      const text = inlinesLines(block.inlines)
        .map((line) => line.replace(/\\$/, ''))
        .join(' ');
      return [`${'#'.repeat(Math.min(6, headingBase + block.level))} ${text}`];
    }
    case 'list':
      return block.items.flatMap((item, i) => {
        const marker = block.ordered ? `${i + 1}. ` : '- ';
        const lines = notesMarkdownLines(item, headingBase);
        return indent(lines.length > 0 ? lines : [''], marker, ' '.repeat(marker.length));
      });
    case 'quote':
      return notesMarkdownLines(block.blocks, headingBase).map((line) => (line === '' ? '>' : `> ${line}`));
    case 'code': {
      const longest = Math.max(0, ...(block.text.match(/`{3,}/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(Math.max(3, longest + 1));
      return [fence, ...block.text.split(/\r\n|\r|\n/), fence];
    }
    case 'rule':
      return ['---'];
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${String(unreachable)}`);
    }
  }
}

/**
 * The notes as Markdown lines, blocks separated by blank lines. Their headings go below the
 * heading they sit under: level 1 becomes `headingBase + 1`, at most 6.
 */
export function notesMarkdownLines(blocks: readonly NoteBlock[], headingBase: number): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (out.length > 0) out.push('');
    out.push(...blockLines(block, headingBase));
  }
  return out;
}
