/** Issue 8, item 6: many sockets on one credential must neither multiply nor flood the room. */
import { describe, expect, it } from 'vitest';
import {
  type ClientSocket,
  connectSocket,
  createWorkshop,
  eventually,
  joinWorkshop,
  useTestServer,
} from '../support/testServer.js';

describe('sockets per credential', () => {
  const t = useTestServer();

  it('keeps at most five sockets per participant token, closing the oldest, and coalesces presence', async () => {
    const w = await createWorkshop(t.url);
    const updates: unknown[] = [];
    const board = await connectSocket(t.url, w.boardToken, undefined, (event, payload) => {
      if (event === 'presence:update') updates.push(payload);
    });
    const phone = await joinWorkshop(t.url, w.joinCode);
    const sockets: ClientSocket[] = [];
    const dropped: string[] = [];
    for (let i = 0; i < 40; i++) {
      const socket = await connectSocket(t.url, phone.token);
      socket.io.opts.reconnection = false;
      socket.on('disconnect', (reason) => dropped.push(reason));
      sockets.push(socket);
    }
    await eventually(() => sockets.filter((s) => s.connected).length === 5, 3_000, 'five left');
    expect(sockets.slice(-5).every((s) => s.connected)).toBe(true);
    expect(dropped).toHaveLength(35);
    expect(new Set(dropped)).toEqual(new Set(['io server disconnect']));
    await new Promise((r) => setTimeout(r, 600));
    // 40 connections and 35 disconnections of one person: a handful of updates, not 75.
    expect(updates.length).toBeLessThanOrEqual(8);
    expect(updates.at(-1)).toMatchObject({ total: 1 });
    for (const s of sockets) s.close();
    await eventually(() => (updates.at(-1) as { total: number }).total === 0, 3_000, 'left');
    board.close();
  });
});
