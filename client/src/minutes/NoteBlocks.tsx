/** A stage's notes as React elements: user text is always text (never HTML), each block in its own
 * direction, links only when they are http(s) or mailto. */
import { type NoteBlock, type NoteInline, safeLink, textDirection } from '@majlis/shared';
import type { ReactNode } from 'react';
import { blocksText } from './blocksText';
import type { NoteHeadingTags } from './noteHeadings';

/** Which way some blocks read, from their first letter; none when they hold no letter at all. */
function directionOf(blocks: readonly NoteBlock[]): 'rtl' | 'ltr' | undefined {
  const text = blocksText(blocks);
  return /\p{L}/u.test(text) ? textDirection(text) : undefined;
}

export interface NoteRendering {
  /** Heading tags by level (noteHeadingTags); null shows headings as strong paragraphs, for screens
   * where the stage title is the only heading (the board, the phone). */
  readonly headings: NoteHeadingTags | null;
  /** Links as anchors; otherwise their text only, marked (the board cannot be clicked). */
  readonly links: boolean;
}

function marked(run: NoteInline, content: ReactNode): ReactNode {
  let node = content;
  if (run.code) node = <code>{node}</code>;
  if (run.bold) node = <strong>{node}</strong>;
  if (run.italic) node = <em>{node}</em>;
  if (run.underline) node = <u>{node}</u>;
  if (run.strike) node = <s>{node}</s>;
  return node;
}

function Inlines({ inlines, links }: { inlines: readonly NoteInline[]; links: boolean }) {
  return (
    <>
      {inlines.map((run, i) => {
        const lines = run.text.split('\n');
        const text = lines.map((line, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one run, in order, never reordered.
          <span key={j}>
            {j > 0 && <br />}
            {line}
          </span>
        ));
        const href = run.link;
        const body =
          href && safeLink(href) ? (
            links ? (
              <a href={href} rel="noopener noreferrer" target="_blank">
                {text}
              </a>
            ) : (
              <span className="notes__link">{text}</span>
            )
          ) : (
            text
          );
        // biome-ignore lint/suspicious/noArrayIndexKey: runs of one block, re-read as a whole each time.
        return <span key={i}>{marked(run, body)}</span>;
      })}
    </>
  );
}

/** One block of the notes. */
export function NoteBlockView({ block, rendering }: { block: NoteBlock; rendering: NoteRendering }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className="notes__p" dir="auto">
          <Inlines inlines={block.inlines} links={rendering.links} />
        </p>
      );
    case 'heading': {
      const Tag = rendering.headings?.get(block.level);
      const content = <Inlines inlines={block.inlines} links={rendering.links} />;
      return Tag ? (
        <Tag className={`notes__h notes__h--${block.level}`} dir="auto">
          {content}
        </Tag>
      ) : (
        <p className={`notes__h notes__h--${block.level}`} dir="auto">
          <strong>{content}</strong>
        </p>
      );
    }
    case 'list':
      return <NoteList ordered={block.ordered} items={block.items} start={1} rendering={rendering} />;
    case 'quote':
      return (
        <blockquote className="notes__quote" dir={directionOf(block.blocks)}>
          <NoteBlocks blocks={block.blocks} rendering={rendering} />
        </blockquote>
      );
    case 'code':
      return (
        <pre className="notes__code" dir="auto">
          <code>{block.text}</code>
        </pre>
      );
    case 'rule':
      return <hr className="notes__rule" />;
    default: {
      const unreachable: never = block;
      return unreachable;
    }
  }
}

/** A list, or a run of its items (the board pages long lists item by item; `start` numbers them on). */
export function NoteList(props: {
  ordered: boolean;
  items: ReadonlyArray<readonly NoteBlock[]>;
  start: number;
  rendering: NoteRendering;
}) {
  const { ordered, items, start, rendering } = props;
  // Not dir="auto": it skips the items' own dir="auto" paragraphs and would find no letter at all. The
  // list (its bullets' side) reads the way its first item does.
  const dir = directionOf(items.flat());
  const children = items.map((blocks, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity beyond their place.
    <li key={i}>
      <NoteBlocks blocks={blocks} rendering={rendering} />
    </li>
  ));
  return ordered ? (
    <ol className="notes__list" dir={dir} start={start}>
      {children}
    </ol>
  ) : (
    <ul className="notes__list" dir={dir}>
      {children}
    </ul>
  );
}

/** Blocks in order. */
export function NoteBlocks({
  blocks,
  rendering,
}: {
  blocks: readonly NoteBlock[];
  rendering: NoteRendering;
}) {
  return (
    <>
      {blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are re-read from the doc as a whole.
        <NoteBlockView key={i} block={block} rendering={rendering} />
      ))}
    </>
  );
}
