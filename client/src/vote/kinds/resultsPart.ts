import type { KindResult, KindResultOf, Locale, StageView, VoteKind, VoteSettings } from '@majlis/shared';
import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/translate';
import type { ResultRow } from '../results/resultRows';

/**
 * The results part of a vote kind: how its result reads (`ResultsPart`, pure, the one reading every
 * screen draws) and how each screen draws it (`BoardResultsPart`, `ConsoleResultsPart`,
 * `PhoneResultsPart`). The generic results code looks the kind up in the registries
 * (resultsParts.ts and the screens' own) instead of switching on it.
 */

/** The ways results are drawn (see `ResultsPart.drawing`). */
export type ResultDrawing = 'ranked' | 'score' | 'status';

/** One item's ratings in a status review. */
export type StatusItem = KindResultOf<'status'>['items'][number];

export interface ResultsPart<K extends VoteKind> {
  /** Points, totals or counts in rank order, with their bars; none for a kind that does not rank. */
  readonly rows: (result: KindResultOf<K>) => ResultRow[];
  /** Whether anything at all was cast into this result. */
  readonly hasVotes: (result: KindResultOf<K>) => boolean;
  /** The row order of every view: the ranking, or the list's order for a kind that does not rank. */
  readonly rowIds: (result: KindResultOf<K>) => string[];
  /** The cell of one item (or option), for a comparison by group. */
  readonly cellOf: (result: KindResultOf<K>, id: string) => ResultRow | StatusItem | undefined;
  /** A row that has no place to share: nobody scored it (only a score leaves items out). */
  readonly unranked: (result: KindResultOf<K>, id: string) => boolean;
  /** A row's value as a bare number: "12", or a total with its two decimals, "3.20". */
  readonly formatValue: (n: number) => string;
  /**
   * A row's value in words where it counts something, with the kind's unit ("12 dots", "1 vote",
   * "3 approvals"); a total as a number.
   */
  readonly valueText: (t: Translate, n: number) => string;
  /** Its rows also say what share of the voters chose each (a poll: one voter, one or more options). */
  readonly shareOfVoters: boolean;
  /** What it votes on: the stage's items, or options of its own (a poll), which name its rows. */
  readonly targets: 'items' | 'options';
  /**
   * How every screen draws it: as ranked bars (dots, Borda points, poll votes, approvals), as the
   * score's table and matrix, or as status bars. A kind drawn like another needs no screen registry
   * entry of its own; a new drawing is a type error in each screen's registry until it has one.
   */
  readonly drawing: ResultDrawing;
  /** The caption the board says on the turnout line above its chart; none when the chart has its own. */
  readonly caption: MessageKey | null;
  /** The vote's rules in a few words, for the room: "5 dots each, at most 3 on one". */
  readonly rules: (t: Translate, settings: VoteSettings, targets: readonly string[]) => string;
}

/** A later vote that takes this one's top N: the console's ranking shows where it cuts. */
export type ResultCut = { readonly n: number; readonly stage: StageView } | null;

/** The board's chart of a result. */
/** What every results view on the board is given besides its numbers. */
export interface BoardResultsFrame {
  readonly labelOf: (id: string) => string;
  readonly locale: Locale;
  /** Changes whenever the room for the results may have changed. */
  readonly layoutKey: string;
  readonly rotate: boolean;
}

export interface BoardChartProps<R extends KindResult> extends BoardResultsFrame {
  readonly result: R;
  /** Ballots counted. */
  readonly voters: number;
}

/** One group's result for one item, in the board's comparison by group. */
export interface BoardGroupCellProps<R extends KindResult> {
  readonly result: R;
  readonly id: string;
  /** The column's voters. */
  readonly voters: number;
  readonly locale: Locale;
}

export interface BoardResultsPart<K extends VoteKind> {
  readonly Chart: ComponentType<BoardChartProps<KindResultOf<K>>>;
  readonly GroupCell: ComponentType<BoardGroupCellProps<KindResultOf<K>>>;
  /** The key to the comparison's cells, when their colours need one. */
  readonly Legend: ComponentType<{ readonly locale: Locale }> | null;
}

/** The console's overall result. */
export interface ConsoleResultProps<R extends KindResult> {
  readonly result: R;
  readonly labelOf: (id: string) => string;
  readonly voters: number;
  readonly cut: ResultCut;
}

/** One group's result for one item, a cell (`<td>`) of the console's comparison by group. */
export interface ConsoleGroupCellProps<R extends KindResult> {
  readonly result: R;
  readonly id: string;
}

export interface ConsoleResultsPart<K extends VoteKind> {
  readonly Result: ComponentType<ConsoleResultProps<KindResultOf<K>>>;
  readonly GroupCell: ComponentType<ConsoleGroupCellProps<KindResultOf<K>>>;
  /** The key to the comparison's cells, when their colours need one. */
  readonly Legend: ComponentType | null;
}

/** The phone's compact result. */
export interface PhoneResultProps<R extends KindResult> {
  readonly result: R;
  readonly labelOf: (id: string) => string;
}

export interface PhoneResultsPart<K extends VoteKind> {
  readonly Result: ComponentType<PhoneResultProps<KindResultOf<K>>>;
}
