/**
 * An approval vote against a real server: the facilitator turns the VLR dot vote into an approval
 * vote, five participants cast over socket.io (one approves none of the items), the tally reaches
 * the facilitator, a later vote takes its top items, and the minutes report it.
 */
import { randomUUID } from 'node:crypto';
import type { Minutes, StakeholderGroup, VoteResults } from '@majlis/shared';
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

describe('an approval vote', () => {
  const t = useTestServer();

  it('counts approvals from several phones, feeds a later top-N vote and appears in the minutes', async () => {
    const w = await createWorkshop(t.url, { title: 'Approval', locale: 'en', template: 'vlr' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const [, brainstorm, vote, scoring] = (board.view()?.stages ?? []).map((s) => s.id) as string[];
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    const cleanup: Array<() => void> = [() => board.destroy(), () => facilitator.close()];
    try {
      await command(facilitator, 'stage:goto', { stageId: brainstorm as string });
      const itemIds: string[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await command(facilitator, 'item:add', {
          stageId: brainstorm as string,
          title: `Priority ${i + 1}`,
        });
        if (r.ok) itemIds.push(r.item.id);
      }
      const [a, b, c, d] = itemIds as [string, string, string, string];

      // Only the kind: the nearest list stage before the vote becomes its source.
      expect(
        await command(facilitator, 'vote:configure', {
          stageId: vote as string,
          settings: { kind: 'approval' },
        }),
      ).toMatchObject({ ok: true });
      expect(board.view()?.stages.find((s) => s.id === vote)?.vote?.settings).toEqual({
        kind: 'approval',
        anonymous: true,
        results: 'hidden',
        source: { type: 'list', stageId: brainstorm },
      });
      await command(facilitator, 'stage:goto', { stageId: vote as string });
      expect(await command(facilitator, 'vote:open', { stageId: vote as string })).toMatchObject({
        ok: true,
      });
      const tallies: VoteResults[] = [];
      facilitator.on('vote:tally', ({ stageId, results }) => {
        if (stageId === vote) tallies.push(results);
      });

      const groups: StakeholderGroup[] = ['government', 'government', 'government', 'community', 'academia'];
      const phones: ClientSocket[] = [];
      for (const [i, group] of groups.entries()) {
        const joined = await joinWorkshop(t.url, w.joinCode, { group, name: `P${i + 1}` });
        const socket = await connectSocket(t.url, joined.token);
        cleanup.push(() => socket.close());
        phones.push(socket);
      }
      const cast = (i: number, approved: string[]) =>
        command(phones[i] as ClientSocket, 'vote:cast', {
          stageId: vote as string,
          ballot: { kind: 'approval', approved },
          clientVoteId: voteId(),
        });

      // Refused: an item twice, an item that is not the vote's, a ballot of another kind.
      expect(await cast(0, [a, a])).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      expect(await cast(0, [a, 'it_elsewhere'])).toMatchObject({
        ok: false,
        error: { code: 'unknown_item' },
      });
      expect(
        await command(phones[0] as ClientSocket, 'vote:cast', {
          stageId: vote as string,
          ballot: { kind: 'dots', allocations: { [a]: 1 } },
          clientVoteId: voteId(),
        }),
      ).toMatchObject({ ok: false, error: { code: 'bad_request' } });

      expect(await cast(0, [b, a])).toMatchObject({
        ok: true,
        ballot: { kind: 'approval', approved: [a, b] },
      });
      expect(await cast(1, [a])).toMatchObject({ ok: true });
      // "None of these" is a ballot, and its voter counts.
      expect(await cast(2, [])).toMatchObject({ ok: true, ballot: { kind: 'approval', approved: [] } });
      expect(await cast(3, [c, a])).toMatchObject({ ok: true });
      expect(await cast(4, [a, b])).toMatchObject({ ok: true });
      // A changed mind replaces the ballot.
      expect(await cast(1, [d, a])).toMatchObject({ ok: true, ballot: { approved: [a, d] } });
      expect(
        await command(phones[1] as ClientSocket, 'vote:mine', { stageId: vote as string }),
      ).toMatchObject({ ok: true, ballot: { kind: 'approval', approved: [a, d] } });

      const last = await eventually(() => {
        const results = tallies.at(-1);
        return results?.voters === 5 && results.overall.kind === 'approval' ? results.overall : undefined;
      });
      expect(last.items).toEqual([
        { id: a, approvals: 4, share: 0.8, rank: 1, tied: false },
        { id: b, approvals: 2, share: 0.4, rank: 2, tied: false },
        { id: c, approvals: 1, share: 0.2, rank: 3, tied: true },
        { id: d, approvals: 1, share: 0.2, rank: 3, tied: true },
      ]);
      // Hidden until revealed: the room's doc has turnout, not results.
      await eventually(() => board.view()?.stages.find((s) => s.id === vote)?.vote?.turnout === 5);
      expect(board.view()?.stages.find((s) => s.id === vote)?.vote?.results ?? null).toBeNull();

      await command(facilitator, 'vote:close', { stageId: vote as string });
      await command(facilitator, 'vote:reveal', { stageId: vote as string });
      const shown = await eventually(
        () => board.view()?.stages.find((s) => s.id === vote)?.vote?.results ?? undefined,
      );
      expect(shown.overall).toEqual(last);

      // A later vote on the top two takes the two most approved items.
      expect(
        await command(facilitator, 'vote:configure', {
          stageId: scoring as string,
          settings: { kind: 'score', source: { type: 'top', stageId: vote as string, n: 2 } },
        }),
      ).toMatchObject({ ok: true });
      await command(facilitator, 'stage:goto', { stageId: scoring as string });
      expect(await command(facilitator, 'vote:open', { stageId: scoring as string })).toMatchObject({
        ok: true,
      });
      const targets = await eventually(() => {
        const fixed = board.view()?.stages.find((s) => s.id === scoring)?.vote?.targets;
        return fixed && fixed.length > 0 ? fixed : undefined;
      });
      expect([...targets].sort()).toEqual([a, b].sort());

      const minutes = await api<Minutes>(t.url, `/api/workshops/${w.id}/minutes.json`, {
        token: w.facilitatorKey,
      });
      expect(minutes.status).toBe(200);
      const minutesVote = minutes.body.stages.find((s) => s.id === vote)?.vote;
      expect(minutesVote).toMatchObject({
        kind: 'approval',
        method: 'Approval voting',
        turnout: 5,
        shownToRoom: true,
      });
      expect(minutesVote?.settings).toContain('Each participant approves any number of the items, or none');
      expect(minutesVote?.overall).toEqual({
        columns: ['Rank', 'Item', 'Approvals', 'Share of voters'],
        rows: [
          ['1', 'Priority 1', '4', '80%'],
          ['2', 'Priority 2', '2', '40%'],
          ['3=', 'Priority 3', '1', '20%'],
          ['3=', 'Priority 4', '1', '20%'],
        ],
      });
      const arabic = await api<Minutes>(t.url, `/api/workshops/${w.id}/minutes.json?locale=ar`, {
        token: w.facilitatorKey,
      });
      const arabicVote = arabic.body.stages.find((s) => s.id === vote)?.vote;
      expect(arabicVote?.method).toBe('التصويت بالموافقة');
      expect(arabicVote?.overall?.columns).toEqual(['الترتيب', 'البند', 'الموافقات', 'نسبة المصوّتين']);
    } finally {
      for (const close of cleanup) close();
    }
  });
});
