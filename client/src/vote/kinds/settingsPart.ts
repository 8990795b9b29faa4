/**
 * What the console needs of a vote kind to set a vote up: its fields in the settings form, how they
 * read from and turn into settings, its shape in the one-line summary, and a named ballot as lines.
 * Each kind's folder gives one (`dots/settings.tsx`, …); settingsParts.ts collects them.
 */
import type { BallotOf, Criterion, Locale, StatusRating, VoteKind, VoteSettings } from '@majlis/shared';
import type { ComponentType } from 'react';
import type { Translate } from '../../i18n/translate';

/** What a kind's draft starts from besides the stored settings: the criteria in the room's language. */
export interface KindDraftContext {
  readonly defaultCriteria: readonly Criterion[];
}

/**
 * Reads the numbers typed into a draft, Arabic-Indic digits included; a field whose text is not
 * one gets its message ("count" or "weight") and the number is undefined.
 */
export interface DraftNumbers {
  readonly count: (field: string, text: string) => number | undefined;
  readonly weight: (field: string, text: string) => number | undefined;
}

/** Which message a field's problem gets (`vote.console.problem.<problem>`). */
export type DraftProblem =
  | 'count'
  | 'label'
  | 'weight'
  | 'weights'
  | 'options'
  | 'criteria'
  | 'groups'
  | 'source'
  | 'invalid';

/** A kind's settings fields as the form sends them to the schema, which checks them afterwards. */
export type KindSettingsFields = { readonly [F in keyof VoteSettings]?: unknown };

/** What a kind's fields in the settings form get: its own fields of the draft and a way to change them. */
export interface KindFieldsProps<D> {
  readonly draft: D;
  readonly change: (patch: Partial<D>) => void;
  /** The message for a field ("budget", "criteria.0.label"…), once the facilitator has tried to save. */
  readonly problem: (field: string) => string | null;
  /** Prefix for element ids, unique to this form. */
  readonly idBase: string;
  /** After the first opening what the ballots depend on (criteria, options) stays fixed. */
  readonly fixed: boolean;
}

/** How the console reads a named ballot: item labels, the vote's criteria, a status rating's name. */
export interface BallotWords {
  readonly labelOf: (id: string) => string;
  readonly criteria: readonly Criterion[];
  readonly rating: (rating: StatusRating) => string;
}

/**
 * The settings part of kind `K`, whose own fields of the form's draft are `D` (numbers as typed
 * text). The draft keeps every kind's fields, so switching the kind back and forth loses nothing.
 */
export interface SettingsPart<K extends VoteKind, D extends object> {
  /** A poll votes on the options it lists itself; every other kind on items from a source. */
  readonly ownOptions: boolean;
  /** This kind's fields of the draft from stored settings (of any kind), or their defaults. */
  readonly draftFrom: (settings: VoteSettings | null, context: KindDraftContext) => D;
  /** The kind's fields below the kind chooser (dots and cap, criteria, options…), if it has any. */
  readonly Fields: ComponentType<KindFieldsProps<D>> | null;
  /** The settings fields this kind sends, from its fields of the draft. */
  readonly settingsFrom: (draft: D, numbers: DraftNumbers) => KindSettingsFields;
  /** The message for a schema problem at `path` if the path is one of this kind's fields. */
  readonly problemAt: (path: readonly PropertyKey[]) => DraftProblem | undefined;
  /** The kind's shape in a few words for the settings summary ("5 dots each"); empty when it has none. */
  readonly summary: (settings: VoteSettings, t: Translate, lang: Locale) => string;
  /** A named ballot of this kind as lines a person can read. */
  readonly ballotLines: (ballot: BallotOf<K>, words: BallotWords) => string[];
}
