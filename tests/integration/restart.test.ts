import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  newDataDir,
  startTestServer,
  synced,
} from '../support/testServer.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** The real server as its own process, as `pnpm start` runs it. */
async function spawnServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('server did not start');
}

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

describe('restarts', () => {
  it('keeps everything across a graceful restart, and clients reconnect by themselves', async () => {
    const t = await startTestServer();
    cleanups.push(() => t.stop());
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode, { group: 'academia' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    cleanups.push(() => board.destroy());
    await synced(board);
    const stageId = board.view()?.meta.currentStageId as string;
    const socket = await connectSocket(t.url, phone.token);
    cleanups.push(() => socket.close());
    const before = await command(socket, 'item:add', { stageId, title: 'Open data platform' });
    expect(before.ok).toBe(true);

    await t.restart();

    // The same phone token still works, the same socket reconnects, the board resyncs.
    await eventually(() => socket.connected, 10_000, 'socket reconnect');
    await eventually(() => board.provider.wsconnected && board.provider.synced, 10_000, 'board reconnect');
    const after = await command(socket, 'item:add', { stageId, title: 'Heatwave adaptation plan' });
    expect(after.ok).toBe(true);
    const titles = await eventually(() => {
      const items = board.view()?.items ?? [];
      return items.length === 2 ? items.map((i) => i.title) : undefined;
    });
    expect(titles).toEqual(['Open data platform', 'Heatwave adaptation plan']);

    const fresh = connectYjs(t.url, w.id, w.facilitatorKey);
    cleanups.push(() => fresh.destroy());
    await synced(fresh);
    expect(fresh.view()?.items.map((i) => i.title)).toEqual(titles);
  });

  it('loses no acknowledged idea when the process is killed with SIGKILL', async () => {
    const dataDir = await newDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let child = await spawnServer(dataDir, port);
    cleanups.push(() => child.kill('SIGKILL'));

    const w = await createWorkshop(url);
    const phone = await joinWorkshop(url, w.joinCode);
    const facilitator = connectYjs(url, w.id, w.facilitatorKey);
    cleanups.push(() => facilitator.destroy());
    await synced(facilitator);
    const stageId = facilitator.view()?.meta.currentStageId as string;
    const socket = await connectSocket(url, phone.token);
    cleanups.push(() => socket.close());
    const acked: string[] = [];
    for (let i = 0; i < 20; i++) {
      const ack = await command(socket, 'item:add', { stageId, title: `idea ${i}` });
      if (ack.ok) acked.push(ack.item.id);
    }
    expect(acked).toHaveLength(20);
    // A facilitator's direct Yjs edit, once the server has passed it on, is stored too.
    const witness = connectYjs(url, w.id, w.boardToken);
    cleanups.push(() => witness.destroy());
    await synced(witness);
    facilitator.doc.getMap('meta').set('title', 'renamed live');
    await eventually(() => witness.view()?.meta.title === 'renamed live', 2_000, 'edit relayed');

    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    child = await spawnServer(dataDir, port);

    await eventually(() => facilitator.provider.synced || undefined, 10_000, 'facilitator resync');
    const observer = connectYjs(url, w.id, w.boardToken);
    cleanups.push(() => observer.destroy());
    await synced(observer, 10_000);
    const ids = observer.view()?.items.map((i) => i.id) ?? [];
    expect(ids).toEqual(acked);
    expect(observer.view()?.meta.title).toBe('renamed live');
  });
});
