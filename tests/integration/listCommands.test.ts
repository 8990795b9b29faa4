import { addStage, moveStage, updateStage } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  synced,
  useTestServer,
} from '../support/testServer.js';

describe('list commands and their refusals', () => {
  const t = useTestServer();

  async function setup() {
    const w = await createWorkshop(t.url, { title: 'Lists', locale: 'en', template: 'vlr' });
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitator);
    const stageId = facilitator.view()?.meta.currentStageId as string;
    const [a, b] = await Promise.all([
      joinWorkshop(t.url, w.joinCode, { name: 'A', group: 'government' }),
      joinWorkshop(t.url, w.joinCode, { name: 'B', group: 'academia' }),
    ]);
    const sa = await connectSocket(t.url, a.token);
    const sb = await connectSocket(t.url, b.token);
    const fs = await connectSocket(t.url, w.facilitatorKey);
    const close = () => {
      for (const s of [sa, sb, fs]) s.close();
      facilitator.destroy();
    };
    return { w, facilitator, stageId, sa, sb, fs, close };
  }

  it('lets authors edit and withdraw their own ideas, and nobody else’s', async () => {
    const { facilitator, stageId, sa, sb, fs, close } = await setup();
    const added = await command(sa, 'item:add', { stageId, title: 'Bus lanes', sdgs: [11] });
    if (!added.ok) throw new Error('add failed');
    const itemId = added.item.id;

    const edited = await command(sa, 'item:update', {
      itemId,
      title: 'Bus lanes on Zahran St',
      sdgs: [11, 9],
    });
    expect(edited).toMatchObject({ ok: true, item: { title: 'Bus lanes on Zahran St', sdgs: [9, 11] } });
    expect(await command(sb, 'item:update', { itemId, title: 'mine now' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(sb, 'item:withdraw', { itemId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(sa, 'item:update', { itemId })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await command(sa, 'item:update', { itemId: 'unknownItem1', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    expect(await command(sa, 'item:withdraw', { itemId })).toMatchObject({
      ok: true,
      item: { status: 'withdrawn' },
    });
    await eventually(() => facilitator.view()?.items.find((i) => i.id === itemId)?.status === 'withdrawn');
    expect(await command(sa, 'item:update', { itemId, title: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'stage_closed' },
    });
    expect(await command(sa, 'item:withdraw', { itemId, withdrawn: false })).toMatchObject({
      ok: true,
      item: { status: 'active' },
    });
    // The facilitator may edit anyone's idea.
    expect(
      await command(fs, 'item:update', { itemId, description: 'clarified by the facilitator' }),
    ).toMatchObject({
      ok: true,
    });
    close();
  });

  it('refuses participants on a locked list or a closed stage, but not the facilitator', async () => {
    const { facilitator, stageId, sa, fs, close } = await setup();
    const added = await command(sa, 'item:add', { stageId, title: 'Before the lock' });
    if (!added.ok) throw new Error('add failed');

    updateStage(facilitator.doc, stageId, { locked: true });
    await eventually(async () => {
      const r = await command(sa, 'item:add', { stageId, title: 'x' });
      return !r.ok && r.error.code === 'list_locked';
    });
    expect(await command(sa, 'item:update', { itemId: added.item.id, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'list_locked' },
    });
    expect(await command(sa, 'item:withdraw', { itemId: added.item.id })).toMatchObject({
      ok: false,
      error: { code: 'list_locked' },
    });
    expect(await command(fs, 'item:add', { stageId, title: 'The facilitator adds anyway' })).toMatchObject({
      ok: true,
    });

    updateStage(facilitator.doc, stageId, { locked: false, state: 'closed' });
    await new Promise((r) => setTimeout(r, 100));
    expect(await command(sa, 'item:add', { stageId, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'stage_closed' },
    });
    close();
  });

  it('runs timers on the server clock', async () => {
    const { facilitator, stageId, sa, fs, close } = await setup();
    const clock = await command(sa, 'clock:sync', {});
    expect(clock.ok && Math.abs(clock.now - Date.now())).toBeLessThan(1_000);

    const reset = await command(fs, 'timer:control', { stageId, action: 'reset', durationMs: 120_000 });
    expect(reset).toMatchObject({
      ok: true,
      timer: { status: 'idle', durationMs: 120_000, remainingMs: 120_000 },
    });
    const started = await command(fs, 'timer:control', { stageId, action: 'start' });
    if (!started.ok) throw new Error('start failed');
    expect(started.timer.endsAt).toBe(started.now + 120_000);
    const more = await command(fs, 'timer:control', { stageId, action: 'addMinute' });
    expect(more.ok && more.timer.endsAt).toBe(started.now + 180_000);
    await eventually(
      () => facilitator.view()?.stages.find((s) => s.id === stageId)?.timer.endsAt === started.now + 180_000,
    );
    const paused = await command(fs, 'timer:control', { stageId, action: 'pause' });
    expect(paused).toMatchObject({ ok: true, timer: { status: 'paused', endsAt: null } });
    expect(paused.ok && paused.timer.remainingMs).toBeGreaterThan(170_000);

    expect(await command(sa, 'timer:control', { stageId, action: 'start' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(fs, 'timer:control', { stageId, action: 'explode' as 'start' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await command(fs, 'timer:control', { stageId, action: 'reset', durationMs: -5 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    close();
  });

  it('follows the facilitator’s agenda edits made over Yjs', async () => {
    const { w, facilitator, sa, fs, close } = await setup();
    addStage(facilitator.doc, { id: 'extraStage01', kind: 'list', title: 'Parking lot', index: 0 });
    moveStage(facilitator.doc, 'extraStage01', 2);
    await eventually(async () => (await command(fs, 'stage:goto', { stageId: 'extraStage01' })).ok);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    expect(board.view()?.stages.map((s) => s.title)[2]).toBe('Parking lot');
    expect(board.view()?.meta.currentStageId).toBe('extraStage01');
    expect(
      await command(sa, 'item:add', { stageId: 'extraStage01', title: 'An idea for later' }),
    ).toMatchObject({
      ok: true,
    });
    board.destroy();
    close();
  });
});
