import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_GROUPS } from '../groups.js';
import { criteriaOf, DEFAULT_CRITERIA } from './kinds/score.js';
import { VOTE_KINDS } from './kinds/voteKindDefinitions.js';
import { voteSettingsRequestSchema, voteSettingsSchema, withVoteDefaults } from './settings.js';
import { MAX_VOTE_TARGETS } from './voteKinds.js';

const LIST = { type: 'list', stageId: 'stage_01' } as const;
const SOURCES = {
  list: LIST,
  top: { type: 'top', stageId: 'stage_01', n: 5 },
  theme: { type: 'theme', themeId: 'theme_01' },
} as const;
const OPTIONS = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'abstain', label: 'نمتنع' },
];

/** Raw settings of a kind, with the common fields filled in; `over` replaces or adds fields. */
function raw(over: Record<string, unknown>): Record<string, unknown> {
  return { anonymous: true, results: 'live', source: LIST, ...over };
}

/** The paths of the issues that refused `input`, or undefined when it was accepted. */
function refusedAt(input: unknown): string[] | undefined {
  const parsed = voteSettingsSchema.safeParse(input);
  return parsed.success ? undefined : parsed.error.issues.map((i) => i.path.join('.'));
}

// Kind-specific fields that make a complete vote of each kind.
const KIND_VARIANTS: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['dots with a budget', { kind: 'dots', budget: 5 }],
  ['dots with a budget and a cap', { kind: 'dots', budget: 10, maxPerItem: 3 }],
  ['dots at the bounds', { kind: 'dots', budget: 100, maxPerItem: 100 }],
  ['dots with the smallest budget', { kind: 'dots', budget: 1, maxPerItem: 1 }],
  ['rank of every item', { kind: 'rank' }],
  ['rank of the top 3', { kind: 'rank', rankTop: 3 }],
  ['rank of the top 100', { kind: 'rank', rankTop: MAX_VOTE_TARGETS }],
  ['score on the default criteria', { kind: 'score' }],
  [
    'score on custom weighted criteria',
    {
      kind: 'score',
      criteria: [
        { id: 'impact', label: 'Impact', weight: 2 },
        { id: 'cost', label: 'التكلفة', weight: 0.5 },
        { id: 'Urgency_1', label: 'Urgency' },
      ],
    },
  ],
  [
    'score with one weightless criterion among weighted ones',
    {
      kind: 'score',
      criteria: [
        { id: 'impact', label: 'Impact', weight: 10 },
        { id: 'reach', label: 'Reach', weight: 0 },
      ],
    },
  ],
  ['status', { kind: 'status' }],
  ['approval', { kind: 'approval' }],
];

/** Every way to run a vote over items: each source, anonymous or named, live or hidden, any groups. */
const COMMON = Object.entries(SOURCES).flatMap(([sourceName, source]) =>
  [true, false].flatMap((anonymous) =>
    (['live', 'hidden'] as const).flatMap((results) =>
      [undefined, ['government', 'academia'], [...STAKEHOLDER_GROUPS]].map((groups) => ({
        name: `${sourceName}, ${anonymous ? 'anonymous' : 'named'}, ${results}, ${groups?.length ?? 'all'} groups`,
        fields: { source, anonymous, results, ...(groups ? { groups } : {}) },
      })),
    ),
  ),
);

