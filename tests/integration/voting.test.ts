import { randomUUID } from 'node:crypto';
import type { StakeholderGroup, VoteResults, WorkshopSummary } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  api,
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  synced,
  useTestServer,
} from '../support/testServer.js';

const voteId = () => randomUUID().replaceAll('-', '').slice(0, 20);

describe('voting', () => {
  const t = useTestServer();

  /** A VLR workshop with ideas on the brainstorm list and the room on the dot vote. */
  async function votingRoom(ideas = 6) {
    const w = await createWorkshop(t.url, { title: 'Vote', locale: 'en', template: 'vlr' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const stages = board.view()?.stages ?? [];
    const brainstorm = stages[1]?.id as string;
    const dots = stages[2]?.id as string;
    const scoring = stages[3]?.id as string;
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    await command(facilitator, 'stage:goto', { stageId: brainstorm });
    const itemIds: string[] = [];
    for (let i = 0; i < ideas; i++) {
      const r = await command(facilitator, 'item:add', { stageId: brainstorm, title: `Priority ${i + 1}` });
      if (r.ok) itemIds.push(r.item.id);
    }
    await command(facilitator, 'stage:goto', { stageId: dots });
    const cleanup: Array<() => void> = [() => board.destroy(), () => facilitator.close()];
    const phone = async (group: StakeholderGroup = 'government', name = 'P') => {
      const joined = await joinWorkshop(t.url, w.joinCode, { group, name });
      const socket = await connectSocket(t.url, joined.token);
      cleanup.push(() => socket.close());
      return { ...joined, socket };
    };
    /** What the room's doc says of a vote stage. */
    const voteOf = (stageId: string) => board.view()?.stages.find((s) => s.id === stageId)?.vote;
    /** Casts a dot ballot on the dot vote (or another stage) with a fresh idempotency key. */
    const castDots = (socket: ClientSocket, allocations: Record<string, number>, stageId = dots) =>
      command(socket, 'vote:cast', {
        stageId,
        ballot: { kind: 'dots', allocations },
        clientVoteId: voteId(),
      });
    return {
      w,
      board,
      facilitator,
      voteOf,
      castDots,
      brainstorm,
      dots,
      scoring,
      itemIds,
      phone,
      close: () => {
        for (const c of cleanup) c();
      },
    };
  }

  it('acknowledges a replay of a superseded ballot without letting it replace the newer one', async () => {
    const r = await votingRoom();
    const [a, b] = r.itemIds as [string, string];
    const p = await r.phone('government', 'Hana');
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const tallies: VoteResults[] = [];
    r.facilitator.on('vote:tally', ({ results }) => tallies.push(results));
    const cast = (allocations: Record<string, number>, clientVoteId: string) =>
      command(p.socket, 'vote:cast', {
        stageId: r.dots,
        ballot: { kind: 'dots', allocations },
        clientVoteId,
      });
    const [first, second] = [voteId(), voteId()];
    expect(await cast({ [a]: 3 }, first)).toMatchObject({ ok: true });
    expect(await cast({ [b]: 2 }, second)).toMatchObject({ ok: true });
    // The outbox resends ballot A after its ack was lost: answered with what stands, B.
    expect(await cast({ [a]: 3 }, first)).toMatchObject({ ok: true, ballot: { allocations: { [b]: 2 } } });
    expect(await command(p.socket, 'vote:mine', { stageId: r.dots })).toMatchObject({
      ok: true,
      ballot: { allocations: { [b]: 2 } },
    });
    // A new ballot and a replay of an old one at the same moment: the new one stands.
    const third = voteId();
    await Promise.all([cast({ [a]: 1, [b]: 1 }, third), cast({ [b]: 2 }, second), cast({ [a]: 3 }, first)]);
    expect(await command(p.socket, 'vote:mine', { stageId: r.dots })).toMatchObject({
      ballot: { allocations: { [a]: 1, [b]: 1 } },
    });
    expect(await cast({ [b]: 2 }, second)).toMatchObject({
      ok: true,
      ballot: { allocations: { [a]: 1, [b]: 1 } },
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const points = (results: VoteResults | undefined, id: string) =>
      results?.overall.kind === 'dots' ? results.overall.items.find((i) => i.id === id)?.points : undefined;
    expect([points(tallies.at(-1), a), points(tallies.at(-1), b)]).toEqual([1, 1]);
    r.close();
  });

  it('publishes a live anonymous vote only in steps of three voters, and no breakdown by group before close', async () => {
    const r = await votingRoom();
    await command(r.facilitator, 'vote:configure', {
      stageId: r.dots,
      settings: {
        kind: 'dots',
        budget: 3,
        maxPerItem: 3,
        anonymous: true,
        results: 'live',
        source: { type: 'list', stageId: r.brainstorm },
      },
    });
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    // The attacker records every result the room's replica ever shows.
    const seen: VoteResults[] = [];
    const record = () => {
      const results = r.voteOf(r.dots)?.results;
      if (results && JSON.stringify(results) !== JSON.stringify(seen.at(-1))) seen.push(results);
    };
    r.board.doc.on('update', record);
    const groups: StakeholderGroup[] = [
      'government',
      'government',
      'government',
      'civil_society',
      'academia',
      'academia',
      'academia',
    ];
    for (const [i, group] of groups.entries()) {
      const p = await r.phone(group, `Voter ${i}`);
      await r.castDots(p.socket, { [r.itemIds[i % 6] as string]: 3 });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const beforeClose = [...seen];
    await command(r.facilitator, 'vote:close', { stageId: r.dots });
    await eventually(() => r.voteOf(r.dots)?.results?.byGroup.length, 3_000, 'breakdown after close');
    r.board.doc.off('update', record);

    // While open: every published step adds at least three voters, and never a group breakdown.
    // (An empty result, published when the vote opens, tells nothing.)
    const withBallots = beforeClose.filter((x) => x.voters > 0);
    let voters = 0;
    for (const results of withBallots) {
      expect(results.byGroup).toEqual([]);
      expect(results.voters - voters).toBeGreaterThanOrEqual(3);
      voters = results.voters;
    }
    expect(withBallots.map((x) => x.voters)).toEqual([3, 6]);
    expect(r.voteOf(r.dots)?.results?.voters).toBe(7);
    r.close();
  });

  it('runs a dot vote: configured, opened, cast, closed, revealed — ballots never in the doc', async () => {
    const r = await votingRoom();
    const [a, b] = r.itemIds as [string, string];
    const p1 = await r.phone('government', 'Hana');
    const p2 = await r.phone('academia', 'Sami');

    expect(await r.castDots(p1.socket, { [a]: 1 })).toMatchObject({
      ok: false,
      error: { code: 'vote_closed' },
    });
    expect(await command(r.facilitator, 'vote:open', { stageId: r.dots })).toEqual({
      ok: true,
      stageId: r.dots,
      state: 'open',
    });
    // The workshop summary carries each vote stage's settings and state, for any credential.
    const summary = await api<WorkshopSummary>(t.url, `/api/workshops/${r.w.id}`, { token: p1.token });
    expect(summary.body.stages.find((s) => s.id === r.dots)).toMatchObject({
      kind: 'vote',
      state: 'open',
      vote: {
        settings: { kind: 'dots', budget: 5, maxPerItem: 3, anonymous: true, results: 'hidden' },
        turnout: 0,
      },
    });
    await eventually(() => r.voteOf(r.dots)?.targets.length === 6);

    const tallies: VoteResults[] = [];
    r.facilitator.on('vote:tally', ({ results }) => tallies.push(results));
    const leaked: unknown[] = [];
    (p2.socket as unknown as { onAny: (fn: (e: string) => void) => void }).onAny(
      (e) => e === 'vote:tally' && leaked.push(e),
    );

    const cast1 = await r.castDots(p1.socket, { [a]: 3, [b]: 2, [r.itemIds[2] as string]: 0 });
    expect(cast1).toMatchObject({ ok: true, ballot: { kind: 'dots', allocations: { [a]: 3, [b]: 2 } } });
    // Changing one's ballot replaces it.
    await r.castDots(p2.socket, { [a]: 1 });
    await r.castDots(p2.socket, { [b]: 3 });
    expect(await command(p2.socket, 'vote:mine', { stageId: r.dots })).toMatchObject({
      ok: true,
      ballot: { allocations: { [b]: 3 } },
    });

    await eventually(() => r.voteOf(r.dots)?.turnout === 2, 3_000, 'turnout');
    await eventually(() => tallies.at(-1)?.voters === 2, 3_000, 'facilitator tally');
    const hidden = tallies.at(-1);
    expect(hidden?.overall.kind).toBe('dots');
    const items = hidden?.overall.kind === 'dots' ? hidden.overall.items : [];
    expect(items.slice(0, 2)).toMatchObject([
      { id: b, points: 5, rank: 1, tied: false },
      { id: a, points: 3, rank: 2, tied: false },
    ]);
    expect(items.slice(2).every((i) => i.points === 0 && i.rank === 3 && i.tied)).toBe(true);
    expect(leaked).toEqual([]);
    expect(r.voteOf(r.dots)?.results).toBeNull();

    // The shared doc holds no ballot and no participant id, before or after reveal.
    const rawBefore = JSON.stringify(r.board.doc.toJSON());
    expect(rawBefore).not.toContain(p1.participantId);
    expect(rawBefore).not.toContain(p2.participantId);

    expect(await command(r.facilitator, 'vote:close', { stageId: r.dots })).toMatchObject({
      ok: true,
      state: 'closed',
    });
    expect(await r.castDots(p1.socket, { [a]: 1 })).toMatchObject({
      ok: false,
      error: { code: 'vote_closed' },
    });
    expect(await command(r.facilitator, 'vote:reveal', { stageId: r.dots })).toMatchObject({
      ok: true,
      state: 'revealed',
    });
    const shown = await eventually(() => r.voteOf(r.dots)?.results ?? undefined);
    expect(shown.voters).toBe(2);
    expect(shown.byGroup).toEqual([]); // two voters: no group breakdown could stay anonymous
    const rawAfter = JSON.stringify(r.board.doc.toJSON());
    expect(rawAfter).not.toContain(p1.participantId);

    const audit = await api<{ entries: Array<{ action: string }>; verify: { valid: boolean } }>(
      t.url,
      `/api/workshops/${r.w.id}/audit`,
      { token: r.w.facilitatorKey },
    );
    expect(audit.body.entries.map((e) => e.action)).toEqual(['opened', 'closed', 'revealed']);
    expect(audit.body.verify.valid).toBe(true);
    expect(JSON.stringify(audit.body)).not.toContain(p1.participantId);
    r.close();
  });

  it('refuses hostile ballots and commands', async () => {
    const r = await votingRoom();
    await command(r.facilitator, 'vote:configure', {
      stageId: r.dots,
      settings: {
        kind: 'dots',
        budget: 3,
        maxPerItem: 2,
        anonymous: true,
        results: 'hidden',
        groups: ['government', 'academia'],
        source: { type: 'list', stageId: r.brainstorm },
      },
    });
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const p = await r.phone('government');
    const outsider = await r.phone('private_sector');
    const [a, b] = r.itemIds as [string, string];
    const cast = r.castDots;
    expect(await cast(p.socket, { [a]: 2, [b]: 2 })).toMatchObject({
      ok: false,
      error: { code: 'over_budget' },
    });
    expect(await cast(p.socket, { [a]: 3 })).toMatchObject({ ok: false, error: { code: 'over_cap' } });
    expect(await cast(p.socket, { notAnItem1234: 1 })).toMatchObject({
      ok: false,
      error: { code: 'unknown_item' },
    });
    expect(await cast(p.socket, { [a]: -1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await cast(outsider.socket, { [a]: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not_eligible' },
    });
    expect(
      await command(p.socket, 'vote:cast', {
        stageId: r.dots,
        ballot: { kind: 'rank', order: [a] },
        clientVoteId: voteId(),
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await command(p.socket, 'vote:open', { stageId: r.dots })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(p.socket, 'vote:reveal', { stageId: r.dots })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const boardSocket = await connectSocket(t.url, r.w.boardToken);
    expect(await cast(boardSocket, { [a]: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    boardSocket.close();
    expect(await r.castDots(r.facilitator, { [a]: 1 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // Settings cannot change under an open vote, and a foreign source is refused.
    expect(
      await command(r.facilitator, 'vote:configure', {
        stageId: r.dots,
        settings: {
          kind: 'dots',
          budget: 99,
          anonymous: true,
          results: 'hidden',
          source: { type: 'list', stageId: r.brainstorm },
        },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    expect(
      await command(r.facilitator, 'vote:configure', {
        stageId: r.scoring,
        settings: {
          kind: 'dots',
          budget: 3,
          anonymous: true,
          results: 'hidden',
          source: { type: 'list', stageId: 'OtherWorkshopStage' },
        },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });

    // Another workshop's participant cannot reach this vote.
    const other = await createWorkshop(t.url);
    const stranger = await joinWorkshop(t.url, other.joinCode);
    const strangerSocket = await connectSocket(t.url, stranger.token);
    expect(await cast(strangerSocket, { [a]: 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    strangerSocket.close();
    // A forged participant token does not even connect.
    await expect(
      connectSocket(
        t.url,
        p.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).rejects.toMatchObject({ message: 'unauthorized' });

    expect(await cast(p.socket, { [a]: 2, [b]: 1 })).toMatchObject({ ok: true });
    const results = await api<{ results: VoteResults; ballots?: unknown }>(
      t.url,
      `/api/workshops/${r.w.id}/stages/${r.dots}/results`,
      { token: r.w.facilitatorKey },
    );
    expect(results.status).toBe(200);
    expect(results.body.results.voters).toBe(1);
    expect(results.body.ballots).toBeUndefined(); // anonymous
    expect(
      (await api(t.url, `/api/workshops/${r.w.id}/stages/${r.dots}/results`, { token: p.token })).status,
    ).toBe(403);
    r.close();
  });

  it('freezes a vote’s settings once it has opened, except whether results are live', async () => {
    const r = await votingRoom(3);
    const base = {
      kind: 'dots' as const,
      budget: 5,
      maxPerItem: 3,
      anonymous: true,
      results: 'hidden' as const,
      source: { type: 'list' as const, stageId: r.brainstorm },
    };
    expect(await command(r.facilitator, 'vote:configure', { stageId: r.dots, settings: base })).toMatchObject(
      { ok: true },
    );
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const p = await r.phone();
    await r.castDots(p.socket, { [r.itemIds[0] as string]: 1 });
    await command(r.facilitator, 'vote:close', { stageId: r.dots });
    // Anonymous ballots must never become named, nor change meaning under a new kind or budget.
    for (const change of [
      { anonymous: false },
      { budget: 1 },
      { kind: 'rank' as const, budget: undefined },
    ]) {
      expect(
        await command(r.facilitator, 'vote:configure', { stageId: r.dots, settings: { ...base, ...change } }),
      ).toMatchObject({
        ok: false,
        error: { code: 'invalid_transition' },
      });
    }
    expect(
      await command(r.facilitator, 'vote:configure', {
        stageId: r.dots,
        settings: { ...base, results: 'live' },
      }),
    ).toMatchObject({ ok: true });
    // An empty list cannot be voted on: the reason is its own code.
    const empty = await createWorkshop(t.url, { title: 'Empty', locale: 'en', template: 'vlr' });
    const emptyBoard = connectYjs(t.url, empty.id, empty.boardToken);
    await synced(emptyBoard);
    const [, , dotsStage, scoringStage] = emptyBoard.view()?.stages ?? [];
    const f = await connectSocket(t.url, empty.facilitatorKey);
    expect(await command(f, 'vote:open', { stageId: dotsStage?.id as string })).toMatchObject({
      ok: false,
      error: { code: 'no_targets' },
    });
    // A vote may build only on an earlier vote, never a later one (they could not both open).
    expect(
      await command(f, 'vote:configure', {
        stageId: dotsStage?.id as string,
        settings: {
          kind: 'score',
          anonymous: true,
          results: 'hidden',
          source: { type: 'top', stageId: scoringStage?.id as string, n: 3 },
        },
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    f.close();
    emptyBoard.destroy();
    r.close();
  });

  it('delivers an offline phone’s ballot once, and only while the vote is open', async () => {
    const r = await votingRoom();
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const p = await r.phone();
    const [a] = r.itemIds as [string];
    const payload = {
      stageId: r.dots,
      ballot: { kind: 'dots' as const, allocations: { [a]: 2 } },
      clientVoteId: voteId(),
    };
    const first = await command(p.socket, 'vote:cast', payload);
    const again = await command(p.socket, 'vote:cast', payload);
    expect(first.ok && again.ok && again.castAt === first.castAt).toBe(true);
    await command(r.facilitator, 'vote:close', { stageId: r.dots });
    // The same ballot resent after closing is acknowledged; a new one is refused with the reason.
    expect(await command(p.socket, 'vote:cast', payload)).toMatchObject({ ok: true });
    expect(await command(p.socket, 'vote:cast', { ...payload, clientVoteId: voteId() })).toMatchObject({
      ok: false,
      error: { code: 'vote_closed' },
    });
    // Reopen, then reveal: the audit log records every step, chained.
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    await command(r.facilitator, 'vote:reveal', { stageId: r.dots });
    const audit = await api<{ entries: Array<{ action: string }>; verify: { valid: boolean } }>(
      t.url,
      `/api/workshops/${r.w.id}/audit`,
      { token: r.w.facilitatorKey },
    );
    expect(audit.body.entries.map((e) => e.action)).toEqual(['opened', 'closed', 'reopened', 'revealed']);
    expect(audit.body.verify).toEqual({ valid: true });
    r.close();
  });

  it('counts 200 concurrent ballots from 200 sockets exactly once each', async () => {
    const r = await votingRoom(5);
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const groups: StakeholderGroup[] = [
      'government',
      'un_agency',
      'civil_society',
      'academia',
      'private_sector',
      'community',
      'other',
    ];
    const phones = await Promise.all(
      Array.from({ length: 200 }, (_, i) => r.phone(groups[i % groups.length], `P${i}`)),
    );
    const acks = await Promise.all(
      phones.map((p, i) => r.castDots(p.socket, { [r.itemIds[i % 5] as string]: 1 + (i % 3) })),
    );
    expect(acks.filter((a) => a.ok)).toHaveLength(200);
    const expectedPoints = phones.reduce((sum, _p, i) => sum + 1 + (i % 3), 0);
    await command(r.facilitator, 'vote:close', { stageId: r.dots });
    const res = await api<{ results: VoteResults }>(
      t.url,
      `/api/workshops/${r.w.id}/stages/${r.dots}/results`,
      { token: r.w.facilitatorKey },
    );
    expect(res.body.results.voters).toBe(200);
    const overall = res.body.results.overall;
    const total = overall.kind === 'dots' ? overall.items.reduce((s, i) => s + i.points, 0) : -1;
    expect(total).toBe(expectedPoints);
    expect(res.body.results.byGroup.reduce((s, g) => s + g.voters, 0)).toBe(200);
    expect(res.body.results.byGroup.every((g) => g.voters >= 3)).toBe(true);
    await eventually(() => r.voteOf(r.dots)?.turnout === 200, 5_000, 'turnout 200');
    r.close();
  }, 60_000);

  it('scores the top five of the dot vote, with live results and named ballots for the facilitator', async () => {
    const r = await votingRoom(7);
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const voters = await Promise.all([
      r.phone('government', 'A'),
      r.phone('government', 'B'),
      r.phone('government', 'C'),
    ]);
    const [i0, i1, i2, i3, i4, i5] = r.itemIds as [string, string, string, string, string, string];
    for (const v of voters) {
      await r.castDots(v.socket, { [i0]: 2, [i1]: 1, [i2]: 1, [i3]: 1 });
    }
    await r.castDots(voters[0]?.socket as ClientSocket, { [i4]: 1, [i5]: 1 });
    await command(r.facilitator, 'vote:reveal', { stageId: r.dots });

    expect(
      await command(r.facilitator, 'vote:configure', {
        stageId: r.scoring,
        settings: {
          kind: 'score',
          anonymous: false,
          results: 'live',
          source: { type: 'top', stageId: r.dots, n: 5 },
        },
      }),
    ).toMatchObject({ ok: true });
    await command(r.facilitator, 'stage:goto', { stageId: r.scoring });
    await command(r.facilitator, 'vote:open', { stageId: r.scoring });
    const targets = await eventually(() => {
      const t2 = r.voteOf(r.scoring)?.targets;
      return t2 && t2.length > 0 ? t2 : undefined;
    });
    // i0 has 4 points, i1–i3 2 each, i4 and i5 1 each (tied fifth): the top five, ties included, is six items.
    expect([...targets].sort()).toEqual([i0, i1, i2, i3, i4, i5].sort());

    const scores = { [i0]: { impact: 5, feasibility: 2 }, [i1]: { impact: 3, feasibility: 4 } };
    for (const v of voters)
      await command(v.socket, 'vote:cast', {
        stageId: r.scoring,
        ballot: { kind: 'score', scores },
        clientVoteId: voteId(),
      });
    const live = await eventually(() => r.voteOf(r.scoring)?.results ?? undefined);
    await eventually(() => r.voteOf(r.scoring)?.results?.voters === 3);
    expect(live.overall.kind).toBe('score');
    const res = await api<{ results: VoteResults; ballots: Array<{ participant: { name: string } }> }>(
      t.url,
      `/api/workshops/${r.w.id}/stages/${r.scoring}/results`,
      { token: r.w.facilitatorKey },
    );
    expect(res.body.ballots.map((b) => b.participant.name).sort()).toEqual(['A', 'B', 'C']);
    const overall = res.body.results.overall;
    expect(overall.kind === 'score' && overall.items.find((i) => i.id === i0)).toMatchObject({
      n: 3,
      means: { impact: 5, feasibility: 2 },
      total: 3.5,
    });
    expect(res.body.results.byGroup).toEqual([expect.objectContaining({ group: 'government', voters: 3 })]);
    r.close();
  });

  it('sends a reconnecting console the hidden tallies at once, and a phone none', async () => {
    const r = await votingRoom(3);
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const p = await r.phone();
    await r.castDots(p.socket, { [r.itemIds[1] as string]: 2 });
    await eventually(() => r.voteOf(r.dots)?.turnout === 1);

    const heard = (events: Array<[string, unknown]>) => (event: string, payload: unknown) =>
      events.push([event, payload]);
    const consoleEvents: Array<[string, unknown]> = [];
    const late = await connectSocket(t.url, r.w.facilitatorKey, undefined, heard(consoleEvents));
    const [, tally] = await eventually(() => consoleEvents.find(([e]) => e === 'vote:tally'));
    expect(tally).toMatchObject({ stageId: r.dots, results: { voters: 1 } });
    late.close();

    const phoneEvents: Array<[string, unknown]> = [];
    const joined = await joinWorkshop(t.url, r.w.joinCode);
    const phone = await connectSocket(t.url, joined.token, undefined, heard(phoneEvents));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(phoneEvents.map(([e]) => e)).not.toContain('vote:tally');
    phone.close();
    r.close();
  });

  it('keeps ballots across a restart', async () => {
    const r = await votingRoom(3);
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const p = await r.phone();
    await r.castDots(p.socket, { [r.itemIds[0] as string]: 2 });
    await t.restart();
    await eventually(() => p.socket.connected, 10_000, 'reconnect');
    expect(await command(p.socket, 'vote:mine', { stageId: r.dots })).toMatchObject({
      ok: true,
      ballot: { allocations: { [r.itemIds[0] as string]: 2 } },
    });
    r.close();
  });
});
