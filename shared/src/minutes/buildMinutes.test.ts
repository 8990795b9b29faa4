import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setMinutesInfo } from '../doc/minutesInfoOps.js';
import { updateVote } from '../doc/voteOps.js';
import { buildMinutes } from './buildMinutes.js';
import { FIXTURE_STAGES, minutesFixture } from './minutesFixture.js';

describe('buildMinutes', () => {
  it('reads the header, falling back to the day the workshop was created', () => {
    const { doc, ctx } = minutesFixture('en');
    const m = buildMinutes(doc, ctx);
    expect(m).toMatchObject({
      version: 1,
      locale: 'en',
      dir: 'ltr',
      workshopId: 'ws_fixture01',
      date: '2026-11-18',
      place: 'Greater Amman Municipality, Amman',
      organizers: ['Greater Amman Municipality', 'UN-Habitat'],
    });
    setMinutesInfo(doc, { date: '2026-12-01' });
    expect(buildMinutes(doc, ctx).date).toBe('2026-12-01');
    expect(buildMinutes(doc, { ...ctx, locale: 'ar' })).toMatchObject({ dir: 'rtl', locale: 'ar' });
  });

  it('counts attendance by group and names only those who agreed', () => {
    const { doc, ctx } = minutesFixture('ar');
    const { attendance } = buildMinutes(doc, ctx);
    expect(attendance.total).toBe(9);
    expect(attendance.byGroup.map((g) => [g.group, g.count])).toEqual([
      ['government', 3],
      ['un_agency', 1],
      ['civil_society', 1],
      ['academia', 1],
      ['community', 3],
    ]);
    expect(attendance.named.map((p) => p.name)).toEqual([
      'ليلى حداد',
      'سامي العلي',
      'Rana Saleh',
      'Yousef N.',
      'نور',
    ]);
  });

  it('lists active items with their groups, theme and merged provenance', () => {
    const { doc, ctx } = minutesFixture('en');
    const stage = buildMinutes(doc, ctx).stages[1];
    expect(stage?.items.map((i) => i.id)).toEqual([
      'it_walk',
      'it_solar',
      'it_data',
      'it_heat',
      'it_bus',
      'it_flood',
    ]);
    expect(stage?.items[4]).toMatchObject({
      n: 5,
      sdgs: [1, 10, 11],
      groups: ['Civil society', 'Community and youth'],
      theme: 'Mobility',
      mergedFrom: [{ title: 'A bus line to Marka and Sahab', group: 'Civil society' }],
    });
    expect(stage?.notes[0]).toMatchObject({ type: 'heading', level: 1 });
  });

  it('tabulates each vote, with ties marked and groups pooled', () => {
    const { doc, ctx } = minutesFixture('en');
    const [, , dots, scoring] = buildMinutes(doc, ctx).stages;
    expect(dots?.vote).toMatchObject({ kind: 'dots', method: 'Dot voting', shownToRoom: true, turnout: 8 });
    expect(dots?.vote?.overall?.rows[2]).toEqual(['3=', 'Heatwave adaptation plan', '7']);
    expect(dots?.vote?.byGroup.map((g) => [g.group, g.voters])).toEqual([
      ['Community and youth', 3],
      ['Other and smaller groups (pooled)', 5],
    ]);
    expect(scoring?.vote).toMatchObject({ kind: 'score', shownToRoom: false, turnout: 4 });
    expect(scoring?.vote?.overall?.columns).toEqual([
      'Rank',
      'Item',
      'Impact',
      'Feasibility',
      'Weighted total',
      'Responses',
    ]);
    expect(scoring?.vote?.overall?.rows[0]).toEqual([
      '1',
      'Safe walking routes around schools',
      '4.00',
      '4.33',
      '4.17',
      '3',
    ]);
  });

  it('reports no table when nobody voted, and the doc results when the server gives none', () => {
    const { doc, ctx, results } = minutesFixture('en');
    const none = buildMinutes(doc, { ...ctx, results: new Map() });
    // The dot vote was revealed, so the doc holds its results; the score vote's are only on the server.
    expect(none.stages[2]?.vote?.overall?.rows).toHaveLength(6);
    expect(none.stages[3]?.vote?.overall).toBeNull();
    const dots = results.get(FIXTURE_STAGES.dots);
    if (!dots) throw new Error('fixture has dot results');
    const empty = new Map([[FIXTURE_STAGES.dots, { ...dots, voters: 0 }]]);
    expect(buildMinutes(doc, { ...ctx, results: empty }).stages[2]?.vote).toMatchObject({
      overall: null,
      byGroup: [],
    });
    updateVote(doc, FIXTURE_STAGES.dots, { results: null });
    expect(buildMinutes(doc, { ...ctx, results: new Map() }).stages[2]?.vote?.overall).toBeNull();
  });

  it('puts outcomes under their stage or the workshop', () => {
    const { doc, ctx } = minutesFixture('en');
    const m = buildMinutes(doc, ctx);
    const decisions = m.stages[4];
    expect(decisions?.decisions[0]).toMatchObject({
      text: 'Adopt the top five priorities for the second review',
      owner: '',
      statusLabel: '',
      items: ['Bus network to the outer districts', 'Safe walking routes around schools'],
    });
    expect(decisions?.actions[0]).toMatchObject({
      due: '2027-01-31',
      status: 'in_progress',
      statusLabel: 'In progress',
    });
    expect(m.actions.map((a) => a.owner)).toEqual(['VLR team']);
    expect(m.decisions).toEqual([]);
  });

  it('sums items and dot points per goal', () => {
    const { doc, ctx } = minutesFixture('en');
    const summary = buildMinutes(doc, ctx).sdgSummary;
    expect(summary.find((g) => g.sdg === 11)).toMatchObject({
      items: 5,
      votes: 27,
      title: 'Sustainable Cities and Communities',
    });
    expect(summary.find((g) => g.sdg === 6)).toMatchObject({ items: 1, votes: 0 });
    expect(summary.find((g) => g.sdg === 2)).toBeUndefined();
  });

  it('refuses a doc without a workshop', () => {
    const { ctx } = minutesFixture('en');
    expect(() => buildMinutes(new Y.Doc(), ctx)).toThrow();
  });
});
