/**
 * What the minutes know of a vote kind: its method's name, its settings in words, the table of its
 * results and what its results add to the SDG summary. Apart from the kind's module in vote/kinds/,
 * which the phone loads to check a ballot: these words and tables are for the minutes only.
 */
import type { Bilingual, Locale } from '../../locale.js';
import type { KindResultOf } from '../../vote/kinds/voteKindDefinitions.js';
import type { VoteSettings } from '../../vote/settingsFields.js';
import type { VoteKind } from '../../vote/voteKinds.js';
import type { MinutesLabel, MinutesTable } from '../model.js';

/** How an item or a poll option is called in the table. */
export type TargetName = (id: string) => string;

/** The fixed labels of the minutes in one language. */
export type MinutesLabels = Readonly<Record<MinutesLabel, string>>;

export interface MinutesKind<K extends VoteKind> {
  /** The method in words: "Dot voting", "التصويت بالنقاط". */
  readonly method: Bilingual;
  /** What the kind itself is configured with, a sentence a line. */
  readonly settingsLines: (settings: VoteSettings, locale: Locale) => string[];
  /** The table of one result, ranked where the kind ranks; ties show as `2=`. */
  readonly table: (
    result: KindResultOf<K>,
    locale: Locale,
    labels: MinutesLabels,
    name: TargetName,
  ) => MinutesTable;
  /**
   * The points that items received, for the SDG summary's votes (an empty list for a kind whose
   * results are not points).
   */
  readonly sdgPoints: (result: KindResultOf<K>) => ReadonlyArray<{ id: string; points: number }>;
}

/** One minutes part for each kind, each typed with its own result. */
export type MinutesKinds = { readonly [K in VoteKind]: MinutesKind<K> };
