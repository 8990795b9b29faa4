/**
 * The vote settings form as the facilitator edits it, and its conversion to and from the wire
 * settings. The draft keeps every kind's fields (numbers as typed text), so switching the kind
 * back and forth never loses what was typed; only the chosen kind's fields are sent. Each kind's
 * own fields come from its settings part (vote/kinds/settingsParts.ts).
 */
import {
  type StageView,
  type StakeholderGroup,
  VOTE_KINDS,
  type VoteKind,
  type VoteSettings,
  voteSettingsSchema,
} from '@majlis/shared';
import type { DraftNumbers, DraftProblem, KindDraftContext } from '../kinds/settingsPart';
import { type KindDrafts, settingsPartOf } from '../kinds/settingsParts';

export type SourceType = VoteSettings['source']['type'];

export interface VoteDraft extends KindDrafts {
  readonly kind: VoteKind;
  readonly anonymous: boolean;
  readonly results: 'live' | 'hidden';
  readonly everyone: boolean;
  readonly groups: readonly StakeholderGroup[];
  /** Only invited people present when the vote opens. */
  readonly presentInvited: boolean;
  readonly sourceType: SourceType;
  readonly listStageId: string;
  readonly topStageId: string;
  readonly topN: string;
  readonly themeId: string;
}

/** What the form can point a vote at, and the room's language for default labels. */
export interface DraftContext extends KindDraftContext {
  readonly listStageIds: readonly string[];
  readonly voteStageIds: readonly string[];
  readonly themeIds: readonly string[];
}

/** Where a problem is ("budget", "criteria.1.label", "source"…) and which message explains it. */
export type DraftErrors = Readonly<Record<string, DraftProblem>>;

/** Every kind's fields of the draft, each from its kind's settings part. */
function kindDraftsFrom(settings: VoteSettings | null, context: KindDraftContext): KindDrafts {
  const fields = VOTE_KINDS.map((kind) => settingsPartOf(kind).draftFrom(settings, context));
  // Each part gives all its own fields (its type says so); that together they are all of
  // `KindDrafts` is what a loop over the kinds cannot show the compiler.
  return Object.assign({}, ...fields) as KindDrafts;
}

/** The form for a stage's settings, or sensible defaults (a dot vote on the first list) when it has none. */
export function draftFrom(settings: VoteSettings | null, context: DraftContext): VoteDraft {
  const source = settings?.source;
  return {
    ...kindDraftsFrom(settings, context),
    kind: settings?.kind ?? 'dots',
    anonymous: settings?.anonymous ?? true,
    results: settings?.results ?? 'hidden',
    everyone: settings?.groups === undefined,
    groups: settings?.groups ?? [],
    presentInvited: settings?.eligibility === 'present-invited',
    sourceType: source?.type ?? 'list',
    listStageId: source?.type === 'list' ? source.stageId : (context.listStageIds[0] ?? ''),
    topStageId: source?.type === 'top' ? source.stageId : (context.voteStageIds[0] ?? ''),
    topN: String(source?.type === 'top' ? source.n : 5),
    themeId: source?.type === 'theme' ? source.themeId : (context.themeIds[0] ?? ''),
  };
}

/**
 * A new kind: a poll votes on its own options and nothing else does, so the source follows the
 * kind; everything else the facilitator typed stays in the draft.
 */
export function withKind(draft: VoteDraft, kind: VoteKind): VoteDraft {
  const sourceType: SourceType = settingsPartOf(kind).ownOptions
    ? 'options'
    : draft.sourceType === 'options'
      ? 'list'
      : draft.sourceType;
  return { ...draft, kind, sourceType };
}

const EASTERN = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** Arabic-Indic (and Persian) digits as Western ones: an Arabic keyboard types them in a number field. */
export function westernDigits(text: string): string {
  return text.replace(/[٠-٩۰-۹]/g, (d) => String(Math.max(EASTERN.indexOf(d), PERSIAN.indexOf(d))));
}

