import { createHash, randomUUID } from 'node:crypto';
import {
  type Archive,
  type ArchiveContent,
  appendNotes,
  archiveSchema,
  type CreateWorkshopResponse,
  type JoinPreview,
  type JoinResponse,
  mergeItems,
  readNotes,
  type StakeholderGroup,
  type VoteResults,
  type WorkshopSummary,
  type WorkshopView,
} from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  api,
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  startTestServer,
  synced,
  type TestServer,
  type YClient,
} from '../support/testServer.js';

const voteId = () => randomUUID().replaceAll('-', '').slice(0, 20);

/** The digest as `archiveSchema` defines it, computed independently of the server's code. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** An archive changed by `edit` and given a correct digest again, as a forger would. */
function resealed(archive: Archive, edit: (content: ArchiveContent) => ArchiveContent): Archive {
  const { digest: _old, ...content } = structuredClone(archive);
  const changed = edit(content);
  return { ...changed, digest: createHash('sha256').update(canonical(changed)).digest('hex') };
}

interface AuditAnswer {
  entries: Array<{ seq: number; action: string; hash: string; details?: Record<string, unknown> }>;
  verify: { valid: boolean };
}

interface ResultsAnswer {
  results: VoteResults;
  targets: string[];
  ballots?: unknown[];
}

/** Results with groups in a fixed order: equal-sized groups come in the store's order of ballot keys. */
const sortedGroups = (r: VoteResults): VoteResults => ({
  ...r,
  byGroup: [...r.byGroup].sort((a, b) => (a.group < b.group ? -1 : 1)),
});

/** A workshop view without the two things an import changes. */
const withoutIdentity = (view: WorkshopView | undefined) =>
  view && { ...view, meta: { ...view.meta, id: '', joinCode: '' } };

