import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_GROUPS } from '../groups.js';
import { VOTE_KINDS } from './kinds/voteKindDefinitions.js';
import { readVoteSettings } from './readVoteSettings.js';
import { voteSettingsSchema } from './settings.js';

/** What the schema makes of a value: its data, or null when it refuses it. */
function viaSchema(value: unknown) {
  const parsed = voteSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Mostly `good`, sometimes `bad`: near misses are where a hand-written reader goes wrong. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 15 }, { arbitrary: bad, weight: 1 });

const JUNK = fc.constantFrom<unknown>(undefined, null, 0, '', true, [], {}, '1', Number.NaN);

/** Integers around both bounds, in between, and values that are not integers. */
const intAround = (min: number, max: number) =>
  mostly(
    fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max)),
    fc.constantFrom<unknown>(min - 1, max + 1, min + 0.5, -0, Number.POSITIVE_INFINITY, String(min), null),
  );

/** Text of `before` + `n` letters + `after`. */
const padded = (lengths: fc.Arbitrary<number>) =>
  fc
    .tuple(lengths, fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('', ' ', '\n'))
    .map(([n, before, after]) => `${before}${'م'.repeat(n)}${after}`);

/** Text up to `max` units long once trimmed, and text just over, empty, or with control characters. */
const textAround = (max: number) =>
  mostly(
    fc.oneof(padded(fc.integer({ min: 1, max: 12 })), padded(fc.integer({ min: max - 2, max }))),
    fc.oneof(
      padded(fc.integer({ min: max + 1, max: max + 2 })),
      fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\u0085', '\u202e', '\u200f'), maxLength: 4 }),
      JUNK,
    ),
  );

const ID = mostly(
  fc.oneof(
    fc.constantFrom('stage_01', 'theme_0001', 'A-b_C9', 'x'.repeat(64)),
    fc.stringMatching(/^[\w-]{6,64}$/),
  ),
  fc.constantFrom<unknown>('abcde', 'x'.repeat(65), 'bad id!', '', 7),
);
const CRITERION_ID = mostly(
  fc.constantFrom(
    'impact',
    'feasibility',
    'cost',
    'a',
    'a1_b',
    'z'.repeat(32),
    'abcdef_long_enough_id',
    'AbCdEf',
  ),
  fc.constantFrom<unknown>('z'.repeat(33), 'Impact', '1st', 'constructor', 'toString', '__proto__', '', null),
);
const WEIGHT = mostly(
  fc.oneof(fc.constantFrom(undefined, 0, 1, 10, 0.5), fc.double({ min: 0, max: 10, noNaN: true })),
  fc.constantFrom<unknown>(-1, 10.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null),
);

/** Sometimes a key the schema does not know. */
const withExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, fc.nat(29)).map(([o, n]) => (n === 0 ? { ...o, note: 'x' } : o));

const CRITERION = withExtra(
  fc.record({ id: CRITERION_ID, label: textAround(80), weight: WEIGHT }, { requiredKeys: ['id', 'label'] }),
);
const OPTION = withExtra(
  fc.record({ id: mostly(fc.constantFrom('yes', 'no', 'y', 'later'), ID), label: textAround(200) }),
);
/** Between `min` and `max` options with different ids. */
const manyOptions = (min: number, max: number) =>
  fc
    .array(textAround(200), { minLength: min, maxLength: max })
    .map((labels) => labels.map((label, i) => ({ id: `option_${i}`, label })));
const listLike = fc.oneof(
  fc.record({ type: fc.constant('list'), stageId: ID }),
  fc.record({ type: fc.constant('top'), stageId: ID, n: intAround(1, 100) }),
  fc.record({ type: fc.constant('theme'), themeId: ID }),
);
const badSource = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('list', 'top', 'theme', 'options', 'poll'),
      stageId: ID,
      themeId: ID,
      n: fc.nat(),
    },
    { requiredKeys: [] },
  ),
  JUNK,
);

/** A field that is there about half the time, as undefined now and then. */
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(undefined));