/** A whole number typed into a field, or undefined when it is not one. */
function wholeNumber(text: string): number | undefined {
  const trimmed = westernDigits(text).trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

function decimal(text: string): number | undefined {
  // "٫" is the Arabic decimal separator.
  const trimmed = westernDigits(text).trim().replace(/[,٫]/, '.');
  return /^\d{1,3}(\.\d{1,3})?$/.test(trimmed) ? Number(trimmed) : undefined;
}

/** Which message a schema problem at `path` gets; only the draft's own kind sends its fields. */
function problemAt(kind: VoteKind, path: readonly PropertyKey[]): DraftProblem {
  if (path[0] === 'source') return path[1] === 'n' ? 'count' : 'source';
  if (path[0] === 'groups') return 'groups';
  return settingsPartOf(kind).problemAt(path) ?? 'invalid';
}

/** Where a schema problem is shown: its field ("source.n" becomes the top-N field). */
function fieldAt(path: readonly PropertyKey[]): string {
  if (path[0] === 'source') return path[1] === 'n' ? 'topN' : 'source';
  return path.map(String).join('.');
}

export type DraftResult =
  | { readonly ok: true; readonly settings: VoteSettings }
  | { readonly ok: false; readonly errors: DraftErrors };

/**
 * The settings the form describes, checked with the same schema the server uses, or the problems
 * keyed by field. Numbers that are not numbers are caught first, so they are named as such rather
 * than as a type error.
 */
export function settingsFrom(draft: VoteDraft): DraftResult {
  const errors: Record<string, DraftProblem> = {};
  const reader =
    (problem: DraftProblem, parse: (text: string) => number | undefined) => (field: string, text: string) => {
      const n = parse(text);
      if (n === undefined) errors[field] = problem;
      return n;
    };
  const numbers: DraftNumbers = { count: reader('count', wholeNumber), weight: reader('weight', decimal) };
  const raw: Record<string, unknown> = {
    kind: draft.kind,
    anonymous: draft.anonymous,
    results: draft.results,
    ...settingsPartOf(draft.kind).settingsFrom(draft, numbers),
  };
  if (!draft.everyone) raw.groups = [...draft.groups];
  if (draft.presentInvited) raw.eligibility = 'present-invited';
  raw.source = sourceFrom(draft, numbers.count);

  const parsed = voteSettingsSchema.safeParse(raw);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, settings: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = fieldAt(issue.path);
    errors[field] ??= problemAt(draft.kind, issue.path);
  }
  // A list that is too short or empty is named on the list itself.
  if (!draft.everyone && draft.groups.length === 0) errors.groups = 'groups';
  return { ok: false, errors };
}

function sourceFrom(draft: VoteDraft, count: (field: string, text: string) => number | undefined): unknown {
  switch (draft.sourceType) {
    case 'list':
      return { type: 'list', stageId: draft.listStageId };
    case 'top':
      return { type: 'top', stageId: draft.topStageId, n: count('topN', draft.topN) };
    case 'theme':
      return { type: 'theme', themeId: draft.themeId };
    case 'options':
      return { type: 'options' };
    default: {
      const unreachable: never = draft.sourceType;
      return unreachable;
    }
  }
}

/** JSON with keys sorted, so two settings compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether saving this draft would change nothing: it describes exactly the stored settings. */
export function draftMatches(draft: VoteDraft, settings: VoteSettings | null): boolean {
  const result = settingsFrom(draft);
  return settings !== null && result.ok && canonical(result.settings) === canonical(settings);
}

/** A fingerprint of settings that ignores key order, to notice when they change under the form. */
export const settingsKey = (settings: VoteSettings | null): string => canonical(settings);

/**
 * The votes a "top N" source may build on: those before this stage in the agenda. A later one
 * would make two votes wait on each other's results.
 */
export function earlierVotes(stages: readonly StageView[], stageId: string): StageView[] {
  const index = stages.findIndex((s) => s.id === stageId);
  return stages.slice(0, Math.max(0, index)).filter((s) => s.kind === 'vote');
}
