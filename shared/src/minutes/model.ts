/**
 * The minutes of a workshop as plain data: what `buildMinutes` makes of the doc, the vote results
 * and the attendance, and what every renderer (Markdown, CSV, DOCX, the print page) reads. Labels
 * are already in the language asked for; user text is as written, never escaped here: each renderer
 * escapes for its own format.
 */

import type { NoteBlock } from '../doc/notesOps.js';
import type { ActionStatus } from '../doc/outcomeOps.js';
import type { StageKind, StageState } from '../domain.js';
import type { StakeholderGroup } from '../groups.js';
import type { Locale } from '../locale.js';
import type { VoteKind } from '../vote/voteKinds.js';

/** Bumped when the shape changes, so stored or cached minutes can be told apart. */
export const MINUTES_VERSION = 1;

/** A table as every format draws it: a header row and body rows of plain text cells. */
export interface MinutesTable {
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

export interface MinutesItem {
  readonly id: string;
  /** 1-based position in the stage's list (merged items are listed under their target). */
  readonly n: number;
  readonly title: string;
  readonly description: string;
  readonly sdgs: readonly number[];
  /** Labels of the stakeholder groups that contributed it (its author's and its merged items' authors'). */
  readonly groups: readonly string[];
  /** The theme's name, or '' when ungrouped. */
  readonly theme: string;
  /** The ideas merged into this one, their text kept as provenance. */
  readonly mergedFrom: ReadonlyArray<{ readonly title: string; readonly group: string }>;
}

export interface MinutesOutcome {
  readonly id: string;
  readonly text: string;
  /** Action items only ('' for decisions). */
  readonly owner: string;
  readonly organization: string;
  readonly due: string;
  readonly status: ActionStatus;
  /** The status in the minutes' language. */
  readonly statusLabel: string;
  /** Titles of the linked priority items. */
  readonly items: readonly string[];
  readonly sdgs: readonly number[];
}

export interface MinutesVote {
  readonly kind: VoteKind;
  /** The method in words: "Dot voting", "التصويت بالنقاط". */
  readonly method: string;
  /** One line a setting: "5 dots each, at most 3 on one item", "Anonymous", "Results hidden until reveal". */
  readonly settings: readonly string[];
  readonly state: StageState;
  /** Whether the room has seen the results (revealed, or live). */
  readonly shownToRoom: boolean;
  readonly turnout: number;
  /** Overall results, ranked; null when nobody has voted or the vote was never configured. */
  readonly overall: MinutesTable | null;
  /** Results by stakeholder group, with groups under three voters pooled as on the board. */
  readonly byGroup: ReadonlyArray<{
    readonly group: string;
    readonly voters: number;
    readonly table: MinutesTable;
  }>;
}

export interface MinutesStage {
  readonly id: string;
  /** 1-based position on the agenda. */
  readonly n: number;
  readonly kind: StageKind;
  readonly title: string;
  readonly description: string;
  /** Active items in list order (list stages). */
  readonly items: readonly MinutesItem[];
  readonly notes: readonly NoteBlock[];
  readonly vote: MinutesVote | null;
  readonly decisions: readonly MinutesOutcome[];
  readonly actions: readonly MinutesOutcome[];
}

/** Everything the minutes say, in the order they say it. */
export interface Minutes {
  readonly version: typeof MINUTES_VERSION;
  /** The language of the labels; user text stays as written. */
  readonly locale: Locale;
  readonly dir: 'rtl' | 'ltr';
  readonly workshopId: string;
  readonly title: string;
  /** `YYYY-MM-DD`: the day set in the console, or the day the workshop was created. */
  readonly date: string;
  readonly place: string;
  readonly organizers: readonly string[];
  readonly attendance: {
    readonly total: number;
    readonly byGroup: ReadonlyArray<{
      readonly group: StakeholderGroup;
      readonly label: string;
      readonly count: number;
    }>;
    /** Only those who agreed, when joining, to be named in the minutes. */
    readonly named: ReadonlyArray<{
      readonly name: string;
      readonly organization: string;
      readonly group: string;
    }>;
  };
  readonly agenda: ReadonlyArray<{ readonly n: number; readonly title: string; readonly kind: string }>;
  readonly stages: readonly MinutesStage[];
  /** Decisions and actions recorded for the workshop as a whole (no stage). */
  readonly decisions: readonly MinutesOutcome[];
  readonly actions: readonly MinutesOutcome[];
  /** Per goal that has anything: items tagged with it, and votes (points, ballots) they received. */
  readonly sdgSummary: ReadonlyArray<{
    readonly sdg: number;
    readonly title: string;
    readonly color: string;
    readonly items: number;
    readonly votes: number;
  }>;
  readonly audit: { readonly entries: number; readonly finalHash: string; readonly intact: boolean };
  /** Every label a renderer needs (headings, column names), in `locale`. */
  readonly labels: Readonly<Record<MinutesLabel, string>>;
}

/** The fixed labels of the minutes; the renderers look them up instead of hard-coding words. */
export const MINUTES_LABELS = [
  'minutes',
  'date',
  'place',
  'organizers',
  'attendance',
  'participants',
  'group',
  'count',
  'total',
  'name',
  'organization',
  'agenda',
  'stage',
  'items',
  'item',
  'sdgs',
  'contributedBy',
  'theme',
  'mergedFrom',
  'notes',
  'vote',
  'method',
  'settings',
  'turnout',
  'results',
  'resultsByGroup',
  'notShownToRoom',
  'noVotes',
  'decisions',
  'actions',
  'decision',
  'action',
  'owner',
  'due',
  'status',
  'linkedItems',
  'sdgSummary',
  'goal',
  'votes',
  'appendix',
  'auditEntries',
  'auditHash',
  'auditIntact',
  'auditBroken',
  'page',
  'workshopOutcomes',
  'description',
  'rank',
  'points',
  'bordaPoints',
  'totalScore',
  'responses',
  'option',
  'voters',
  'pooledGroups',
  'missingItem',
  'sdgVotesNote',
  'none',
  'overall',
  'type',
  'measure',
  'value',
] as const;
export type MinutesLabel = (typeof MINUTES_LABELS)[number];

/** What `buildMinutes` takes besides the doc: what only the server knows. */
export interface MinutesContext {
  readonly locale: Locale;
  /** Results of each vote stage that has ballots, by stage id, as `VoteService.results` computes them. */
  readonly results: ReadonlyMap<string, import('../vote/tally.js').VoteResults>;
  readonly participants: ReadonlyArray<{
    readonly name: string;
    readonly organization: string;
    readonly group: StakeholderGroup;
    readonly nameInMinutes: boolean;
  }>;
  readonly audit: { readonly entries: number; readonly finalHash: string; readonly intact: boolean };
}
