import { clientEventSchemas, LIMITS } from '@majlis/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readItemAdd } from './readItemAdd';

/** What the schema makes of a value: its data, or undefined when it refuses it. */
function viaSchema(value: unknown) {
  const parsed = clientEventSchemas['item:add'].safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Mostly `good`, sometimes `bad`: near misses are where a hand-written reader goes wrong. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });

const JUNK = fc.constantFrom<unknown>(undefined, null, 0, '', true, [], {}, '1', Number.NaN);

const ID = mostly(
  fc.stringMatching(/^[A-Za-z0-9_-]{6,64}$/),
  fc.oneof(fc.constantFrom('short', 'x'.repeat(65), 'has space', 'ok_id!', 'ممرات-آمنة'), JUNK),
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
      fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\u0085', '\u202e', '\u200f'), maxLength: 4 }),
      JUNK,
    ),
  );

const SDGS = mostly(
  fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: LIMITS.sdgTagsPerItem }),
  fc.oneof(
    fc.array(fc.integer({ min: 1, max: 17 }), {
      minLength: LIMITS.sdgTagsPerItem + 1,
      maxLength: LIMITS.sdgTagsPerItem + 2,
    }),
    fc.constantFrom<unknown>([0], [18], [1.5], ['3'], [null], [-1], [3, 18]),
    JUNK,
  ),
);

const COMMAND = fc.record(
  {
    stageId: ID,
    title: textAround(LIMITS.itemTitle),
    description: textAround(LIMITS.itemDescription),
    sdgs: SDGS,
    clientId: ID,
    extra: fc.constantFrom<unknown>(1, 'x', undefined),
  },
  // A command without a stage or a title is rarely interesting, but must be refused all the same.
  { requiredKeys: ['stageId', 'title'] },
);

describe('readItemAdd', () => {
  it('reads what the schema reads, and refuses what it refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: COMMAND, weight: 20 },
          { arbitrary: COMMAND.map(({ stageId, ...rest }) => rest), weight: 1 },
          { arbitrary: COMMAND.map(({ title, ...rest }) => rest), weight: 1 },
          { arbitrary: fc.anything(), weight: 1 },
        ),
        (v) => {
          expect(readItemAdd(v)).toEqual(viaSchema(v));
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('reads back what it gave', () => {
    fc.assert(
      fc.property(COMMAND, (v) => {
        const read = readItemAdd(v);
        if (read) expect(readItemAdd(JSON.parse(JSON.stringify(read)))).toEqual(read);
      }),
    );
  });

  it('keeps a typical command unchanged', () => {
    const command = { stageId: 'stage_1', title: 'مساحات خضراء', sdgs: [3, 11], clientId: 'client-42' };
    expect(readItemAdd(command)).toEqual(command);
    expect(readItemAdd({ ...command, title: '  ' })).toBeUndefined();
  });
});
