/**
 * The rich-text notes of each stage. The console edits them with a ProseMirror editor bound to the
 * stage's Y.XmlFragment (node and mark names as Tiptap's starter kit writes them); everything else
 * (board, phones, minutes) reads them through `readNotes` as plain blocks, never as HTML.
 */
import * as Y from 'yjs';
import { KEY, NOTES_ROOT_PREFIX, notesFragment, stagesMap } from './raw.js';

/** A run of text with its marks. A link keeps its address only if it is http(s) or mailto. */
export interface NoteInline {
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
  readonly underline?: true;
  readonly strike?: true;
  readonly code?: true;
  readonly link?: string;
}

export type NoteBlock =
  | { readonly type: 'paragraph'; readonly inlines: readonly NoteInline[] }
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly inlines: readonly NoteInline[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: ReadonlyArray<readonly NoteBlock[]> }
  | { readonly type: 'quote'; readonly blocks: readonly NoteBlock[] }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'rule' };

/** Deeper nesting than this is flattened: a crafted doc must not blow the stack of a reader. */
const MAX_DEPTH = 12;

/** True for an address a link in the notes may point to. */
export function safeLink(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > 2_000) return false;
  return /^(https?:\/\/|mailto:)[^\s<>"'`]+$/i.test(href);
}

const MARKS = ['bold', 'italic', 'underline', 'strike', 'code'] as const;

function inlinesOf(el: Y.XmlElement | Y.XmlFragment, depth = 0): NoteInline[] {
  const out: NoteInline[] = [];
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert?: unknown; attributes?: Record<string, unknown> }>) {
        if (typeof op.insert !== 'string' || op.insert === '') continue;
        const attrs: Record<string, unknown> = {};
        // y-prosemirror names a mark that may overlap itself `name--hash`.
        for (const [k, v] of Object.entries(op.attributes ?? {})) attrs[k.split('--')[0] ?? k] = v;
        const run: { -readonly [K in keyof NoteInline]: NoteInline[K] } = { text: op.insert };
        for (const mark of MARKS) if (attrs[mark] !== undefined && attrs[mark] !== null) run[mark] = true;
        const href = (attrs.link as { href?: unknown } | undefined)?.href;
        if (safeLink(href)) run.link = href;
        out.push(run);
      }
    } else if (child instanceof Y.XmlElement) {
      if (child.nodeName === 'hardBreak') out.push({ text: '\n' });
      // Marks are text attributes, so inline elements nest only in a crafted doc: stop descending.
      else if (depth < MAX_DEPTH) out.push(...inlinesOf(child, depth + 1));
    }
  }
  return out;
}

const plainOf = (el: Y.XmlElement): string =>
  inlinesOf(el)
    .map((r) => r.text)
    .join('');

function blocksOf(parent: Y.XmlElement | Y.XmlFragment, depth: number): NoteBlock[] {
  const out: NoteBlock[] = [];
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      const text = child.toString();
      if (text.trim() !== '')
        out.push({
          type: 'paragraph',
          inlines: [
            {
              text: child
                .toDelta()
                .map((d: { insert?: unknown }) => (typeof d.insert === 'string' ? d.insert : ''))
                .join(''),
            },
          ],
        });
      continue;
    }
    if (!(child instanceof Y.XmlElement)) continue;
    const block = blockOf(child, depth);
    if (block) out.push(block);
  }
  return out;
}

function blockOf(el: Y.XmlElement, depth: number): NoteBlock | undefined {
  if (depth >= MAX_DEPTH) return { type: 'paragraph', inlines: [{ text: plainOf(el) }] };
  switch (el.nodeName) {
    case 'paragraph':
      return { type: 'paragraph', inlines: inlinesOf(el) };
    case 'heading': {
      const level = Number(el.getAttribute('level'));
      return { type: 'heading', level: level === 1 || level === 2 ? level : 3, inlines: inlinesOf(el) };
    }
    case 'bulletList':
    case 'orderedList':
      return {
        type: 'list',
        ordered: el.nodeName === 'orderedList',
        items: el
          .toArray()
          .filter((li): li is Y.XmlElement => li instanceof Y.XmlElement)
          .map((li) => blocksOf(li, depth + 1)),
      };
    case 'blockquote':
      return { type: 'quote', blocks: blocksOf(el, depth + 1) };
    case 'codeBlock':
      return { type: 'code', text: plainOf(el) };
    case 'horizontalRule':
      return { type: 'rule' };
    default: {
      // A node this reader does not know (a newer editor's) keeps its text rather than vanish.
      const inlines = inlinesOf(el);
      return inlines.length > 0 ? { type: 'paragraph', inlines } : undefined;
    }
  }
}

