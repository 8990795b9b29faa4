import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import {
  BOARD_EVENTS,
  type ClientEventName,
  type ClientEventPayload,
  clientEventSchemas,
  EVENT_ROLES,
  FACILITATOR_EVENTS,
  isClientEventName,
  mayUse,
} from './protocol.js';
import { MAX_TIMER_MS, TIMER_ACTIONS } from './timer.js';

/** A good payload per event; typed as a complete map so a new event fails to compile until it is covered here. */
const good: { [E in ClientEventName]: ClientEventPayload<E> } = {
  'item:add': {
    stageId: 'stage_1',
    title: 'مساحات خضراء للأحياء',
    description: 'Parks within\na ten-minute walk.',
    sdgs: [3, 11, 13],
    clientId: 'client-42',
  },
  'item:update': { itemId: 'item_0001', title: 'Parks', description: 'Shade', sdgs: [11] },
  'item:withdraw': { itemId: 'item_0001', withdrawn: true },
  'item:mine': {},
  'item:authors': {},
  'stage:goto': { stageId: 'stage_2' },
  'timer:control': { stageId: 'stage_2', action: 'reset', durationMs: 600_000 },
  'clock:sync': {},
  'presence:get': {},
  'vote:configure': {
    stageId: 'stage_3',
    settings: {
      kind: 'dots',
      budget: 5,
      maxPerItem: 3,
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: 'stage_2' },
    },
  },
  'vote:open': { stageId: 'stage_3' },
  'vote:close': { stageId: 'stage_3' },
  'vote:reveal': { stageId: 'stage_3' },
  'vote:cast': {
    stageId: 'stage_3',
    ballot: { kind: 'dots', allocations: { item_0001: 2 } },
    clientVoteId: 'vote-0001',
  },
  'vote:mine': { stageId: 'stage_3' },
  'outcome:add': {
    kind: 'action',
    text: 'جمع بيانات خط الأساس for the chosen indicators',
    stageId: 'stage_5',
    owner: 'Urban Observatory',
    organization: 'GAM',
    due: '2027-01-31',
    status: 'in_progress',
    itemIds: ['item_0001'],
    sdgs: [11, 17],
    clientId: 'client-43',
  },
  'outcome:update': { outcomeId: 'outcome_1', status: 'done', due: '', stageId: '' },
  'outcome:remove': { outcomeId: 'outcome_1' },
};

/** The fields a payload cannot do without. */
const required: { [E in ClientEventName]: ReadonlyArray<keyof ClientEventPayload<E>> } = {
  'item:add': ['stageId', 'title'],
  // Any one of title, description and sdgs will do; the refinement is tested below.
  'item:update': ['itemId'],
  'item:withdraw': ['itemId'],
  'item:mine': [],
  'item:authors': [],
  'stage:goto': ['stageId'],
  'timer:control': ['stageId', 'action'],
  'clock:sync': [],
  'presence:get': [],
  'vote:configure': ['stageId', 'settings'],
  'vote:open': ['stageId'],
  'vote:close': ['stageId'],
  'vote:reveal': ['stageId'],
  'vote:cast': ['stageId', 'ballot', 'clientVoteId'],
  'vote:mine': ['stageId'],
  'outcome:add': ['kind', 'text'],
  // Any one other field will do; the refinement is tested below.
  'outcome:update': ['outcomeId'],
  'outcome:remove': ['outcomeId'],
};

const events = Object.keys(clientEventSchemas) as ClientEventName[];

const accepts = (event: ClientEventName, payload: unknown): boolean =>
  clientEventSchemas[event].safeParse(payload).success;

