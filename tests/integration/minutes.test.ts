/**
 * The minutes exports against a real server: a workshop with ideas, a dot vote and outcomes,
 * exported as JSON, Markdown, CSV and DOCX with the facilitator key, and refused to everyone else.
 */
import { randomUUID } from 'node:crypto';
import { type CreateScribeResponse, CSV_TABLES, type JoinResponse, type Minutes } from '@majlis/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The import's CSV reader, not exported by shared: the export must read back with it.
import { parseCsv } from '../../shared/src/import/parseCsv.js';
import {
  api,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  startTestServer,
  synced,
  type TestServer,
} from '../support/testServer.js';

const FORMATS = ['docx', 'md', 'csv', 'json'] as const;
const voteId = () => randomUUID().replaceAll('-', '').slice(0, 20);

/** A raw GET, for bodies that are not JSON. */
async function get(url: string, token?: string) {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('minutes exports', () => {
  let t: TestServer;
  let w: Awaited<ReturnType<typeof createWorkshop>>;
  let other: Awaited<ReturnType<typeof createWorkshop>>;
  const tokens: Record<string, string> = {};
  const cleanup: Array<() => void> = [];

  beforeAll(async () => {
    t = await startTestServer();
    w = await createWorkshop(t.url, { title: 'ورشة الاستعراض المحلي الطوعي', locale: 'ar', template: 'vlr' });
    other = await createWorkshop(t.url, { title: 'Another', locale: 'en', template: 'blank' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    cleanup.push(() => board.destroy());
    await synced(board);
    const [, brainstorm, dots, , decisions] = (board.view()?.stages ?? []).map((s) => s.id) as string[];
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    cleanup.push(() => facilitator.close());
    await command(facilitator, 'stage:goto', { stageId: brainstorm as string });

    const people = [
      { name: 'ليلى حداد', group: 'government', nameInMinutes: true },
      { name: 'Omar Hidden', group: 'government', nameInMinutes: false },
      { name: 'سامي', group: 'government', nameInMinutes: true },
      { name: 'Rana Saleh', group: 'academia' },
    ];
    const phones = [];
    for (const p of people) {
      const joined = await api<JoinResponse>(t.url, '/api/join', { body: { code: w.joinCode, ...p } });
      const socket = await connectSocket(t.url, joined.body.token);
      cleanup.push(() => socket.close());
      phones.push({ ...joined.body, socket });
    }
    tokens.participant = phones[0]?.token as string;
    const ideas = [
      'ممرات آمنة للمشاة',
      'Solar street lighting',
      '=HYPERLINK("http://evil.example","x")',
      '<script>alert(1)</script>',
    ];
    const itemIds: string[] = [];
    for (const [i, title] of ideas.entries()) {
      const phone = phones[i % phones.length];
      const r = await command(phone?.socket ?? facilitator, 'item:add', {
        stageId: brainstorm as string,
        title,
        sdgs: [11],
      });
      if (r.ok) itemIds.push(r.item.id);
    }
    expect(itemIds).toHaveLength(4);
    await command(facilitator, 'stage:goto', { stageId: dots as string });
    expect(await command(facilitator, 'vote:open', { stageId: dots as string })).toMatchObject({ ok: true });
    for (const phone of phones.slice(0, 3)) {
      const cast = await command(phone.socket, 'vote:cast', {
        stageId: dots as string,
        ballot: { kind: 'dots', allocations: { [itemIds[0] as string]: 3, [itemIds[1] as string]: 2 } },
        clientVoteId: voteId(),
      });
      expect(cast).toMatchObject({ ok: true });
    }
    await command(facilitator, 'vote:close', { stageId: dots as string });
    await command(facilitator, 'vote:reveal', { stageId: dots as string });
    expect(
      await command(facilitator, 'outcome:add', {
        kind: 'action',
        text: 'جمع بيانات خط الأساس',
        stageId: decisions as string,
        owner: 'المرصد الحضري',
        due: '2027-01-31',
      }),
    ).toMatchObject({ ok: true });
    await command(facilitator, 'outcome:add', { kind: 'decision', text: 'اعتماد الأولويات' });
    const scribe = await api<CreateScribeResponse>(t.url, `/api/workshops/${w.id}/scribes`, {
      body: { label: 'Notes' },
      token: w.facilitatorKey,
    });
    tokens.scribe = scribe.body.token;
  });

  afterAll(async () => {
    for (const c of cleanup) c();
    await t.stop();
  });

  const url = (format: string, query = '') => `${t.url}/api/workshops/${w.id}/minutes.${format}${query}`;

  it('refuses a missing or bad credential with 401, and participants, board, scribes and other workshops with 403', async () => {
    for (const format of FORMATS) {
      const cases: Array<[string | undefined, number]> = [
        [undefined, 401],
        ['not-a-token', 401],
        [tokens.participant, 403],
        [w.boardToken, 403],
        [tokens.scribe, 403],
        [other.facilitatorKey, 403],
      ];
      for (const [token, status] of cases) {
        const { res, bytes } = await get(url(format), token);
        expect(res.status, `${format} ${status}`).toBe(status);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({
          error: { code: expect.any(String), message: expect.any(String) },
        });
      }
    }
  });

  it('answers bad query values with 400 JSON', async () => {
    for (const query of ['?table=bogus', '?locale=fr', '?table=items&table=votes']) {
      const res = await api<{ error: { code: string } }>(
        t.url,
        `/api/workshops/${w.id}/minutes.csv${query}`,
        {
          token: w.facilitatorKey,
        },
      );
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
    }
  });

  it('gives the minutes as JSON: attendance, items, the counted vote and outcomes', async () => {
    const res = await api<Minutes>(t.url, `/api/workshops/${w.id}/minutes.json`, { token: w.facilitatorKey });
    expect(res.status).toBe(200);
    const m = res.body;
    expect(m).toMatchObject({ locale: 'ar', dir: 'rtl', title: 'ورشة الاستعراض المحلي الطوعي' });
    expect(m.attendance.total).toBe(4);
    expect(m.attendance.named.map((p) => p.name).sort()).toEqual(['سامي', 'ليلى حداد']);
    expect(m.stages[1]?.items.map((i) => i.title)).toContain('ممرات آمنة للمشاة');
    expect(m.stages[2]?.vote).toMatchObject({ kind: 'dots', turnout: 3, shownToRoom: true });
    expect(m.stages[2]?.vote?.overall?.rows[0]).toEqual(['1', 'ممرات آمنة للمشاة', '9']);
    expect(m.stages[4]?.actions[0]).toMatchObject({ text: 'جمع بيانات خط الأساس', due: '2027-01-31' });
    expect(m.decisions[0]?.text).toBe('اعتماد الأولويات');
    expect(m.audit.entries).toBeGreaterThan(0);
    expect(m.audit).toMatchObject({ intact: true, finalHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('gives Markdown with escaped user text, labels in the language asked for', async () => {
    const { res, bytes } = await get(url('md'), w.facilitatorKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="minutes-\d{4}-\d{2}-\d{2}\.md"; filename\*=UTF-8''%D9%88/,
    );
    const md = bytes.toString('utf8');
    expect(md).toContain('# ورشة الاستعراض المحلي الطوعي');
    expect(md).toContain('## الحضور');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toContain('<script>');
    const en = (await get(url('md', '?locale=en'), w.facilitatorKey)).bytes.toString('utf8');
    expect(en).toContain('## Attendance');
    expect(en).toContain('# ورشة الاستعراض المحلي الطوعي');
    expect(en).toContain('ممرات آمنة للمشاة');
  });

  it('gives every CSV table with a BOM, Arabic intact and formulas neutralised', async () => {
    for (const table of CSV_TABLES) {
      const { res, bytes } = await get(url('csv', `?table=${table}`), w.facilitatorKey);
      expect(res.status, table).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain(`filename="minutes-${table}-`);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.toString('utf8')).map((r) => r.cells);
      expect(rows.length).toBeGreaterThan(1);
      for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const items = parseCsv((await get(url('csv'), w.facilitatorKey)).bytes.toString('utf8')).map(
      (r) => r.cells,
    );
    expect(items[0]?.[0]).toBe('المرحلة');
    expect(items.flat()).toContain('ممرات آمنة للمشاة');
    expect(items.flat()).toContain(`'=HYPERLINK("http://evil.example","x")`);
    const votes = (await get(url('csv', '?table=votes&locale=en'), w.facilitatorKey)).bytes.toString('utf8');
    expect(parseCsv(votes)[0]?.cells).toEqual([
      'Stage',
      'Method',
      'Group',
      'Voters',
      'Rank',
      'Item',
      'Measure',
      'Value',
    ]);
  });

  it('gives a Word document with right-to-left Arabic paragraphs', async () => {
    const { res, bytes } = await get(url('docx'), w.facilitatorKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="minutes-[\d-]+\.docx"; filename\*=UTF-8''/,
    );
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('ورشة الاستعراض المحلي الطوعي');
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(4);
  });
});