/**
 * Settings of every kind, mostly well formed and consistent (a dot vote has a budget, a poll its
 * options), with every field near its bounds, and one part in a few of them wrong.
 */
const SETTINGS = fc.constantFrom(...VOTE_KINDS).chain((kind) =>
  withExtra(
    fc.record(
      {
        kind: mostly(fc.constant(kind), fc.constantFrom<unknown>('vote', 'Dots', 1, undefined)),
        budget: kind === 'dots' ? intAround(1, 100) : sometimes(intAround(1, 100)),
        maxPerItem: sometimes(intAround(1, 100)),
        rankTop: sometimes(intAround(1, 100)),
        criteria: sometimes(
          mostly(
            fc.uniqueArray(CRITERION, { minLength: 1, maxLength: 6, selector: (c) => c.id }),
            fc.oneof(fc.array(CRITERION, { maxLength: 7 }), JUNK),
          ),
        ),
        options: (kind === 'poll' ? (a: fc.Arbitrary<unknown>) => a : sometimes)(
          mostly(
            fc.oneof(
              fc.uniqueArray(OPTION, { minLength: 2, maxLength: 4, selector: (o) => o.id }),
              manyOptions(19, 20),
            ),
            fc.oneof(fc.array(OPTION, { maxLength: 3 }), manyOptions(21, 21), JUNK),
          ),
        ),
        multiple: fc.constantFrom<unknown>(true, false, undefined, 'yes'),
        anonymous: mostly(fc.boolean(), fc.constantFrom<unknown>(0, 'true', undefined)),
        results: mostly(fc.constantFrom('live', 'hidden'), fc.constantFrom<unknown>('shown', undefined)),
        groups: sometimes(
          mostly(
            fc.array(fc.constantFrom(...STAKEHOLDER_GROUPS), { minLength: 1, maxLength: 6 }),
            fc.oneof(fc.array(fc.constantFrom<unknown>('nobody', 1, null), { maxLength: 2 }), JUNK),
          ),
        ),
        eligibility: mostly(
          fc.constantFrom<unknown>('all', 'present-invited', undefined),
          fc.constant('none'),
        ),
        source: mostly<unknown, unknown>(
          kind === 'poll' ? fc.constant({ type: 'options' }) : listLike,
          badSource,
        ),
      },
      { requiredKeys: ['kind', 'anonymous', 'results', 'source'] },
    ),
  ),
);

describe('readVoteSettings', () => {
  it('reads what the schema reads and refuses what it refuses, near every bound', () => {
    let read = 0;
    let refused = 0;
    fc.assert(
      fc.property(SETTINGS, (value) => {
        const expected = viaSchema(value);
        // Strict: the same keys (an optional key given as undefined stays), trimmed labels, default
        // weights, groups without repeats; and in the same order, as the server compares settings
        // through JSON (a vote's settings may not change once it has opened).
        const actual = readVoteSettings(value);
        expect(actual).toStrictEqual(expected);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        if (expected) read++;
        else refused++;
      }),
      { numRuns: 5_000 },
    );
    // Both answers are common, so the comparison above says something about each.
    expect(read).toBeGreaterThan(1_000);
    expect(refused).toBeGreaterThan(1_000);
  }, 60_000);

  it('refuses anything else, as the schema does', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(readVoteSettings(value)).toStrictEqual(viaSchema(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives a copy: changing what it returns leaves the stored value as it was', () => {
    const stored = {
      kind: 'score',
      anonymous: true,
      results: 'live',
      source: { type: 'list', stageId: 'stage_01' },
      criteria: [{ id: 'impact', label: ' Impact ' }],
      groups: ['government', 'government'],
    };
    const before = JSON.parse(JSON.stringify(stored));
    const read = readVoteSettings(stored);
    expect(read).toStrictEqual({
      kind: 'score',
      anonymous: true,
      results: 'live',
      source: { type: 'list', stageId: 'stage_01' },
      criteria: [{ id: 'impact', label: 'Impact', weight: 1 }],
      groups: ['government'],
    });
    (read?.criteria?.[0] as { label: string }).label = 'changed';
    expect(stored).toStrictEqual(before);
  });
});
