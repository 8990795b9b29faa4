/** Issue 8 (Low): `GET /metrics` counts what happened, in the Prometheus text format, for local scrapers only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScrape, type Scrape } from '../support/metricsText.js';
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
  useTestServer,
} from '../support/testServer.js';

async function scrape(url: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const res = await fetch(`${url}/metrics`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parseScrape(await res.text());
}

describe('GET /metrics', () => {
  const t = useTestServer();

  it('counts connections, workshops, commands, refusals, doc sizes and responses exactly', async () => {
    const before = await scrape(t.url);
    expect(before.value('majlis_workshops_open')).toBe(0);
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const wrongCode = await api(t.url, '/api/join', {
      body: { code: '000000', name: 'X', group: 'government' },
    });
    expect(wrongCode.status).toBe(404);
    const socket = await connectSocket(t.url, phone.token);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    for (let i = 0; i < 3; i++) expect((await command(socket, 'clock:sync', {})).ok).toBe(true);
    expect(await rawCommand(socket, 'stage:goto', { stageId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const flood = await Promise.all(
      Array.from({ length: 60 }, () => command(socket, 'clock:sync', {}) as Promise<{ ok: boolean }>),
    );
    const refused = flood.filter((a) => !a.ok).length;
    expect(refused).toBeGreaterThan(20);

    const after = await scrape(t.url);
    expect(after.types.get('majlis_commands_total')).toBe('counter');
    expect(after.types.get('majlis_connections')).toBe('gauge');
    const delta = (name: string, labels?: Record<string, string>) =>
      after.value(name, labels) - before.value(name, labels);
    expect(after.value('majlis_connections', { kind: 'socketio', role: 'participant' })).toBe(1);
    expect(after.value('majlis_connections', { kind: 'yjs', role: 'board' })).toBe(1);
    expect(after.value('majlis_connections', { kind: 'yjs', role: 'participant' })).toBe(0);
    expect(after.value('majlis_workshops_open')).toBe(1);
    expect(delta('majlis_commands_total', { event: 'clock:sync', result: 'ok' })).toBe(3 + 60 - refused);
    expect(delta('majlis_commands_total', { event: 'clock:sync', result: 'rate_limited' })).toBe(refused);
    expect(delta('majlis_commands_total', { event: 'stage:goto', result: 'forbidden' })).toBe(1);
    expect(delta('majlis_rate_limited_total', { limiter: 'socket_commands' })).toBe(refused);
    expect(delta('majlis_security_events_total', { event: 'join_refused', reason: 'not_found' })).toBe(1);
    expect(delta('majlis_security_events_total', { event: 'command_refused', reason: 'forbidden' })).toBe(1);
    // The create and the join, and the first scrape (counted once its answer was sent).
    expect(delta('majlis_http_requests_total', { status_class: '2xx' })).toBe(3);
    expect(delta('majlis_http_requests_total', { status_class: '4xx' })).toBe(1);
    const total = after.value('majlis_docs_loaded_bytes');
    expect(total).toBeGreaterThan(100);
    expect(after.value('majlis_doc_largest_bytes')).toBe(total);
    for (const quantile of ['0.5', '0.99', '1']) {
      const lag = after.samples.get(`majlis_event_loop_delay_seconds{quantile="${quantile}"}`);
      expect(lag).toBeGreaterThanOrEqual(0);
      expect(lag).toBeLessThan(10);
    }

    socket.close();
    board.destroy();
    await eventually(
      async () => {
        const now = await scrape(t.url);
        return (
          now.value('majlis_connections', { kind: 'socketio', role: 'participant' }) === 0 &&
          now.value('majlis_connections', { kind: 'yjs', role: 'board' }) === 0
        );
      },
      3_000,
      'connections closed',
    );
  });

  it('refuses a request that came through a proxy when no METRICS_TOKEN is set', async () => {
    const res = await api<{ error: { code: string } }>(t.url, '/metrics', {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let t: TestServer;
  const token = 'scrape-me-0123456789abcdef';
  beforeAll(async () => {
    t = await startTestServer({ env: { METRICS_TOKEN: token } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('requires the bearer token, also from loopback, and then answers from anywhere', async () => {
    expect((await api(t.url, '/metrics')).status).toBe(401);
    expect((await api(t.url, '/metrics', { token: `${token}x` })).status).toBe(401);
    const ok = await scrape(t.url, {
      authorization: `Bearer ${token}`,
      'x-forwarded-for': '203.0.113.9',
    });
    expect(ok.value('majlis_workshops_open')).toBe(0);
  });
});
