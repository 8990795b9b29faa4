/** What the board's notes stage shows, as sections of cards that the board can fit and page. Pure. */
import type { NoteBlock, OutcomeView } from '@majlis/shared';

/** One card of the notes stage: an outcome, a block of the notes, or one item of a notes list (long
 * lists are paged item by item, numbered on). */
export type OutcomeCard =
  | { readonly kind: 'outcome'; readonly key: string; readonly outcome: OutcomeView }
  | { readonly kind: 'note'; readonly key: string; readonly block: NoteBlock }
  | {
      readonly kind: 'noteItem';
      readonly key: string;
      readonly ordered: boolean;
      /** 1-based number of the item in its list. */
      readonly n: number;
      readonly blocks: readonly NoteBlock[];
    };

export type OutcomeSectionKey = 'decisions' | 'actions' | 'notes';

export interface OutcomeSection {
  readonly key: OutcomeSectionKey;
  readonly items: readonly OutcomeCard[];
}

/** The outcomes a stage shows: those recorded during it, and those for the workshop as a whole. */
export function stageOutcomes(outcomes: readonly OutcomeView[], stageId: string): OutcomeView[] {
  return outcomes.filter((o) => o.stageId === stageId || o.stageId === null);
}

function noteCards(notes: readonly NoteBlock[]): OutcomeCard[] {
  return notes.flatMap((block, i): OutcomeCard[] =>
    block.type === 'list'
      ? block.items.map((blocks, j) => ({
          kind: 'noteItem',
          key: `note-${i}-${j}`,
          ordered: block.ordered,
          n: j + 1,
          blocks,
        }))
      : [{ kind: 'note', key: `note-${i}`, block }],
  );
}

/** Decisions, then action items, then the running notes; sections with nothing in them are left out. */
export function outcomeSections(
  outcomes: readonly OutcomeView[],
  notes: readonly NoteBlock[],
): OutcomeSection[] {
  const card = (outcome: OutcomeView): OutcomeCard => ({ kind: 'outcome', key: outcome.id, outcome });
  const sections: OutcomeSection[] = [
    { key: 'decisions', items: outcomes.filter((o) => o.kind === 'decision').map(card) },
    { key: 'actions', items: outcomes.filter((o) => o.kind === 'action').map(card) },
    { key: 'notes', items: noteCards(notes) },
  ];
  return sections.filter((s) => s.items.length > 0);
}

/** A section as one page shows it: the cards that landed on that page, and whether it goes on from
 * the page before (its heading then says so). */
export interface OutcomeSectionPage extends OutcomeSection {
  readonly continued: boolean;
  readonly total: number;
}

/** The sections with only the cards on `page`, by the page each card landed on (`pageOf`, keyed by
 * card key; a card not measured yet counts as on the first page). */
export function sectionsOnPage(
  sections: readonly OutcomeSection[],
  pageOf: ReadonlyMap<string, number>,
  page: number,
): OutcomeSectionPage[] {
  return sections.flatMap((section) => {
    const items = section.items.filter((card) => (pageOf.get(card.key) ?? 0) === page);
    if (items.length === 0) return [];
    return [{ ...section, items, continued: items[0] !== section.items[0], total: section.items.length }];
  });
}

/**
 * Which column of a multi-column flow a card landed in, from its inline offset: columns are `step`
 * apart, the first at `first`; overflow columns go on to the right in a left-to-right flow and to
 * the left in a right-to-left one.
 */
export function columnOf(x: number, first: number, step: number, rtl: boolean): number {
  if (step <= 0) return 0;
  return Math.max(0, Math.round((rtl ? first - x : x - first) / step));
}
