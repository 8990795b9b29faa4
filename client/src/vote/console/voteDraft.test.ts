import { DEFAULT_CRITERIA, type VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { freshId } from '../kinds/common/settingsIds';
import {
  type DraftContext,
  draftFrom,
  draftMatches,
  settingsFrom,
  settingsKey,
  westernDigits,
  withKind,
} from './voteDraft';

const context: DraftContext = {
  listStageIds: ['list_stage_1', 'list_stage_2'],
  voteStageIds: ['vote_stage_1'],
  themeIds: ['theme_one'],
  defaultCriteria: DEFAULT_CRITERIA,
};

const vlrDots: VoteSettings = {
  kind: 'dots',
  budget: 5,
  maxPerItem: 3,
  anonymous: true,
  results: 'hidden',
  source: { type: 'list', stageId: 'list_stage_2' },
};

describe('vote settings draft', () => {
  it('round-trips the settings of every kind', () => {
    const all: VoteSettings[] = [
      vlrDots,
      { kind: 'rank', rankTop: 3, anonymous: false, results: 'live', source: vlrDots.source },
      { kind: 'rank', anonymous: true, results: 'hidden', source: { type: 'theme', themeId: 'theme_one' } },
      {
        kind: 'score',
        criteria: [
          { id: 'impact', label: 'الأثر', weight: 2 },
          { id: 'feasibility', label: 'قابلية التنفيذ', weight: 0.5 },
        ],
        anonymous: true,
        results: 'hidden',
        source: { type: 'top', stageId: 'vote_stage_1', n: 5 },
      },
      {
        kind: 'poll',
        options: [
          { id: 'a', label: 'Yes' },
          { id: 'b', label: 'No' },
        ],
        multiple: true,
        anonymous: true,
        results: 'live',
        groups: ['academia', 'government'],
        source: { type: 'options' },
      },
      { kind: 'status', anonymous: true, results: 'hidden', source: vlrDots.source },
    ];
    for (const settings of all) {
      const result = settingsFrom(draftFrom(settings, context));
      expect(result).toEqual({ ok: true, settings });
    }
  });

  it('starts an unconfigured vote as dots on the first list', () => {
    const result = settingsFrom(draftFrom(null, context));
    expect(result).toEqual({
      ok: true,
      settings: { ...vlrDots, source: { type: 'list', stageId: 'list_stage_1' } },
    });
  });

  it('sends only the chosen kind’s fields, and a poll always votes on its options', () => {
    const draft = withKind(draftFrom(vlrDots, context), 'poll');
    expect(draft.sourceType).toBe('options');
    const poll = settingsFrom({
      ...draft,
      options: [
        { id: 'o1', label: 'A' },
        { id: 'o2', label: 'B' },
      ],
    });
    expect(poll.ok && poll.settings).toEqual({
      kind: 'poll',
      options: [
        { id: 'o1', label: 'A' },
        { id: 'o2', label: 'B' },
      ],
      multiple: false,
      anonymous: true,
      results: 'hidden',
      source: { type: 'options' },
    });
    // Back from a poll: the list source comes back, and the dots typed before are still there.
    const back = withKind(draft, 'dots');
    expect(back.sourceType).toBe('list');
    expect(settingsFrom(back)).toEqual({ ok: true, settings: vlrDots });
  });

  it('names the fields that are wrong', () => {
    const draft = draftFrom(vlrDots, context);
    expect(settingsFrom({ ...draft, budget: 'five', maxPerItem: '0' })).toEqual({
      ok: false,
      errors: { budget: 'count', maxPerItem: 'count' },
    });
    expect(settingsFrom({ ...draft, maxPerItem: '' })).toMatchObject({ ok: true });
    expect(settingsFrom({ ...draft, sourceType: 'top', topN: '' })).toEqual({
      ok: false,
      errors: { topN: 'count' },
    });
    expect(settingsFrom({ ...draft, sourceType: 'theme', themeId: '' })).toEqual({
      ok: false,
      errors: { source: 'source' },
    });
    expect(settingsFrom({ ...draft, everyone: false, groups: [] })).toEqual({
      ok: false,
      errors: { groups: 'groups' },
    });
    const score = withKind(draft, 'score');
    expect(
      settingsFrom({
        ...score,
        criteria: [
          { id: 'impact', label: '  ', weight: '1' },
          { id: 'feasibility', label: 'F', weight: 'x' },
        ],
      }),
    ).toEqual({ ok: false, errors: { 'criteria.0.label': 'label', 'criteria.1.weight': 'weight' } });
    expect(
      settingsFrom({
        ...score,
        criteria: [
          { id: 'impact', label: 'I', weight: '0' },
          { id: 'feasibility', label: 'F', weight: '0' },
        ],
      }),
    ).toEqual({ ok: false, errors: { criteria: 'weights' } });
    const poll = withKind(draft, 'poll');
    expect(settingsFrom(poll)).toEqual({
      ok: false,
      errors: { 'options.0.label': 'label', 'options.1.label': 'label' },
    });
  });

  it('reads numbers typed with Arabic-Indic digits', () => {
    const draft = draftFrom(vlrDots, context);
    expect(westernDigits('١٢ و ۳')).toBe('12 و 3');
    expect(settingsFrom({ ...draft, budget: '٧', maxPerItem: '٢' })).toMatchObject({
      ok: true,
      settings: { budget: 7, maxPerItem: 2 },
    });
    const score = withKind(draft, 'score');
    const weighted = settingsFrom({
      ...score,
      criteria: [
        { id: 'impact', label: 'I', weight: '١٫٥' },
        { id: 'feasibility', label: 'F', weight: '1,5' },
      ],
    });
    expect(weighted.ok && weighted.settings.criteria?.map((c) => c.weight)).toEqual([1.5, 1.5]);
  });

  it('makes ids the schema accepts and the list does not use', () => {
    expect(freshId([{ id: 'impact' }, { id: 'c_3' }], 'c')).toBe('c_4');
    expect(freshId([{ id: 'o2' }, { id: 'o3' }], 'o')).toBe('o4');
    expect(freshId([], 'c')).toBe('c_1');
  });
});

describe('draft and stored settings', () => {
  it('matches whatever the key order, and notices a change', () => {
    const reordered = JSON.parse(
      '{"source":{"stageId":"list_stage_2","type":"list"},"results":"hidden","anonymous":true,"maxPerItem":3,"budget":5,"kind":"dots"}',
    ) as VoteSettings;
    const draft = draftFrom(vlrDots, context);
    expect(draftMatches(draft, reordered)).toBe(true);
    expect(settingsKey(reordered)).toBe(settingsKey(vlrDots));
    expect(draftMatches({ ...draft, budget: '6' }, vlrDots)).toBe(false);
    expect(draftMatches({ ...draft, budget: 'x' }, vlrDots)).toBe(false);
    expect(draftMatches(draftFrom(null, context), null)).toBe(false);
  });
});