describe('clientEventSchemas', () => {
  it('has a good payload and a list of required fields for every event', () => {
    expect(Object.keys(good).sort()).toEqual([...events].sort());
    expect(Object.keys(required).sort()).toEqual([...events].sort());
  });

  describe.each(events)('%s', (event) => {
    it('accepts a good payload', () => {
      expect(accepts(event, good[event])).toBe(true);
    });

    it('refuses a payload that is not an object', () => {
      for (const payload of [undefined, null, 'item', 42, [], [good[event]]]) {
        expect(accepts(event, payload)).toBe(false);
      }
    });

    it('refuses extra keys', () => {
      expect(accepts(event, { ...good[event], role: 'facilitator' })).toBe(false);
      const withProto = Object.assign(JSON.parse('{"__proto__":{"x":1}}'), good[event]);
      expect(accepts(event, withProto)).toBe(false);
    });

    it('accepts an empty object only when no field is required', () => {
      expect(accepts(event, {})).toBe(required[event].length === 0);
    });
  });

  const fields = events.flatMap((event) => Object.keys(good[event]).map((key) => [event, key] as const));

  it.each(fields)('%s: refuses %s with a value of the wrong type', (event, key) => {
    const goodValue = (good[event] as Record<string, unknown>)[key];
    for (const wrong of [42, null, { nested: 'x' }, typeof goodValue === 'boolean' ? 'true' : true]) {
      expect(accepts(event, { ...good[event], [key]: wrong }), JSON.stringify(wrong)).toBe(false);
    }
  });

  it.each(fields)('%s: without %s, is accepted only when that field is optional', (event, key) => {
    const { [key]: _dropped, ...rest } = good[event] as Record<string, unknown>;
    const isRequired = (required[event] as readonly string[]).includes(key);
    expect(accepts(event, rest)).toBe(!isRequired);
  });
});

describe('item:add', () => {
  const schema = clientEventSchemas['item:add'];
  const base = good['item:add'];

  it('trims the title and the description', () => {
    const parsed = schema.parse({ ...base, title: '  Parks  ', description: '\n Shade \n' });
    expect(parsed.title).toBe('Parks');
    expect(parsed.description).toBe('Shade');
  });

  it('bounds the title and the description at their limits', () => {
    expect(schema.safeParse({ ...base, title: 't'.repeat(LIMITS.itemTitle) }).success).toBe(true);
    expect(schema.safeParse({ ...base, title: 't'.repeat(LIMITS.itemTitle + 1) }).success).toBe(false);
    expect(schema.safeParse({ ...base, description: 'd'.repeat(LIMITS.itemDescription) }).success).toBe(true);
    expect(schema.safeParse({ ...base, description: 'd'.repeat(LIMITS.itemDescription + 1) }).success).toBe(
      false,
    );
  });

  it('refuses ids that are too long, too short or not url-safe', () => {
    for (const id of ['s'.repeat(65), 'abc', 'stage 1', 'stage/1', '']) {
      expect(schema.safeParse({ ...base, stageId: id }).success, `stageId ${id}`).toBe(false);
      expect(schema.safeParse({ ...base, clientId: id }).success, `clientId ${id}`).toBe(false);
    }
  });

  it('refuses a blank title and a title with a newline, but allows newlines in the description', () => {
    expect(schema.safeParse({ ...base, title: '  ' }).success).toBe(false);
    expect(schema.safeParse({ ...base, title: 'one\ntwo' }).success).toBe(false);
    expect(schema.safeParse({ ...base, description: 'one\ntwo' }).success).toBe(true);
  });

  it('accepts goals 1 to 17, up to 17 of them', () => {
    expect(schema.safeParse({ ...base, sdgs: [] }).success).toBe(true);
    expect(schema.safeParse({ ...base, sdgs: [1, 17] }).success).toBe(true);
    const all = Array.from({ length: LIMITS.sdgTagsPerItem }, (_, i) => i + 1);
    expect(schema.safeParse({ ...base, sdgs: all }).success).toBe(true);
  });

  it.each([
    ['goal 0', [0]],
    ['goal 18', [18]],
    ['a negative goal', [-3]],
    ['a fractional goal', [2.5]],
    ['a goal as a string', ['3']],
    ['NaN', [Number.NaN]],
    ['null inside', [1, null]],
    ['more than 17 tags', Array.from({ length: LIMITS.sdgTagsPerItem + 1 }, () => 1)],
  ])('refuses sdgs with %s', (_label, sdgs) => {
    expect(schema.safeParse({ ...base, sdgs }).success).toBe(false);
  });
});