describe('voteSettingsSchema accepts', () => {
  it.each(KIND_VARIANTS)(
    '%s, from every source, anonymous or named, live or hidden, any groups',
    (_l, kind) => {
      for (const { name, fields } of COMMON) expect(refusedAt({ ...kind, ...fields }), name).toBeUndefined();
    },
  );

  it.each([
    ['a single-choice poll', { options: OPTIONS }],
    ['a single-choice poll said explicitly', { options: OPTIONS, multiple: false }],
    ['a multiple-choice poll', { options: OPTIONS, multiple: true }],
    ['a poll of two options', { options: OPTIONS.slice(0, 2) }],
    [
      'a poll of twenty options',
      { options: Array.from({ length: 20 }, (_, i) => ({ id: `option-${i}`, label: `Option ${i}` })) },
    ],
  ])('%s on its own options, anonymous or named, live or hidden', (_label, fields) => {
    for (const anonymous of [true, false]) {
      for (const results of ['live', 'hidden']) {
        const input = { kind: 'poll', ...fields, anonymous, results, source: { type: 'options' } };
        expect(refusedAt(input), `${anonymous} ${results}`).toBeUndefined();
      }
    }
  });

  it('six criteria, the most a score vote has', () => {
    const criteria = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `Criterion ${i}` }));
    expect(refusedAt(raw({ kind: 'score', criteria }))).toBeUndefined();
  });

  it('a top-N source at the bounds of N', () => {
    for (const n of [1, MAX_VOTE_TARGETS]) {
      expect(
        refusedAt(raw({ kind: 'rank', source: { type: 'top', stageId: 'stage_01', n } })),
      ).toBeUndefined();
    }
  });

  it('trims labels', () => {
    const parsed = voteSettingsSchema.parse(
      raw({ kind: 'score', criteria: [{ id: 'impact', label: '  Impact  ' }] }),
    );
    expect(parsed.criteria?.[0]?.label).toBe('Impact');
  });
});