describe('workshop archive: export.json and import', () => {
  let t: TestServer;
  let w: CreateWorkshopResponse;
  let other: CreateWorkshopResponse;
  let board: YClient;
  let stageIds: string[];
  const tokens: Record<string, string> = {};
  const cleanup: Array<() => void> = [];

  /** Who wrote what, as the facilitator of `key`'s workshop asks for it, in item order. */
  const authorsOf = async (key: string) => {
    const socket = await connectSocket(t.url, key);
    const answer = await command(socket, 'item:authors', {});
    socket.close();
    if (!answer.ok) throw new Error(`item:authors refused: ${answer.error.code}`);
    return [...answer.authors].sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
  };
  const exportOf = (id: string, token?: string) =>
    api<Archive>(t.url, `/api/workshops/${id}/export.json`, { token });
  const importArchive = (body: unknown) =>
    api<CreateWorkshopResponse>(t.url, '/api/workshops/import', { body });

  beforeAll(async () => {
    t = await startTestServer();
    w = await createWorkshop(t.url, { title: 'مراجعة الأولويات ٢٠٢٦', locale: 'ar', template: 'vlr' });
    other = await createWorkshop(t.url, { title: 'Another', locale: 'en', template: 'vlr' });
    board = connectYjs(t.url, w.id, w.boardToken);
    cleanup.push(() => board.destroy());
    await synced(board);
    stageIds = (board.view()?.stages ?? []).map((s) => s.id);
    const [, brainstorm, dots, scoring, decisions] = stageIds as [string, string, string, string, string];
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    cleanup.push(() => facilitator.close());

    const people: Array<[string, StakeholderGroup, boolean]> = [
      ['ليلى حداد', 'government', true],
      ['Omar', 'government', false],
      ['سامي', 'government', true],
      ['Rana', 'academia', false],
      ['Karim', 'academia', true],
      ['نور', 'community', false],
    ];
    const phones: Array<JoinResponse & { socket: ClientSocket }> = [];
    for (const [name, group, nameInMinutes] of people) {
      const joined = await api<JoinResponse>(t.url, '/api/join', {
        body: {
          code: w.joinCode,
          name,
          group,
          organization: group === 'academia' ? 'Uni' : '',
          nameInMinutes,
        },
      });
      const socket = await connectSocket(t.url, joined.body.token);
      cleanup.push(() => socket.close());
      phones.push({ ...joined.body, socket });
    }
    tokens.participant = phones[0]?.token as string;

    await command(facilitator, 'stage:goto', { stageId: brainstorm });
    const itemIds: string[] = [];
    const titles = ['ممرات آمنة للمشاة', 'Safe walkways', 'Solar lighting', 'مياه الشرب', 'Youth jobs'];
    for (const [i, title] of titles.entries()) {
      const from = i < 2 ? facilitator : (phones[i]?.socket ?? facilitator);
      const r = await command(from, 'item:add', { stageId: brainstorm, title, sdgs: [11, i + 1] });
      if (r.ok) itemIds.push(r.item.id);
    }
    expect(itemIds).toHaveLength(5);

    // The console edits the doc directly: a merge and the notes.
    const console_ = connectYjs(t.url, w.id, w.facilitatorKey);
    cleanup.push(() => console_.destroy());
    await synced(console_);
    expect(mergeItems(console_.doc, itemIds[0] as string, [itemIds[1] as string])).toBe(true);
    appendNotes(console_.doc, decisions, [
      { type: 'heading', level: 2, inlines: [{ text: 'الخطوات التالية' }] },
      { type: 'paragraph', inlines: [{ text: 'Agreed ', bold: true }, { text: 'by all groups.' }] },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', inlines: [{ text: 'Baseline data' }] }]] },
    ]);
    await eventually(
      () =>
        readNotes(board.doc, decisions).length === 3 &&
        board.view()?.items.some((i) => i.status === 'merged'),
      5_000,
      'merge and notes on the board',
    );

    await command(facilitator, 'outcome:add', {
      kind: 'action',
      text: 'جمع بيانات خط الأساس',
      stageId: decisions,
      owner: 'المرصد الحضري',
      due: '2027-01-31',
    });
    await command(facilitator, 'outcome:add', { kind: 'decision', text: 'Adopt the priorities' });

    // The dot vote is anonymous (the template's default); every phone votes.
    await command(facilitator, 'stage:goto', { stageId: dots });
    expect(await command(facilitator, 'vote:open', { stageId: dots })).toMatchObject({ ok: true });
    const [a, , c, d, e] = itemIds as [string, string, string, string, string];
    for (const [i, phone] of phones.entries()) {
      const allocations = i % 2 ? { [a]: 3, [c]: 2 } : { [d]: 2, [e]: 1 };
      const cast = await command(phone.socket, 'vote:cast', {
        stageId: dots,
        ballot: { kind: 'dots', allocations },
        clientVoteId: voteId(),
      });
      expect(cast).toMatchObject({ ok: true });
    }
    await command(facilitator, 'vote:close', { stageId: dots });
    await command(facilitator, 'vote:reveal', { stageId: dots });

    // The scoring is named.
    expect(
      await command(facilitator, 'vote:configure', {
        stageId: scoring,
        settings: {
          kind: 'score',
          anonymous: false,
          results: 'hidden',
          source: { type: 'top', stageId: dots, n: 3 },
        },
      }),
    ).toMatchObject({ ok: true });
    expect(await command(facilitator, 'vote:open', { stageId: scoring })).toMatchObject({ ok: true });
    const scored = await api<ResultsAnswer>(t.url, `/api/workshops/${w.id}/stages/${scoring}/results`, {
      token: w.facilitatorKey,
    });
    for (const [i, phone] of phones.slice(0, 3).entries()) {
      const scores = Object.fromEntries(
        scored.body.targets.map((id, j) => [id, { impact: 1 + ((i + j) % 5), feasibility: 5 - i }]),
      );
      const cast = await command(phone.socket, 'vote:cast', {
        stageId: scoring,
        ballot: { kind: 'score', scores },
        clientVoteId: voteId(),
      });
      expect(cast).toMatchObject({ ok: true });
    }
    await command(facilitator, 'vote:close', { stageId: scoring });
    await eventually(
      () => board.view()?.stages.find((s) => s.id === scoring)?.vote?.turnout === 3,
      5_000,
      'scoring turnout',
    );

    const scribe = await api<{ token: string }>(t.url, `/api/workshops/${w.id}/scribes`, {
      body: { label: 'Notes' },
      token: w.facilitatorKey,
    });
    tokens.scribe = scribe.body.token;
  });

  afterAll(async () => {
    for (const c of cleanup) c();
    await t.stop();
  });

  it('gives the archive to the facilitator only: 401 without a valid credential, 403 for everyone else', async () => {
    const cases: Array<[string | undefined, number]> = [
      [undefined, 401],
      ['not-a-token', 401],
      [`f.${w.id}.wrongsecret`, 401],
      [tokens.participant, 403],
      [w.boardToken, 403],
      [tokens.scribe, 403],
      [other.facilitatorKey, 403],
    ];
    for (const [token, status] of cases) {
      const res = await fetch(`${t.url}/api/workshops/${w.id}/export.json`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(res.status, `${token} → ${status}`).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toMatchObject({
        error: { code: expect.any(String), message: expect.any(String) },
      });
    }
  });

  it('exports a complete archive as a download that is not cached', async () => {
    const res = await fetch(`${t.url}/api/workshops/${w.id}/export.json`, {
      headers: { authorization: `Bearer ${w.facilitatorKey}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="majlis-archive-.+\.json"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const archive = archiveSchema.parse(JSON.parse(text));
    expect(archive.workshop).toMatchObject({ id: w.id, title: 'مراجعة الأولويات ٢٠٢٦', locale: 'ar' });
    expect(archive.participants).toHaveLength(6);
    const [, , dots, scoring] = stageIds;
    const anonymous = archive.ballots.filter((b) => b.stageId === dots);
    expect(anonymous).toHaveLength(6);
    // Three government voters show on their own; the academics and the community voter are pooled.
    expect(anonymous.map((b) => b.group).sort()).toEqual([
      'government',
      'government',
      'government',
      'pooled',
      'pooled',
      'pooled',
    ]);
    const participantIds = archive.participants.map((p) => p.id);
    for (const b of anonymous) for (const id of participantIds) expect(JSON.stringify(b)).not.toContain(id);
    // Who wrote each idea is beside the doc, never in it: the doc is what phones of an import read.
    expect(archive.version).toBe(2);
    expect(archive.itemAuthors).toHaveLength(3);
    const docBytes = Buffer.from(archive.doc, 'base64').toString('latin1');
    for (const id of participantIds) expect(docBytes).not.toContain(id);
    expect(archive.ballots.filter((b) => b.stageId === scoring && !b.anonymous)).toHaveLength(3);
    // No credential, nor anything derived from one.
    for (const secret of [
      w.facilitatorKey,
      w.facilitatorKey.split('.')[2] as string,
      w.boardToken,
      tokens.participant,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/facilitatorKey|joinCode"/);
  });

  it('imports an export as a new workshop with new credentials and the same content', async () => {
    const archive = (await exportOf(w.id, w.facilitatorKey)).body;
    const res = await importArchive(archive);
    expect(res.status).toBe(201);
    const made = res.body;
    expect(made).toMatchObject({
      id: expect.any(String),
      joinCode: expect.stringMatching(/^\d{6}$/),
      facilitatorKey: expect.stringMatching(/^f\./),
      boardToken: expect.stringMatching(/^b\./),
      links: {
        facilitate: expect.stringContaining(`/w/${made.id}/facilitate#key=`),
        board: expect.stringContaining(`/w/${made.id}/board#token=`),
        join: expect.stringContaining(`/join/${made.joinCode}`),
      },
    });
    expect(made.id).not.toBe(w.id);
    expect(made.joinCode).not.toBe(w.joinCode);

    // The doc: everything the same but its id and join code; notes and outcomes too.
    const copy = connectYjs(t.url, made.id, made.boardToken);
    cleanup.push(() => copy.destroy());
    await synced(copy);
    const view = copy.view();
    expect(view?.meta).toMatchObject({ id: made.id, joinCode: made.joinCode });
    expect(withoutIdentity(view)).toEqual(withoutIdentity(board.view()));
    expect(view?.items.filter((i) => i.status === 'merged')).toHaveLength(1);
    expect(view?.outcomes).toHaveLength(2);
    const decisions = stageIds[4] as string;
    expect(readNotes(copy.doc, decisions)).toEqual(readNotes(board.doc, decisions));
    expect(readNotes(copy.doc, decisions)).toHaveLength(3);

    // Participants and the join code.
    const summary = (id: string, token: string) =>
      api<WorkshopSummary>(t.url, `/api/workshops/${id}`, { token });
    const [before, after] = [
      await summary(w.id, w.facilitatorKey),
      await summary(made.id, made.facilitatorKey),
    ];
    expect(after.status).toBe(200);
    expect(after.body.participants).toEqual(before.body.participants);
    expect(after.body.title).toBe(before.body.title);
    const preview = await api<JoinPreview>(t.url, `/api/join/${made.joinCode}`);
    expect(preview.body.workshopId).toBe(made.id);

    // The same results, and the same named ballots, in both votes.
    for (const stageId of stageIds.slice(2, 4)) {
      const results = (id: string, token: string) =>
        api<ResultsAnswer>(t.url, `/api/workshops/${id}/stages/${stageId}/results`, { token });
      const [was, is] = [await results(w.id, w.facilitatorKey), await results(made.id, made.facilitatorKey)];
      expect(is.status).toBe(200);
      expect(sortedGroups(is.body.results)).toEqual(sortedGroups(was.body.results));
      expect(is.body.results.voters).toBeGreaterThan(0);
      expect(is.body.ballots).toEqual(was.body.ballots);
    }

    // The audit log, verbatim, then the import; the chain still verifies.
    const audit = (id: string, token: string) =>
      api<AuditAnswer>(t.url, `/api/workshops/${id}/audit`, { token });
    const [oldLog, newLog] = [await audit(w.id, w.facilitatorKey), await audit(made.id, made.facilitatorKey)];
    expect(newLog.body.verify).toEqual({ valid: true });
    expect(newLog.body.entries.slice(0, -1)).toEqual(oldLog.body.entries);
    expect(oldLog.body.entries.length).toBeGreaterThan(3);
    expect(newLog.body.entries.at(-1)).toMatchObject({
      seq: oldLog.body.entries.length + 1,
      action: 'imported',
      details: { sourceWorkshopId: w.id, archiveDigest: archive.digest },
    });

    // The facilitator of the copy sees the same authors.
    expect(await authorsOf(made.facilitatorKey)).toEqual(await authorsOf(w.facilitatorKey));
    expect(await authorsOf(made.facilitatorKey)).toHaveLength(3);

    // New credentials open the new workshop only; the old ones do not open it.
    expect((await summary(made.id, w.facilitatorKey)).status).toBe(403);
    expect((await summary(w.id, made.facilitatorKey)).status).toBe(403);
    expect((await exportOf(made.id, w.facilitatorKey)).status).toBe(403);
    expect((await exportOf(made.id, w.boardToken)).status).toBe(403);

    // Exporting the copy gives back the same participants and ballots.
    const again = await exportOf(made.id, made.facilitatorKey);
    expect(again.status).toBe(200);
    expect(again.body.participants).toEqual(archive.participants);
    expect(again.body.ballots).toEqual(archive.ballots);
    expect(again.body.audit.slice(0, -1)).toEqual(archive.audit);
    expect(again.body.itemAuthors).toEqual(archive.itemAuthors);
  });

  it('imports a version 1 archive, whose doc named each idea’s author, and takes the authors out', async () => {
    const archive = (await exportOf(w.id, w.facilitatorKey)).body;
    // What a version 1 server exported: the authors in the doc (schema 1), no itemAuthors.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(archive.doc, 'base64'));
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 1);
      for (const { itemId, participantId } of archive.itemAuthors ?? []) {
        (doc.getMap('items').get(itemId) as Y.Map<unknown>).set('authorId', participantId);
      }
    });
    const v1 = resealed(archive, ({ itemAuthors: _gone, ...c }) => ({
      ...c,
      version: 1 as const,
      doc: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
    }));
    expect(Buffer.from(v1.doc, 'base64').toString('latin1')).toContain(
      archive.itemAuthors?.[0]?.participantId,
    );

    const res = await importArchive(v1);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const made = res.body;
    const copy = connectYjs(t.url, made.id, made.boardToken);
    cleanup.push(() => copy.destroy());
    await synced(copy);
    expect(copy.view()?.meta.schemaVersion).toBe(2);
    expect(copy.view()?.items).toHaveLength(board.view()?.items.length ?? -1);
    const bytes = Buffer.from(Y.encodeStateAsUpdate(copy.doc)).toString('latin1');
    for (const p of archive.participants) expect(bytes).not.toContain(p.id);
    expect(await authorsOf(made.facilitatorKey)).toEqual(await authorsOf(w.facilitatorKey));
  });

  describe('refuses a junk or tampered archive with a clear 4xx', () => {
    let archive: Archive;
    beforeAll(async () => {
      archive = (await exportOf(w.id, w.facilitatorKey)).body;
    });

    const refused = async (body: unknown, status: number, code: string, message?: RegExp) => {
      const res = await api<{ error: { code: string; message: string } }>(t.url, '/api/workshops/import', {
        ...(typeof body === 'string' ? { raw: body } : { body }),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.error.code).toBe(code);
      if (message) expect(res.body.error.message).toMatch(message);
    };

    it('an edited title: the digest no longer matches', async () => {
      await refused(
        { ...archive, workshop: { ...archive.workshop, title: 'Forged' } },
        422,
        'invalid_archive',
        /digest does not match/,
      );
    });

    it('an edited audit log, even with a recomputed digest: the chain is broken', async () => {
      const forged = resealed(archive, (c) => ({
        ...c,
        audit: c.audit.map((e, i) => (i === 1 ? { ...e, details: { tallies: null } } : e)),
      }));
      await refused(forged, 422, 'invalid_archive', /audit log is broken at entry 2/);
    });

    it('a doc of another workshop, or junk bytes as the doc', async () => {
      const otherDoc = (await exportOf(other.id, other.facilitatorKey)).body.doc;
      await refused(
        resealed(archive, (c) => ({ ...c, doc: otherDoc })),
        422,
        'invalid_archive',
        /another workshop/,
      );
      const junk = Buffer.from('this is not a yjs update at all').toString('base64');
      await refused(
        resealed(archive, (c) => ({ ...c, doc: junk })),
        422,
        'invalid_archive',
        /cannot be read/,
      );
      // An update that builds on content the archive does not hold.
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(archive.doc, 'base64'));
      const vector = Y.encodeStateVector(doc);
      doc.getMap('meta').set('title', 'later');
      const partial = Buffer.from(Y.encodeStateAsUpdate(doc, vector)).toString('base64');
      await refused(
        resealed(archive, (c) => ({ ...c, doc: partial })),
        422,
        'invalid_archive',
        /incomplete/,
      );
    });

    it('ballots that name people in an anonymous vote', async () => {
      const [, , dots] = stageIds;
      const someone = archive.participants[0]?.id as string;
      const forged = resealed(archive, (c) => ({
        ...c,
        ballots: c.ballots.map((b) =>
          b.stageId === dots && b.anonymous
            ? {
                ...b,
                anonymous: false as const,
                participantId: someone,
                group: 'government' as const,
                castAt: 1,
              }
            : b,
        ),
      }));
      await refused(forged, 422, 'invalid_archive', /named, but the vote is not/);
    });

    it('junk JSON, no JSON, the wrong shape, and a body that is too large', async () => {
      await refused('{"format": "majlis-archive", ', 400, 'invalid_json');
      await refused('[1, 2, 3]', 400, 'bad_request', /not a Majlis workshop archive/);
      await refused({ ...archive, participants: [{ name: 'x' }] }, 400, 'bad_request', /participants\.0/);
      const res = await fetch(`${t.url}/api/workshops/import`, { method: 'POST', body: 'hello' });
      expect(res.status).toBe(400);
      await refused(`{"doc":"${'A'.repeat(21_000_000)}"}`, 413, 'payload_too_large');
    });
  });
});
