import type { OutcomeView } from './doc/outcomeOps.js';
import type { StakeholderGroup } from './groups.js';
import type { Bilingual, Locale } from './locale.js';
import type { TimerState } from './timer.js';
import type { VoteSettings } from './vote/settings.js';
import type { VoteResults } from './vote/tally.js';

/** Who a credential speaks for. */
/** A scribe edits the notes and outcomes, and nothing else. */
export const ROLES = ['facilitator', 'participant', 'board', 'scribe'] as const;
export type Role = (typeof ROLES)[number];

/** What a stage asks of the room. */
export const STAGE_KINDS = ['list', 'vote', 'notes', 'info'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Lifecycle of a stage; `revealed` applies to votes only. */
export const STAGE_STATES = ['draft', 'open', 'closed', 'revealed'] as const;
export type StageState = (typeof STAGE_STATES)[number];

/** A stage of the agenda as the clients render it. */
export interface StageView {
  readonly id: string;
  readonly kind: StageKind;
  /** The title as typed, in the workshop's language. */
  readonly title: string;
  /** The template's title in both languages, kept until the stage is renamed. */
  readonly titles?: Bilingual;
  readonly description: string;
  readonly descriptions?: Bilingual;
  readonly state: StageState;
  /** A locked list takes no new ideas or edits from participants. */
  readonly locked: boolean;
  readonly timer: TimerState;
  readonly rank: number;
  /** How the board shows a list stage: in list order, grouped by theme, or grouped by SDG. */
  readonly display: BoardDisplay;
  /** Vote stages only: settings, frozen targets, turnout, and results once they may be shown. */
  readonly vote?: {
    readonly settings: VoteSettings | null;
    readonly targets: readonly string[];
    readonly turnout: number;
    readonly results: VoteResults | null;
  };
}

export const BOARD_DISPLAYS = ['list', 'themes', 'sdgs'] as const;
export type BoardDisplay = (typeof BOARD_DISPLAYS)[number];

/** Whether an idea is on the list, was withdrawn by its author, or was merged into another. */
export const ITEM_STATUSES = ['active', 'withdrawn', 'merged'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** An idea on a list stage as the clients render it. */
export interface ItemView {
  readonly id: string;
  readonly stageId: string;
  readonly title: string;
  readonly description: string;
  /** SDG tags to show: the item's own and those of every item merged into it. */
  readonly sdgs: readonly number[];
  /** The tags this item itself carries. */
  readonly ownSdgs: readonly number[];
  readonly status: ItemStatus;
  /** For a merged item: the item it was merged into. */
  readonly mergedInto?: string;
  /** Ids of the items merged into this one (their text stays as provenance). */
  readonly mergedFrom: readonly string[];
  readonly themeId?: string;
  /**
   * The stakeholder group of the participant who wrote it; absent for the facilitator's own ideas.
   * Who wrote it is never in the shared doc (every phone and the board read it): the server keeps
   * it, tells each phone its own ideas (`item:mine`) and facilitators all authors (`item:authors`).
   */
  readonly authorGroup?: StakeholderGroup;
  readonly createdAt: number;
  readonly rank: number;
}

/** A named group of items on a list stage. */
export interface ThemeView {
  readonly id: string;
  readonly stageId: string;
  readonly name: string;
  readonly rank: number;
}

/** Workshop header fields kept in the shared doc. */
export interface WorkshopMeta {
  readonly schemaVersion: number;
  readonly id: string;
  readonly title: string;
  readonly locale: Locale;
  readonly joinCode: string;
  readonly currentStageId: string | null;
  readonly createdAt: number;
  /** The day the workshop was held, `YYYY-MM-DD`, or '' when not set (the minutes then use `createdAt`). */
  readonly date: string;
  /** Where it was held, as typed. */
  readonly place: string;
  /** Who organized it, one per line as typed. */
  readonly organizers: readonly string[];
  /** The facilitator closed joining: the code no longer lets anyone new in. */
  readonly joinLocked: boolean;
  /**
   * `invited`: only personal invitation codes join, each as its invited person in their group; the
   * workshop's code lets nobody in. `open`: anyone with the workshop's code joins.
   */
  readonly joinMode: JoinMode;
  /** When the facilitator ended the workshop (ms), or null while it runs. */
  readonly endedAt: number | null;
  /** Once ended: until when participants, scribes and the board can still open it (ms). */
  readonly guestsUntil: number | null;
}

export type JoinMode = 'open' | 'invited';

/** Everything a client renders, read from its replica of the shared doc. */
export interface WorkshopView {
  readonly meta: WorkshopMeta;
  readonly stages: readonly StageView[];
  /** Every item, in list order, whatever its status; views filter on `status`. */
  readonly items: readonly ItemView[];
  readonly themes: readonly ThemeView[];
  /** Decisions and action items, in order. */
  readonly outcomes: readonly OutcomeView[];
}

/** The title of a stage in the reader's language, falling back to the typed title. */
export function stageTitle(stage: StageView, locale: Locale): string {
  return stage.titles?.[locale] ?? stage.title;
}

/** The description of a stage in the reader's language, falling back to the typed description. */
export function stageDescription(stage: StageView, locale: Locale): string {
  return stage.descriptions?.[locale] ?? stage.description;
}