describe('voteSettingsSchema refuses', () => {
  it('a dot vote without a budget', () => {
    expect(refusedAt(raw({ kind: 'dots' }))).toEqual(['budget']);
    expect(refusedAt(raw({ kind: 'dots', maxPerItem: 2 }))).toEqual(['budget']);
  });

  it('a poll without options', () => {
    expect(refusedAt(raw({ kind: 'poll', source: { type: 'options' } }))).toEqual(['options']);
  });

  it.each(Object.entries(SOURCES))('a poll with a %s source', (_name, source) => {
    expect(refusedAt(raw({ kind: 'poll', options: OPTIONS, source }))).toEqual(['source']);
  });

  it.each([
    ['dots', { budget: 5 }],
    ['rank', {}],
    ['score', {}],
    ['status', {}],
    ['approval', {}],
  ])('a %s vote with an options source', (kind, fields) => {
    expect(refusedAt(raw({ kind, ...fields, source: { type: 'options' } }))).toEqual(['source']);
    // Giving it options does not make it a poll.
    expect(refusedAt(raw({ kind, ...fields, options: OPTIONS, source: { type: 'options' } }))).toEqual([
      'source',
    ]);
  });

  it('duplicate criterion ids', () => {
    const criteria = [
      { id: 'impact', label: 'Impact' },
      { id: 'impact', label: 'Impact again' },
    ];
    expect(refusedAt(raw({ kind: 'score', criteria }))).toEqual(['criteria']);
  });

  it('duplicate option ids', () => {
    const options = [...OPTIONS, { id: 'yes', label: 'Yes again' }];
    expect(refusedAt(raw({ kind: 'poll', options, source: { type: 'options' } }))).toEqual(['options']);
  });

  it('criteria whose weights are all zero', () => {
    const criteria = [
      { id: 'impact', label: 'Impact', weight: 0 },
      { id: 'feasibility', label: 'Feasibility', weight: 0 },
    ];
    expect(refusedAt(raw({ kind: 'score', criteria }))).toEqual(['criteria']);
    expect(refusedAt(raw({ kind: 'score', criteria: [{ id: 'x', label: 'X', weight: 0 }] }))).toEqual([
      'criteria',
    ]);
  });

  it.each([
    ['at the top level', raw({ kind: 'status', extra: true })],
    ['in a list source', raw({ kind: 'status', source: { ...LIST, n: 3 } })],
    ['in an options source', raw({ kind: 'poll', options: OPTIONS, source: { type: 'options', x: 1 } })],
    ['in a criterion', raw({ kind: 'score', criteria: [{ id: 'impact', label: 'Impact', colour: 'red' }] })],
    [
      'in an option',
      raw({
        kind: 'poll',
        options: [...OPTIONS, { id: 'x', label: 'X', votes: 99 }],
        source: { type: 'options' },
      }),
    ],
  ])('an unknown key %s', (_label, input) => {
    expect(refusedAt(input)).toBeDefined();
  });

  it.each([
    ['budget 0', { kind: 'dots', budget: 0 }],
    ['budget 101', { kind: 'dots', budget: 101 }],
    ['a fractional budget', { kind: 'dots', budget: 2.5 }],
    ['a budget as a string', { kind: 'dots', budget: '5' }],
    ['maxPerItem 0', { kind: 'dots', budget: 5, maxPerItem: 0 }],
    ['maxPerItem 101', { kind: 'dots', budget: 5, maxPerItem: 101 }],
    ['rankTop 0', { kind: 'rank', rankTop: 0 }],
    ['rankTop 101', { kind: 'rank', rankTop: MAX_VOTE_TARGETS + 1 }],
    ['a negative weight', { kind: 'score', criteria: [{ id: 'impact', label: 'Impact', weight: -1 }] }],
    ['a weight above 10', { kind: 'score', criteria: [{ id: 'impact', label: 'Impact', weight: 10.5 }] }],
    ['no criteria', { kind: 'score', criteria: [] }],
    [
      'seven criteria',
      { kind: 'score', criteria: Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, label: `C${i}` })) },
    ],
    ['top n 0', { kind: 'rank', source: { type: 'top', stageId: 'stage_01', n: 0 } }],
    ['top n 101', { kind: 'rank', source: { type: 'top', stageId: 'stage_01', n: MAX_VOTE_TARGETS + 1 } }],
    ['a fractional top n', { kind: 'rank', source: { type: 'top', stageId: 'stage_01', n: 1.5 } }],
  ])('an out-of-range number: %s', (_label, fields) => {
    expect(refusedAt(raw(fields))).toBeDefined();
  });

  it.each([
    ['a poll of one option', { kind: 'poll', options: OPTIONS.slice(0, 1), source: { type: 'options' } }],
    [
      'a poll of 21 options',
      {
        kind: 'poll',
        options: Array.from({ length: 21 }, (_, i) => ({ id: `o${i}`, label: `O${i}` })),
        source: { type: 'options' },
      },
    ],
    ['an empty group list', { kind: 'status', groups: [] }],
    ['an unknown group', { kind: 'status', groups: ['martians'] }],
    ['an unknown kind', { kind: 'veto' }],
    ['an unknown results mode', { kind: 'status', results: 'later' }],
    ['a missing anonymous flag', { kind: 'status', anonymous: undefined }],
    ['an unknown source type', { kind: 'status', source: { type: 'url', href: 'x' } }],
    ['a malformed stage id', { kind: 'status', source: { type: 'list', stageId: 'a b' } }],
    ['a short uppercase criterion id', { kind: 'score', criteria: [{ id: 'Imp', label: 'Impact' }] }],
    ['a criterion id with a space', { kind: 'score', criteria: [{ id: 'high impact', label: 'Impact' }] }],
    ['an empty criterion label', { kind: 'score', criteria: [{ id: 'impact', label: '   ' }] }],
    [
      'a criterion label of 81 characters',
      { kind: 'score', criteria: [{ id: 'impact', label: 'x'.repeat(81) }] },
    ],
    [
      'a criterion label with a bidi override',
      { kind: 'score', criteria: [{ id: 'impact', label: 'Impact\u202e' }] },
    ],
    [
      'an empty option id',
      { kind: 'poll', options: [...OPTIONS, { id: '', label: 'Blank' }], source: { type: 'options' } },
    ],
    [
      'an option id with a space',
      { kind: 'poll', options: [...OPTIONS, { id: 'no way', label: 'No way' }], source: { type: 'options' } },
    ],
  ])('%s', (_label, fields) => {
    expect(refusedAt(raw(fields))).toBeDefined();
  });

  it('anything that is not an object', () => {
    for (const input of [null, undefined, 'dots', 5, [], [raw({ kind: 'status' })]]) {
      expect(refusedAt(input)).toBeDefined();
    }
  });
});

