/**
 * Issue 8, item 2: organizers control who votes. The stuffing script (join again, vote again) gets
 * no counted ballot in invited-only mode nor with joining locked; a personal code on a second device
 * takes the same participant over; a removed participant's ballots leave every tally and the audit
 * chain records it; a vote can be limited to invited people present when it opened.
 */
import { randomUUID } from 'node:crypto';
import {
  type InviteInfo,
  type JoinResponse,
  type ParticipantInfo,
  setJoinLocked,
  setJoinMode,
  type VoteResults,
} from '@majlis/shared';
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
  rawYjs,
  synced,
  useTestServer,
} from '../support/testServer.js';

const voteId = () => randomUUID().replaceAll('-', '').slice(0, 20);
type Err = { error?: { code: string; message: string } };

describe('who votes: invitations, locking, removal, eligibility', () => {
  const t = useTestServer();

  /** A workshop with ideas on the brainstorm list, the facilitator's socket and Yjs replica. */
  async function room() {
    const w = await createWorkshop(t.url, { title: 'Integrity', locale: 'en', template: 'vlr' });
    const doc = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(doc);
    const stages = doc.view()?.stages ?? [];
    const brainstorm = stages[1]?.id as string;
    const dots = stages[2]?.id as string;
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    await command(facilitator, 'stage:goto', { stageId: brainstorm });
    const itemIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await command(facilitator, 'item:add', { stageId: brainstorm, title: `Priority ${i + 1}` });
      if (r.ok) itemIds.push(r.item.id);
    }
    await command(facilitator, 'stage:goto', { stageId: dots });
    const sockets: ClientSocket[] = [facilitator];
    const connect = async (token: string) => {
      const s = await connectSocket(t.url, token);
      sockets.push(s);
      return s;
    };
    const cast = (socket: ClientSocket, item: string, stageId = dots) =>
      command(socket, 'vote:cast', {
        stageId,
        ballot: { kind: 'dots', allocations: { [item]: 1 } },
        clientVoteId: voteId(),
      });
    const results = async () =>
      (
        await api<{ results: VoteResults }>(t.url, `/api/workshops/${w.id}/stages/${dots}/results`, {
          token: w.facilitatorKey,
        })
      ).body.results;
    const invite = async (people: Array<{ name: string; group: string; organization?: string }>) => {
      const res = await api<{ invites: InviteInfo[] }>(t.url, `/api/workshops/${w.id}/invites`, {
        token: w.facilitatorKey,
        body: { invites: people },
      });
      expect(res.status).toBe(201);
      return res.body.invites;
    };
    const claim = (code: string) => api<JoinResponse & Err>(t.url, '/api/invites/claim', { body: { code } });
    const participants = async () =>
      (
        await api<{ participants: ParticipantInfo[] }>(t.url, `/api/workshops/${w.id}/participants`, {
          token: w.facilitatorKey,
        })
      ).body.participants;
    const remove = (ids: string[], how: 'remove' | 'restore' = 'remove') =>
      api<{ removed?: string[]; restored?: string[] } & Err>(
        t.url,
        `/api/workshops/${w.id}/participants/${how}`,
        {
          token: w.facilitatorKey,
          body: { participantIds: ids },
        },
      );
    return {
      w,
      doc,
      dots,
      itemIds,
      facilitator,
      connect,
      cast,
      results,
      invite,
      claim,
      participants,
      remove,
      close: () => {
        for (const s of sockets) s.close();
        doc.destroy();
      },
    };
  }

  /** The stuffing script: join again and again by the workshop's code, voting each time. */
  async function stuff(r: Awaited<ReturnType<typeof room>>, times: number): Promise<number> {
    let counted = 0;
    for (let i = 0; i < times; i++) {
      const join = await api<JoinResponse & Err>(t.url, '/api/join', {
        body: { code: r.w.joinCode, name: `Bot ${i}`, group: 'government' },
      });
      if (join.status !== 201) continue;
      const socket = await r.connect(join.body.token);
      if ((await r.cast(socket, r.itemIds[0] as string)).ok) counted++;
    }
    return counted;
  }

  it('gives the stuffing script no ballot in invited-only mode, while each invited person votes once', async () => {
    const r = await room();
    const [amal, basim] = await r.invite([
      { name: 'Amal', group: 'government', organization: 'Municipality' },
      { name: 'Basim', group: 'un_agency' },
    ]);
    setJoinMode(r.doc.doc, 'invited');
    await eventually(
      async () =>
        (await api<Err>(t.url, '/api/join', { body: { code: r.w.joinCode, name: 'X', group: 'government' } }))
          .status === 403,
      3_000,
      'invited-only mode reaches the server',
    );
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const refused = await api<Err>(t.url, '/api/join', {
      body: { code: r.w.joinCode, name: 'X', group: 'government' },
    });
    expect(refused.body.error?.code).toBe('invite_only');
    expect(await stuff(r, 20)).toBe(0);

    const amalJoin = await r.claim((amal as InviteInfo).code);
    expect(amalJoin.status).toBe(201);
    expect(amalJoin.body.participantId).toBe(amal?.participantId);
    const phone = await r.connect(amalJoin.body.token);
    expect(await r.cast(phone, r.itemIds[0] as string)).toMatchObject({ ok: true });

    // The same badge on a second device: the same participant and ballot, never a second voter.
    const closed: string[] = [];
    phone.on('session:closed', (reason) => closed.push(reason.code));
    const again = await r.claim(
      `${(amal as InviteInfo).code.slice(0, 5).toLowerCase()} ${(amal as InviteInfo).code.slice(5)}`,
    );
    expect(again.body.participantId).toBe(amal?.participantId);
    expect(again.body.token).not.toBe(amalJoin.body.token);
    const laptop = await r.connect(again.body.token);
    expect(await r.cast(laptop, r.itemIds[1] as string)).toMatchObject({ ok: true });
    await eventually(() => closed.length > 0, 3_000, 'the first device is told');
    expect(closed).toEqual(['unauthorized']);
    await expect(connectSocket(t.url, amalJoin.body.token)).rejects.toThrow();
    // The group is the invitation's: a claim cannot choose another.
    const basimJoin = await r.claim((basim as InviteInfo).code);
    const session = await api<{ participant: { group: string; name: string } }>(t.url, '/api/session', {
      token: basimJoin.body.token,
    });
    expect(session.body.participant).toMatchObject({ group: 'un_agency', name: 'Basim' });

    await eventually(async () => (await r.results()).voters === 1, 3_000, 'one counted ballot');
    const counted = await r.results();
    expect(counted.voters).toBe(1);
    expect(
      counted.overall.kind === 'dots' && counted.overall.items.find((i) => i.id === r.itemIds[1])?.points,
    ).toBe(1);
    r.close();
  });

  it('gives the stuffing script no ballot in open mode once joining is locked', async () => {
    const r = await room();
    const honest = await joinWorkshop(t.url, r.w.joinCode, { name: 'Honest', group: 'academia' });
    setJoinLocked(r.doc.doc, true);
    await eventually(
      async () =>
        (await api<Err>(t.url, '/api/join', { body: { code: r.w.joinCode, name: 'X', group: 'government' } }))
          .status === 403,
      3_000,
      'lock reaches the server',
    );
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    expect(await stuff(r, 20)).toBe(0);
    const phone = await r.connect(honest.token);
    expect(await r.cast(phone, r.itemIds[2] as string)).toMatchObject({ ok: true });
    await eventually(async () => (await r.results()).voters === 1, 3_000, 'the honest ballot counts');
    r.close();
  });

  it('takes a removed participant’s ballots out of every tally, cuts them off with 4403, and audits it', async () => {
    const r = await room();
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const stuffer = await joinWorkshop(t.url, r.w.joinCode, { name: 'Stuffer', group: 'government' });
    const honest = await joinWorkshop(t.url, r.w.joinCode, { name: 'Honest', group: 'academia' });
    const stufferPhone = await r.connect(stuffer.token);
    const honestPhone = await r.connect(honest.token);
    await r.cast(stufferPhone, r.itemIds[0] as string);
    await r.cast(honestPhone, r.itemIds[1] as string);
    await eventually(async () => (await r.results()).voters === 2, 3_000, 'both ballots counted');
    const yjs = rawYjs(t.url, r.w.id, stuffer.token);
    await yjs.opened;
    const told: string[] = [];
    stufferPhone.on('session:closed', (reason) => told.push(reason.code));
    const tallies: VoteResults[] = [];
    r.facilitator.on('vote:tally', ({ results }) => tallies.push(results));

    const removed = await r.remove([stuffer.participantId]);
    expect(removed.status).toBe(200);
    expect(removed.body.removed).toEqual([stuffer.participantId]);

    const after = await r.results();
    expect(after.voters).toBe(1);
    expect(
      after.overall.kind === 'dots' && after.overall.items.find((i) => i.id === r.itemIds[0])?.points,
    ).toBe(0);
    await eventually(() => tallies.at(-1)?.voters === 1, 3_000, 'facilitators get the new tally');
    await eventually(() => told.length > 0, 3_000, 'the removed phone is told');
    expect(told).toEqual(['forbidden']);
    expect(await yjs.closed).toBe(4403);
    // The credential stays refused everywhere.
    expect((await api<Err>(t.url, '/api/session', { token: stuffer.token })).status).toBe(403);
    await expect(connectSocket(t.url, stuffer.token)).rejects.toThrow(/forbidden/);
    const audit = await api<{ entries: Array<{ action: string; details?: { participantId?: string } }> }>(
      t.url,
      `/api/workshops/${r.w.id}/audit`,
      { token: r.w.facilitatorKey },
    );
    expect(
      audit.body.entries.some(
        (e) => e.action === 'participant.removed' && e.details?.participantId === stuffer.participantId,
      ),
    ).toBe(true);
    expect((await r.participants()).find((p) => p.id === stuffer.participantId)?.removedAt).toEqual(
      expect.any(Number),
    );

    // Restoring brings the ballot back; removing twice, or someone unknown, changes nothing.
    expect((await r.remove([stuffer.participantId], 'restore')).body.restored).toEqual([
      stuffer.participantId,
    ]);
    expect((await r.results()).voters).toBe(2);
    expect((await r.remove(['p_unknown1'])).status).toBe(404);
    r.close();
  });

  it('limits a vote to invited people present when it opened', async () => {
    const r = await room();
    await command(r.facilitator, 'vote:configure', {
      stageId: r.dots,
      settings: {
        kind: 'dots',
        budget: 3,
        maxPerItem: 3,
        anonymous: true,
        results: 'hidden',
        eligibility: 'present-invited',
        source: { type: 'list', stageId: r.doc.view()?.stages[1]?.id as string },
      },
    });
    const [here, late] = await r.invite([
      { name: 'Here', group: 'civil_society' },
      { name: 'Late', group: 'civil_society' },
    ]);
    const herePhone = await r.connect((await r.claim((here as InviteInfo).code)).body.token);
    const walkIn = await r.connect((await joinWorkshop(t.url, r.w.joinCode, { name: 'Walk-in' })).token);
    await command(r.facilitator, 'vote:open', { stageId: r.dots });
    const latePhone = await r.connect((await r.claim((late as InviteInfo).code)).body.token);
    expect(await r.cast(herePhone, r.itemIds[0] as string)).toMatchObject({ ok: true });
    expect(await r.cast(latePhone, r.itemIds[0] as string)).toMatchObject({
      ok: false,
      error: { code: 'not_eligible' },
    });
    expect(await r.cast(walkIn, r.itemIds[0] as string)).toMatchObject({
      ok: false,
      error: { code: 'not_eligible' },
    });
    r.close();
  });

  it('lists participants with a burst of joins from one address, and refuses bad requests clearly', async () => {
    const r = await room();
    for (let i = 0; i < 35; i++) await joinWorkshop(t.url, r.w.joinCode, { name: `Bot ${i}` });
    const listed = await r.participants();
    expect(listed).toHaveLength(35);
    expect(new Set(listed.map((p) => p.addressTag)).size).toBe(1);
    expect(listed[0]?.addressTag).not.toContain('127');
    const { findJoinBursts } = await import('@majlis/shared');
    const bursts = findJoinBursts(listed.map((p) => ({ ...p, removed: p.removedAt !== null })));
    expect(bursts.map((b) => [b.kind, b.participantIds.length])).toEqual([['address', 35]]);

    const phone = await joinWorkshop(t.url, r.w.joinCode, { name: 'Phone' });
    const asPhone = await api<Err>(t.url, `/api/workshops/${r.w.id}/participants`, { token: phone.token });
    expect([asPhone.status, asPhone.body.error?.code]).toEqual([403, 'forbidden']);
    const asBoard = await api<Err>(t.url, `/api/workshops/${r.w.id}/invites`, {
      token: r.w.boardToken,
      body: { invites: [{ name: 'X', group: 'other' }] },
    });
    expect(asBoard.status).toBe(403);
    const bad = await api<Err>(t.url, `/api/workshops/${r.w.id}/invites`, {
      token: r.w.facilitatorKey,
      body: { invites: [{ name: '', group: 'aliens' }] },
    });
    expect([bad.status, bad.body.error?.code]).toEqual([400, 'bad_request']);
    expect(
      (
        await api<Err>(t.url, `/api/workshops/${r.w.id}/participants/remove`, {
          token: r.w.facilitatorKey,
          body: { participantIds: [] },
        })
      ).status,
    ).toBe(400);
    const unknown = await r.claim('ZZZZZ-ZZZZZ');
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'not_found']);
    expect((await r.claim('not a code')).status).toBe(404);
    r.close();
  });

  it('withdraws and reissues personal codes: the old code stops and its devices are cut off', async () => {
    const r = await room();
    const [guest] = await r.invite([{ name: 'Guest', group: 'academia' }]);
    const joined = await r.claim((guest as InviteInfo).code);
    const phone = await r.connect(joined.body.token);
    const told: string[] = [];
    phone.on('session:closed', (reason) => told.push(reason.code));
    const reissued = await api<{ invite: InviteInfo }>(
      t.url,
      `/api/workshops/${r.w.id}/invites/${guest?.id}/reissue`,
      {
        token: r.w.facilitatorKey,
        method: 'POST',
      },
    );
    expect(reissued.body.invite.code).not.toBe(guest?.code);
    expect(reissued.body.invite.joinedAt).toEqual(expect.any(Number));
    await eventually(() => told.length > 0, 3_000, 'the old device is cut off');
    expect((await r.claim((guest as InviteInfo).code)).status).toBe(404);
    expect((await r.claim(reissued.body.invite.code)).body.participantId).toBe(guest?.participantId);
    const withdrawn = await api<{ invite: InviteInfo }>(
      t.url,
      `/api/workshops/${r.w.id}/invites/${guest?.id}`,
      {
        token: r.w.facilitatorKey,
        method: 'DELETE',
      },
    );
    expect(withdrawn.body.invite.revokedAt).toEqual(expect.any(Number));
    expect((await r.claim(reissued.body.invite.code)).status).toBe(404);
    r.close();
  });
});
