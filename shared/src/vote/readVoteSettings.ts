/**
 * A vote's settings read from the doc without zod, so that what a phone loads carries none. The zod
 * schema (settings.ts) stays the source of truth: the commands that write settings go through it, and
 * the property test beside this file checks that this reader gives what `safeParse` gives, the data
 * or nothing, the same keys in the same order, for valid settings and near misses alike. A new key or
 * source type in the schema fails to compile here; a changed bound or rule fails that test.
 */
import { STAKEHOLDER_GROUPS } from '../groups.js';
import { ID_PATTERN } from '../ids.js';
import { hasControlCharacters } from '../text/controlCharacters.js';
import { definitionOf, VOTE_KINDS } from './kinds/voteKindDefinitions.js';
import type { Criterion, PollOption, VoteSettings, VoteSource } from './settingsFields.js';
import { MAX_VOTE_TARGETS } from './voteKinds.js';

type Plain = Record<string, unknown>;

/** Returned by a field reader when the value is not valid: `undefined` is a valid optional value. */
const BAD = Symbol('bad');
type Read<T> = T | typeof BAD;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A strict object: no key beyond `keys`. */
const onlyKeys = (o: Plain, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));

const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

const isId = (v: unknown): v is string => typeof v === 'string' && ID_PATTERN.test(v);

const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

/** `lineText(max)`: trimmed, not empty, at most `max` UTF-16 units, no control characters. */
function line(v: unknown, max: number): Read<string> {
  if (typeof v !== 'string') return BAD;
  const s = v.trim();
  return s.length >= 1 && s.length <= max && !hasControlCharacters(s, false) ? s : BAD;
}

/** An optional field: absent stays absent, present but undefined stays undefined (as zod keeps it). */
function optional<T>(o: Plain, key: string, read: (v: unknown) => Read<T>): Read<T | undefined> {
  const v = o[key];
  return v === undefined ? undefined : read(v);
}

function array<T>(v: unknown, min: number, max: number, read: (x: unknown) => Read<T>): Read<T[]> {
  if (!Array.isArray(v) || v.length < min || v.length > max) return BAD;
  const out: T[] = [];
  for (const x of v) {
    const r = read(x);
    if (r === BAD) return BAD;
    out.push(r);
  }
  return out;
}

/** All the keys of `T` (the compiler checks that none is missing), in the order given. */
const keysOf = <T>(keys: Record<keyof T, true>) => Object.keys(keys) as Array<keyof T & string>;

/** The schema's keys, in its order. */
const SETTINGS_KEYS = keysOf<VoteSettings>({
  kind: true,
  budget: true,
  maxPerItem: true,
  rankTop: true,
  criteria: true,
  options: true,
  multiple: true,
  anonymous: true,
  results: true,
  groups: true,
  eligibility: true,
  source: true,
});
const CRITERION_KEYS = keysOf<Criterion>({ id: true, label: true, weight: true });
const OPTION_KEYS = keysOf<PollOption>({ id: true, label: true });

const CRITERION_ID = /^[a-z][a-z0-9_]{0,31}$/;

function criterion(v: unknown): Read<Criterion> {
  if (!isPlain(v) || !onlyKeys(v, CRITERION_KEYS)) return BAD;
  const { id, weight } = v;
  // Criterion ids become object keys in ballots and tallies: none of Object.prototype's names.
  if (typeof id !== 'string' || !(ID_PATTERN.test(id) || CRITERION_ID.test(id)) || id in Object.prototype)
    return BAD;
  const label = line(v.label, 80);
  if (label === BAD) return BAD;
  if (weight === undefined) return { id, label, weight: 1 };
  return typeof weight === 'number' && weight >= 0 && weight <= 10 ? { id, label, weight } : BAD;
}

function option(v: unknown): Read<PollOption> {
  if (!isPlain(v) || !onlyKeys(v, OPTION_KEYS)) return BAD;
  const { id } = v;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return BAD;
  const label = line(v.label, 200);
  return label === BAD ? BAD : { id, label };
}

/** A reader for each type of source (the compiler checks that none is missing). */
const SOURCES: { [T in VoteSource['type']]: (v: Plain) => Read<Extract<VoteSource, { type: T }>> } = {
  list: (v) =>
    onlyKeys(v, ['type', 'stageId']) && isId(v.stageId) ? { type: 'list', stageId: v.stageId } : BAD,
  top: (v) =>
    onlyKeys(v, ['type', 'stageId', 'n']) && isId(v.stageId) && isInt(v.n, 1, MAX_VOTE_TARGETS)
      ? { type: 'top', stageId: v.stageId, n: v.n }
      : BAD,
  theme: (v) =>
    onlyKeys(v, ['type', 'themeId']) && isId(v.themeId) ? { type: 'theme', themeId: v.themeId } : BAD,
  options: (v) => (onlyKeys(v, ['type']) ? { type: 'options' } : BAD),
};

function source(v: unknown): Read<VoteSource> {
  if (!isPlain(v) || typeof v.type !== 'string' || !Object.hasOwn(SOURCES, v.type)) return BAD;
  return SOURCES[v.type as VoteSource['type']](v);
}

const int = (min: number, max: number) => (v: unknown) => (isInt(v, min, max) ? v : BAD);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : BAD);

/**
 * The settings stored in a vote stage, or null when they are not valid: what
 * `voteSettingsSchema.safeParse(value)` returns as data, without zod.
 */
export function readVoteSettings(value: unknown): VoteSettings | null {
  if (!isPlain(value) || !onlyKeys(value, SETTINGS_KEYS)) return null;
  const { kind, anonymous, results } = value;
  if (!oneOf(VOTE_KINDS, kind) || typeof anonymous !== 'boolean' || !oneOf(['live', 'hidden'], results))
    return null;
  const fields = {
    budget: optional(value, 'budget', int(1, 100)),
    maxPerItem: optional(value, 'maxPerItem', int(1, 100)),
    rankTop: optional(value, 'rankTop', int(1, MAX_VOTE_TARGETS)),
    criteria: optional(value, 'criteria', (v) => array(v, 1, 6, criterion)),
    options: optional(value, 'options', (v) => array(v, 2, 20, option)),
    multiple: optional(value, 'multiple', bool),
    groups: optional(value, 'groups', (v) => {
      const groups = array(v, 1, Infinity, (g) => (oneOf(STAKEHOLDER_GROUPS, g) ? g : BAD));
      return groups === BAD ? BAD : [...new Set(groups)];
    }),
    eligibility: optional(value, 'eligibility', (v) => (oneOf(['all', 'present-invited'], v) ? v : BAD)),
  };
  const src = source(value.source);
  if (src === BAD || Object.values(fields).includes(BAD)) return null;

  // The schema's keys in the schema's order (the server compares settings through JSON), the
  // optional ones only when given.
  const all: Plain = { ...fields, kind, anonymous, results, source: src };
  const settings: Plain = {};
  for (const key of SETTINGS_KEYS) if (!(key in fields) || key in value) settings[key] = all[key];
  const s = settings as VoteSettings;

  // The schema's rules across fields.
  if (definitionOf(s.kind).settingsIssues(s).length > 0) return null;
  if (s.criteria) {
    const ids = s.criteria.map((c) => c.id);
    if (new Set(ids).size !== ids.length || !s.criteria.some((c) => c.weight > 0)) return null;
  }
  if (s.options) {
    const ids = s.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) return null;
  }
  return s;
}