describe('criteriaOf', () => {
  it('defaults to impact and feasibility, equally weighted', () => {
    const settings = voteSettingsSchema.parse(raw({ kind: 'score' }));
    expect(criteriaOf(settings)).toEqual([
      { id: 'impact', label: 'Impact', weight: 1 },
      { id: 'feasibility', label: 'Feasibility', weight: 1 },
    ]);
    expect(criteriaOf(settings)).toBe(DEFAULT_CRITERIA);
  });

  it('gives a vote its own criteria, weight 1 where none was given', () => {
    const settings = voteSettingsSchema.parse(
      raw({
        kind: 'score',
        criteria: [
          { id: 'impact', label: 'Impact', weight: 3 },
          { id: 'cost', label: 'Cost' },
        ],
      }),
    );
    expect(criteriaOf(settings)).toEqual([
      { id: 'impact', label: 'Impact', weight: 3 },
      { id: 'cost', label: 'Cost', weight: 1 },
    ]);
  });

  it('is defined for every kind, not only score', () => {
    for (const kind of VOTE_KINDS) {
      const fields =
        kind === 'poll'
          ? { options: OPTIONS, source: { type: 'options' } }
          : kind === 'dots'
            ? { budget: 3 }
            : {};
      expect(criteriaOf(voteSettingsSchema.parse(raw({ kind, ...fields }))), kind).toBe(DEFAULT_CRITERIA);
    }
  });
});

describe('withVoteDefaults', () => {
  const request = (input: unknown) => voteSettingsRequestSchema.parse(input);

  it('fills anonymous, hidden results and the nearest list stage', () => {
    expect(withVoteDefaults(request({ kind: 'dots', budget: 3 }), 'stage_01')).toEqual({
      ok: true,
      value: { kind: 'dots', budget: 3, anonymous: true, results: 'hidden', source: LIST },
    });
  });

  it('gives a poll its own options and keeps what the request names', () => {
    const filled = withVoteDefaults(
      request({ kind: 'poll', options: OPTIONS, anonymous: false, results: 'live' }),
      'stage_01',
    );
    expect(filled).toMatchObject({
      ok: true,
      value: { anonymous: false, results: 'live', source: { type: 'options' } },
    });
  });

  it('gives an approval vote the nearest list stage, and nothing of its own', () => {
    expect(withVoteDefaults(request({ kind: 'approval' }), 'stage_01')).toEqual({
      ok: true,
      value: { kind: 'approval', anonymous: true, results: 'hidden', source: LIST },
    });
  });

  it('refuses a vote without source when no list stage comes before it', () => {
    expect(withVoteDefaults(request({ kind: 'rank' }), undefined)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });

  it('puts the keys in the schema order whatever was filled', () => {
    const full = voteSettingsSchema.parse(raw({ kind: 'dots', budget: 3, results: 'hidden' }));
    const filled = withVoteDefaults(request({ source: LIST, budget: 3, kind: 'dots' }), undefined);
    expect(filled.ok && JSON.stringify(filled.value)).toBe(JSON.stringify(full));
  });

  it('checks what the request names as the full settings do', () => {
    expect(voteSettingsRequestSchema.safeParse({ kind: 'dots' }).success).toBe(false);
    expect(
      voteSettingsRequestSchema.safeParse({ kind: 'poll', options: OPTIONS, source: LIST }).success,
    ).toBe(false);
    expect(voteSettingsRequestSchema.safeParse({ kind: 'rank', source: { type: 'options' } }).success).toBe(
      false,
    );
  });
});