const isEmptyParagraph = (b: NoteBlock): boolean =>
  b.type === 'paragraph' && b.inlines.every((r) => r.text.trim() === '');

/** A stage's notes as blocks, without the empty paragraphs an editor leaves at either end. */
export function readNotes(doc: Y.Doc, stageId: string): NoteBlock[] {
  const blocks = blocksOf(notesFragment(doc, stageId), 0);
  while (blocks[0] && isEmptyParagraph(blocks[0])) blocks.shift();
  while (blocks.length > 0 && isEmptyParagraph(blocks[blocks.length - 1] as NoteBlock)) blocks.pop();
  return blocks;
}

/** The Y.XmlFragment the console's editor binds to. */
export function stageNotesFragment(doc: Y.Doc, stageId: string): Y.XmlFragment {
  return notesFragment(doc, stageId);
}

/** The plain text of some blocks, a line a paragraph (lists with "- " or "1. "). */
export function notesPlainText(blocks: readonly NoteBlock[]): string {
  const lines: string[] = [];
  const walk = (list: readonly NoteBlock[], indent: string) => {
    for (const b of list) {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          lines.push(indent + b.inlines.map((r) => r.text).join(''));
          break;
        case 'list':
          b.items.forEach((item, i) => {
            const bullet = b.ordered ? `${i + 1}. ` : '- ';
            const [first, ...rest] = item;
            if (first) walk([first], indent + bullet);
            walk(rest, `${indent}  `);
          });
          break;
        case 'quote':
          walk(b.blocks, `${indent}> `);
          break;
        case 'code':
          lines.push(indent + b.text);
          break;
        case 'rule':
          lines.push(`${indent}---`);
          break;
        default: {
          const unreachable: never = b;
          throw new Error(`unknown block ${String(unreachable)}`);
        }
      }
    }
  };
  walk(blocks, '');
  return lines.join('\n');
}

function textNode(inlines: readonly NoteInline[]): Y.XmlText {
  const t = new Y.XmlText();
  let at = 0;
  for (const run of inlines) {
    const attrs: Record<string, unknown> = {};
    for (const mark of MARKS) if (run[mark]) attrs[mark] = {};
    if (run.link) attrs.link = { href: run.link };
    t.insert(at, run.text, attrs);
    at += run.text.length;
  }
  return t;
}

function element(block: NoteBlock): Y.XmlElement {
  switch (block.type) {
    case 'paragraph':
    case 'heading': {
      const el = new Y.XmlElement(block.type);
      if (block.type === 'heading') el.setAttribute('level', block.level as unknown as string);
      el.insert(0, [textNode(block.inlines)]);
      return el;
    }
    case 'list': {
      const el = new Y.XmlElement(block.ordered ? 'orderedList' : 'bulletList');
      el.insert(
        0,
        block.items.map((blocks) => {
          const li = new Y.XmlElement('listItem');
          li.insert(0, blocks.map(element));
          return li;
        }),
      );
      return el;
    }
    case 'quote': {
      const el = new Y.XmlElement('blockquote');
      el.insert(0, block.blocks.map(element));
      return el;
    }
    case 'code': {
      const el = new Y.XmlElement('codeBlock');
      el.insert(0, [textNode([{ text: block.text }])]);
      return el;
    }
    case 'rule':
      return new Y.XmlElement('horizontalRule');
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${String(unreachable)}`);
    }
  }
}

/**
 * Appends blocks to a stage's notes in the editor's layout. For seeding (demo, import, tests); people
 * type into the notes through the editor.
 */
export function appendNotes(doc: Y.Doc, stageId: string, blocks: readonly NoteBlock[]): void {
  const fragment = notesFragment(doc, stageId);
  doc.transact(() => fragment.insert(fragment.length, blocks.map(element)));
}

/** True for a root type a scribe may write: the outcomes, or the notes of a stage of this workshop. */
export function scribeMayWriteRoot(doc: Y.Doc, rootName: string): boolean {
  if (rootName === KEY.outcomes) return true;
  return (
    rootName.startsWith(NOTES_ROOT_PREFIX) && stagesMap(doc).has(rootName.slice(NOTES_ROOT_PREFIX.length))
  );
}
