import { LIMITS } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  api,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  joinWorkshop,
  rawCommand,
  synced,
  useTestServer,
} from '../support/testServer.js';

type ErrorBody = { error: { code: string; message: string } };

describe('bad input over HTTP', () => {
  const t = useTestServer();

  it.each([
    ['malformed JSON', { raw: '{"title": ' }, 400, 'invalid_json'],
    ['no body', { raw: '', method: 'POST' }, 400, 'bad_request'],
    ['missing title', { body: { locale: 'ar' } }, 400, 'bad_request'],
    ['wrong type', { body: { title: 42, locale: 'ar' } }, 400, 'bad_request'],
    ['unknown locale', { body: { title: 'x', locale: 'fr' } }, 400, 'bad_request'],
    ['unknown template', { body: { title: 'x', locale: 'ar', template: 'evil' } }, 400, 'bad_request'],
    ['extra field', { body: { title: 'x', locale: 'ar', admin: true } }, 400, 'bad_request'],
    ['empty title', { body: { title: '   ', locale: 'ar' } }, 400, 'bad_request'],
    ['control characters', { body: { title: 'a\u0000b', locale: 'ar' } }, 400, 'bad_request'],
    [
      'title one over the bound',
      { body: { title: 'x'.repeat(LIMITS.workshopTitle + 1), locale: 'ar' } },
      400,
      'bad_request',
    ],
    [
      'body over the size limit',
      { body: { title: 'x', locale: 'ar', pad: 'y'.repeat(LIMITS.httpBodyBytes) } },
      413,
      'payload_too_large',
    ],
    ['an array', { body: [1, 2] }, 400, 'bad_request'],
  ])('POST /api/workshops with %s → %s %s', async (_name, init, status, code) => {
    const res = await api<ErrorBody>(t.url, '/api/workshops', init as never);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message.length).toBeGreaterThan(0);
  });

  it('refuses a join with a bad code, group or name', async () => {
    const w = await createWorkshop(t.url);
    const cases: Array<[unknown, number, string]> = [
      [{ code: '000000x', name: 'a', group: 'government' }, 404, 'not_found'],
      [{ code: w.joinCode, name: 'a', group: 'aliens' }, 400, 'bad_request'],
      [{ code: w.joinCode, name: '', group: 'government' }, 400, 'bad_request'],
      [
        { code: w.joinCode, name: 'n'.repeat(LIMITS.participantName + 1), group: 'government' },
        400,
        'bad_request',
      ],
      [
        {
          code: w.joinCode,
          name: 'a',
          group: 'government',
          organization: 'o'.repeat(LIMITS.organization + 1),
        },
        400,
        'bad_request',
      ],
      [{ code: 12, name: 'a', group: 'government' }, 400, 'bad_request'],
    ];
    for (const [body, status, code] of cases) {
      const res = await api<ErrorBody>(t.url, '/api/join', { body });
      expect({ body, status: res.status, code: res.body.error.code }).toEqual({ body, status, code });
    }
    // Arabic-Indic digits and spaces are how people type codes on Arabic phones.
    const arabicDigits = w.joinCode.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] as string);
    const ok = await api(t.url, '/api/join', {
      body: { code: `${arabicDigits.slice(0, 3)} ${arabicDigits.slice(3)}`, name: 'عمر', group: 'academia' },
    });
    expect(ok.status).toBe(201);
  });

  it('refuses missing, bad and foreign credentials on the workshop API', async () => {
    const a = await createWorkshop(t.url);
    const b = await createWorkshop(t.url);
    const pa = await joinWorkshop(t.url, a.joinCode);
    const expectations: Array<[string | undefined, string, number, string]> = [
      [undefined, a.id, 401, 'unauthorized'],
      ['nonsense', a.id, 401, 'unauthorized'],
      [`${a.facilitatorKey}x`, a.id, 401, 'unauthorized'],
      [a.facilitatorKey.replace(a.id, b.id), b.id, 401, 'unauthorized'],
      [a.facilitatorKey, b.id, 403, 'wrong_workshop'],
      [a.boardToken, b.id, 403, 'wrong_workshop'],
      [pa.token, b.id, 403, 'wrong_workshop'],
      [pa.token.replace(a.id, b.id), b.id, 401, 'unauthorized'],
    ];
    for (const [token, id, status, code] of expectations) {
      const res = await api<ErrorBody>(t.url, `/api/workshops/${id}`, token ? { token } : {});
      expect({ token, status: res.status, code: res.body.error.code }).toEqual({ token, status, code });
    }
  });

  it('answers unknown API routes with JSON 404 and sends security headers', async () => {
    const res = await fetch(`${t.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('not_found');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const host = new URL(t.url).host;
    expect(res.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ws://${host} wss://${host}`,
    );
    // A forged Host header cannot write into the policy.
    const { request } = await import('node:http');
    const forged = await new Promise<string>((resolve) => {
      request(`${t.url}/healthz`, { headers: { host: 'evil;script-src *' } }, (r) =>
        resolve(String(r.headers['content-security-policy'])),
      ).end();
    });
    expect(forged).not.toContain('evil');
    expect(forged).toContain("script-src 'self'");
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

describe('bad input over socket.io', () => {
  const t = useTestServer();

  it('refuses a connection without a valid credential or with another protocol version', async () => {
    const w = await createWorkshop(t.url);
    await expect(connectSocket(t.url, 'nonsense')).rejects.toMatchObject({ message: 'unauthorized' });
    await expect(connectSocket(t.url, `${w.boardToken}x`)).rejects.toMatchObject({ message: 'unauthorized' });
    await expect(connectSocket(t.url, w.boardToken, 999)).rejects.toMatchObject({
      message: 'protocol_mismatch',
    });
  });

  it('answers unknown events, wrong types, missing and oversized fields with a clear ack', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const socket = await connectSocket(t.url, phone.token);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const stageId = board.view()?.meta.currentStageId as string;

    expect(await rawCommand(socket, 'workshop:delete', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_event' },
    });
    expect(await rawCommand(socket, 'toString', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_event' },
    });
    expect(await rawCommand(socket, 'item:add')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await rawCommand(socket, 'item:add', 'a string')).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await rawCommand(socket, 'item:add', { stageId, title: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await rawCommand(socket, 'item:add', { stageId, title: 'x', sdgs: [18] })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await rawCommand(socket, 'item:add', { stageId, title: 'x', authorId: 'forged' })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(
      await command(socket, 'item:add', { stageId, title: 'x'.repeat(LIMITS.itemTitle + 1) }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(
      await command(socket, 'item:add', {
        stageId,
        title: 'x',
        description: 'd'.repeat(LIMITS.itemDescription + 1),
      }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });

    // Nothing of the refused commands reached the doc, and the socket still works.
    const good = await command(socket, 'item:add', { stageId, title: 'still here' });
    expect(good.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(board.view()?.items.map((i) => i.title)).toEqual(['still here']);
    socket.close();
    board.destroy();
  });

  it('refuses commands on another workshop’s stages and items', async () => {
    const a = await createWorkshop(t.url);
    const b = await createWorkshop(t.url);
    const boardB = connectYjs(t.url, b.id, b.boardToken);
    await synced(boardB);
    const stageB = boardB.view()?.meta.currentStageId as string;
    const phoneB = await joinWorkshop(t.url, b.joinCode);
    const socketB = await connectSocket(t.url, phoneB.token);
    const added = await command(socketB, 'item:add', { stageId: stageB, title: 'B’s idea' });
    if (!added.ok) throw new Error('add failed');

    const phoneA = await joinWorkshop(t.url, a.joinCode);
    const socketA = await connectSocket(t.url, phoneA.token);
    const facilitatorA = await connectSocket(t.url, a.facilitatorKey);
    for (const socket of [socketA, facilitatorA]) {
      expect(await command(socket, 'item:add', { stageId: stageB, title: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      expect(await command(socket, 'item:update', { itemId: added.item.id, title: 'x' })).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    }
    expect(await command(facilitatorA, 'stage:goto', { stageId: stageB })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(boardB.view()?.items.map((i) => i.title)).toEqual(['B’s idea']);
    for (const s of [socketA, socketB, facilitatorA]) s.close();
    boardB.destroy();
  });

  it('disconnects a client that sends a message over the size limit, and others are unaffected', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const hostile = await connectSocket(t.url, phone.token);
    const bystander = await connectSocket(t.url, w.facilitatorKey);
    const dropped = new Promise<string>((resolve) => hostile.once('disconnect', (reason) => resolve(reason)));
    (hostile as unknown as { emit(e: string, p: unknown): void }).emit('item:add', {
      stageId: 'abcdefgh',
      title: 'x'.repeat(LIMITS.socketMessageBytes * 2),
    });
    expect(await dropped).toBe('transport close');
    hostile.close();
    expect(await command(bystander, 'presence:get', {})).toMatchObject({ ok: true });
    bystander.close();
  });

  it('rate-limits a flood of commands and stays responsive', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const socket = await connectSocket(t.url, phone.token);
    const other = await connectSocket(t.url, w.facilitatorKey);
    const acks = await Promise.all(Array.from({ length: 200 }, () => command(socket, 'presence:get', {})));
    const limited = acks.filter((a) => !a.ok && a.error.code === 'rate_limited').length;
    expect(limited).toBeGreaterThan(100);
    expect(acks.filter((a) => a.ok).length).toBeGreaterThan(0);
    const start = Date.now();
    expect(await command(other, 'presence:get', {})).toMatchObject({ ok: true });
    expect(Date.now() - start).toBeLessThan(1_000);
    socket.close();
    other.close();
  });
});