describe('item:update', () => {
  const schema = clientEventSchemas['item:update'];

  it('needs at least one of title, description and sdgs', () => {
    expect(schema.safeParse({ itemId: 'item_0001' }).success).toBe(false);
    expect(schema.safeParse({ itemId: 'item_0001', title: 'New' }).success).toBe(true);
    expect(schema.safeParse({ itemId: 'item_0001', description: '' }).success).toBe(true);
    expect(schema.safeParse({ itemId: 'item_0001', sdgs: [] }).success).toBe(true);
  });

  it('applies the same bounds as item:add', () => {
    const base = { itemId: 'item_0001' };
    expect(schema.safeParse({ ...base, title: 't'.repeat(LIMITS.itemTitle + 1) }).success).toBe(false);
    expect(schema.safeParse({ ...base, title: '  ' }).success).toBe(false);
    expect(schema.safeParse({ ...base, description: 'd'.repeat(LIMITS.itemDescription + 1) }).success).toBe(
      false,
    );
    expect(schema.safeParse({ ...base, sdgs: [18] }).success).toBe(false);
    expect(schema.safeParse({ ...base, sdgs: [0] }).success).toBe(false);
  });
});

describe('timer:control', () => {
  const schema = clientEventSchemas['timer:control'];
  const base = { stageId: 'stage_2' };

  it('accepts every timer action and nothing else', () => {
    for (const action of TIMER_ACTIONS) expect(schema.safeParse({ ...base, action }).success).toBe(true);
    for (const action of ['stop', 'START', ''])
      expect(schema.safeParse({ ...base, action }).success).toBe(false);
  });

  it('bounds the duration between one second and the longest timer, in whole milliseconds', () => {
    const at = (durationMs: number) => schema.safeParse({ ...base, action: 'reset', durationMs }).success;
    expect([at(1_000), at(MAX_TIMER_MS)]).toEqual([true, true]);
    expect([at(999), at(MAX_TIMER_MS + 1), at(1_500.5), at(-60_000)]).toEqual([false, false, false, false]);
  });
});

describe('isClientEventName', () => {
  it('knows every event of the protocol', () => {
    for (const event of events) expect(isClientEventName(event)).toBe(true);
  });

  it.each([
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'valueOf',
    '',
    'item:ADD',
    ' item:add',
    'item:add ',
    'vote:delete',
  ])('refuses %j', (name) => {
    expect(isClientEventName(name)).toBe(false);
  });
});

describe('role event sets', () => {
  it('name only events of the protocol', () => {
    for (const event of [...FACILITATOR_EVENTS, ...BOARD_EVENTS]) expect(isClientEventName(event)).toBe(true);
  });

  it('keep the board from adding items and moving the room', () => {
    expect(BOARD_EVENTS.has('item:add')).toBe(false);
    expect(BOARD_EVENTS.has('stage:goto')).toBe(false);
    expect(FACILITATOR_EVENTS.has('stage:goto')).toBe(true);
  });
});

describe('EVENT_ROLES', () => {
  it('names the roles of every event of the protocol, and no other event', () => {
    expect(Object.keys(EVENT_ROLES).sort()).toEqual(Object.keys(clientEventSchemas).sort());
    for (const roles of Object.values(EVENT_ROLES)) expect(roles.length).toBeGreaterThan(0);
  });

  it('gives the board reading only, the scribe outcomes, and votes to those they belong to', () => {
    const events = Object.keys(clientEventSchemas) as ClientEventName[];
    expect(events.filter((e) => mayUse('board', e)).sort()).toEqual(['clock:sync', 'presence:get']);
    expect(events.filter((e) => mayUse('scribe', e)).sort()).toEqual([
      'clock:sync',
      'outcome:add',
      'outcome:remove',
      'outcome:update',
      'presence:get',
    ]);
    expect(mayUse('facilitator', 'vote:cast')).toBe(false);
    expect(mayUse('participant', 'vote:open')).toBe(false);
    expect([...FACILITATOR_EVENTS].every((e) => mayUse('facilitator', e) && !mayUse('participant', e))).toBe(
      true,
    );
  });
});
