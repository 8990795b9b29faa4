/**
 * Issue 8 (Low): every HTTP request leaves one structured line, refusals leave security lines, and
 * no credential reaches the log, whatever the level.
 */
import { setJoinLocked } from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { captureLog, LEVEL, type LogLine } from '../support/captureLog.js';
import {
  api,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  rawCommand,
  startTestServer,
  synced,
  type TestServer,
} from '../support/testServer.js';

/** The parts of a credential that must never be logged: the whole of it and its secret. */
function secretsOf(credential: string): string[] {
  const parts = credential.split('.');
  return [credential, encodeURIComponent(credential), parts.at(-1) as string];
}

const requestLines = (lines: LogLine[]) =>
  lines.filter((l) => typeof l.req === 'object' && l.req !== null && typeof l.res === 'object');
const security = (lines: LogLine[], event: string) => lines.filter((l) => l.event === event);

describe('request and security log', () => {
  let t: TestServer;
  const capture = captureLog('trace');
  beforeAll(async () => {
    t = await startTestServer({ log: capture.log, env: { MAX_PARTICIPANTS: '2' } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('writes one line per request with method, path, status, duration and address; /healthz at debug', async () => {
    await api(t.url, '/healthz');
    await api(t.url, '/api/server-info');
    await api(t.url, '/api/nope', { method: 'DELETE' });
    await eventually(() => requestLines(capture.lines()).length >= 3, 2_000, 'request lines');
    const lines = requestLines(capture.lines());
    const info = lines.find((l) => (l.req as { path: string }).path === '/api/server-info');
    expect(info).toMatchObject({
      level: LEVEL.info,
      req: { method: 'GET', path: '/api/server-info', remoteAddress: '127.0.0.1' },
      res: { statusCode: 200 },
    });
    expect(typeof info?.responseTime).toBe('number');
    expect(lines.find((l) => (l.req as { path: string }).path === '/api/nope')).toMatchObject({
      level: LEVEL.info,
      req: { method: 'DELETE' },
      res: { statusCode: 404 },
    });
    const health = lines.filter((l) => (l.req as { path: string }).path === '/healthz');
    expect(health).toHaveLength(1);
    expect(health[0]?.level).toBe(LEVEL.debug);
  });

  it('logs no credential anywhere through a whole session, refusals included', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const credentials = [w.facilitatorKey, w.boardToken, phone.token];
    // The credentials in every place a client puts them: headers, the Yjs URL, the socket.io handshake.
    for (const token of credentials) await api(t.url, '/api/session', { token });
    await api(t.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(facilitator);
    await synced(board);
    const console = await connectSocket(t.url, w.facilitatorKey);
    const socket = await connectSocket(t.url, phone.token);
    expect((await command(socket, 'clock:sync', {})).ok).toBe(true);
    expect((await command(console, 'presence:get', {})).ok).toBe(true);
    await rawCommand(socket, 'stage:goto', { stageId: 'x' });
    // Forged and misplaced credentials: refused, and not logged either.
    const forged = `${phone.token.slice(0, -4)}AAAA`;
    credentials.push(forged);
    await api(t.url, '/api/session', { token: forged });
    await api(
      t.url,
      `/api/workshops/${w.id}?token=${encodeURIComponent(forged)}&key=${encodeURIComponent(w.facilitatorKey)}`,
    );
    await expect(connectSocket(t.url, forged)).rejects.toThrow();
    const refused = connectYjs(t.url, w.id, forged);
    await eventually(() => refused.closes.includes(4401), 3_000, 'yjs refusal');
    refused.destroy();
    const other = await createWorkshop(t.url);
    credentials.push(other.facilitatorKey, other.boardToken);
    const wrong = connectYjs(t.url, w.id, other.boardToken);
    await eventually(() => wrong.closes.includes(4403), 3_000, 'yjs wrong workshop');
    wrong.destroy();
    // A raw upgrade that carries its token in the query, as the client does.
    const raw = new WebSocket(
      `${t.url.replace('http', 'ws')}/yjs/${w.id}?token=${encodeURIComponent(phone.token)}`,
    );
    await new Promise((resolve) => raw.once('message', resolve));
    raw.close();
    socket.close();
    console.close();
    facilitator.destroy();
    board.destroy();
    await eventually(
      () => security(capture.lines(), 'credential_refused').length >= 4,
      3_000,
      'credential refusals logged',
    );

    const text = capture.text();
    for (const credential of credentials)
      for (const secret of secretsOf(credential)) expect(text, `leaked ${credential}`).not.toContain(secret);
    // The upgrade was logged, with its token redacted.
    const upgrades = capture.lines().filter((l) => l.msg?.startsWith('upgrade'));
    expect(upgrades.length).toBeGreaterThanOrEqual(3);
    expect(upgrades.some((l) => String((l.req as { path: string }).path).includes('token=[REDACTED]'))).toBe(
      true,
    );
  });

  it('writes a warn line for each kind of refused join, with reason, address and workshop', async () => {
    const w = await createWorkshop(t.url);
    const join = (code: string) =>
      api(t.url, '/api/join', { body: { code, name: 'N', group: 'government' } });
    await join('000000');
    await joinWorkshop(t.url, w.joinCode);
    await joinWorkshop(t.url, w.joinCode);
    expect((await join(w.joinCode)).status).toBe(409);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitator);
    setJoinLocked(facilitator.doc, true);
    await eventually(async () => (await join(w.joinCode)).status === 403, 3_000, 'joining closed');
    facilitator.destroy();
    const lines = await eventually(() => {
      const found = security(capture.lines(), 'join_refused');
      const reasons = new Set(found.map((l) => l.reason));
      return ['not_found', 'too_many', 'joining_closed'].every((r) => reasons.has(r)) && found;
    });
    for (const line of lines) {
      expect(line.level).toBe(LEVEL.warn);
      expect(line.address).toBe('127.0.0.1');
      expect(line.channel).toBe('http');
      expect(line.count).toBeGreaterThanOrEqual(1);
    }
    expect(lines.find((l) => l.reason === 'too_many')?.workshopId).toBe(w.id);
    expect(lines.find((l) => l.reason === 'joining_closed')?.workshopId).toBe(w.id);
  });

  it('writes refused credentials on every channel', async () => {
    const w = await createWorkshop(t.url);
    await api(t.url, '/api/session', { token: 'p.nonsense' });
    await expect(connectSocket(t.url, 'p.nonsense')).rejects.toThrow();
    const yjs = connectYjs(t.url, w.id, 'p.nonsense');
    await eventually(() => yjs.closes.includes(4401), 3_000, 'yjs refusal');
    yjs.destroy();
    const lines = await eventually(() => {
      const found = security(capture.lines(), 'credential_refused');
      const channels = new Set(found.map((l) => l.channel));
      return ['http', 'socketio', 'yjs'].every((c) => channels.has(c)) && found;
    });
    expect(lines.find((l) => l.channel === 'yjs' && l.workshopId === w.id)).toMatchObject({
      reason: 'unauthorized',
      closeCode: 4401,
      level: LEVEL.warn,
    });
    expect(lines.find((l) => l.channel === 'http')).toMatchObject({
      reason: 'unauthorized',
      address: '127.0.0.1',
    });
  });

  it('folds a command flood into a few lines that add up to every refusal', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const socket = await connectSocket(t.url, phone.token);
    const acks = await Promise.all(
      Array.from({ length: 120 }, () => command(socket, 'clock:sync', {}) as Promise<{ ok: boolean }>),
    );
    const refused = acks.filter((a) => !a.ok).length;
    expect(refused).toBeGreaterThan(50);
    const lines = await eventually(
      () => {
        const found = security(capture.lines(), 'command_refused').filter((l) => l.workshopId === w.id);
        return found.reduce((sum, l) => sum + Number(l.count), 0) === refused && found;
      },
      4_000,
      'the flood counted',
    );
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toMatchObject({
      level: LEVEL.warn,
      reason: 'rate_limited',
      limiter: 'socket_commands',
      channel: 'socketio',
      role: 'participant',
      command: 'clock:sync',
      address: '127.0.0.1',
    });
    socket.close();
  });

  it('writes a line when a credential opens more connections than its cap and the oldest is closed', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const sockets = [];
    for (let i = 0; i < 7; i++) {
      const socket = await connectSocket(t.url, phone.token);
      socket.io.opts.reconnection = false;
      sockets.push(socket);
    }
    const docs = [];
    for (let i = 0; i < 7; i++) {
      const doc = connectYjs(t.url, w.id, phone.token);
      await synced(doc);
      docs.push(doc);
    }
    const lines = await eventually(() => {
      const found = security(capture.lines(), 'connection_capped').filter((l) => l.workshopId === w.id);
      const channels = new Set(found.map((l) => l.channel));
      return channels.has('socketio') && channels.has('yjs') && found;
    });
    expect(lines.find((l) => l.channel === 'yjs')).toMatchObject({
      level: LEVEL.warn,
      reason: 'too_many_connections',
      role: 'participant',
      closeCode: 4429,
      limiter: 'connection_cap',
      address: '127.0.0.1',
    });
    for (const socket of sockets) socket.close();
    for (const doc of docs) doc.destroy();
  });
});
