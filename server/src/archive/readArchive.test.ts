import {
  type Archive,
  type ArchiveContent,
  docSchemaVersion,
  initWorkshopDoc,
  readItems,
  SCHEMA_VERSION,
  templateStages,
} from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sealEntry } from '../audit/auditChain.js';
import { archiveDigest } from './archiveDigest.js';
import {
  BRAINSTORM,
  DOTS,
  fixtureDoc,
  fixtureSource,
  ITEM_AUTHORS,
  ITEMS,
  SCORE,
  WORKSHOP_ID,
} from './archiveFixture.js';
import { buildArchive } from './buildArchive.js';
import { readArchive } from './readArchive.js';

const OPTIONS = { maxDocBytes: 1_000_000 };

/** The fixture's archive, changed by `edit` and sealed again, as a forger would. */
function resealed(edit: (content: ArchiveContent) => ArchiveContent): Archive {
  const { digest: _old, ...content } = buildArchive(fixtureSource());
  const changed = edit(structuredClone(content));
  return { ...changed, digest: archiveDigest(changed) };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

function expectRefused(body: unknown, code: string, message: RegExp, options = OPTIONS) {
  const read = readArchive(body, options);
  expect(read.ok).toBe(false);
  if (!read.ok) {
    expect(read.error.code).toBe(code);
    expect(read.error.message).toMatch(message);
  }
}

describe('readArchive', () => {
  it('accepts an archive as built, with its doc bytes', () => {
    const source = fixtureSource();
    const archive = buildArchive(source);
    const read = readArchive(JSON.parse(JSON.stringify(archive)), OPTIONS);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.value.archive).toEqual(archive);
      expect(read.value.doc).toEqual(source.doc);
      expect(read.value.authors).toEqual(ITEM_AUTHORS.map((a) => ({ ...a, stageId: BRAINSTORM })));
    }
  });

  it('reads a version 1 archive, whose doc named the authors, and takes them out of the doc', () => {
    const doc = fixtureDoc();
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 1);
      for (const { itemId, participantId } of ITEM_AUTHORS) {
        (doc.getMap('items').get(itemId) as Y.Map<unknown>).set('authorId', participantId);
      }
      // An author who is not among the participants could never sign in again: left out.
      (doc.getMap('items').get(ITEMS[2]) as Y.Map<unknown>).set('authorId', 'pa_gone00001');
    });
    const { digest: _d, itemAuthors: _a, ...content } = buildArchive(fixtureSource(doc));
    const v1 = { ...content, version: 1 as const };
    const read = readArchive(JSON.parse(JSON.stringify({ ...v1, digest: archiveDigest(v1) })), OPTIONS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.authors).toEqual(ITEM_AUTHORS.map((a) => ({ ...a, stageId: BRAINSTORM })));
    const text = Buffer.from(read.value.doc).toString('latin1');
    for (const id of ['pa_gov00001', 'pa_gone00001']) expect(text).not.toContain(id);
    const migrated = new Y.Doc();
    Y.applyUpdate(migrated, read.value.doc);
    expect(docSchemaVersion(migrated)).toBe(SCHEMA_VERSION);
    expect(readItems(migrated)).toEqual(readItems(doc));
  });

  it('refuses item authors that do not fit the doc or the participants, or the version', () => {
    const cases: Array<[(c: ArchiveContent) => ArchiveContent, RegExp]> = [
      [
        (c) => ({ ...c, itemAuthors: [{ itemId: 'it_nowhere1', participantId: 'pa_gov00001' }] }),
        /not an idea/,
      ],
      [
        (c) => ({ ...c, itemAuthors: [{ itemId: ITEMS[2], participantId: 'pa_nobody01' }] }),
        /not a participant/,
      ],
      [(c) => ({ ...c, itemAuthors: [...(c.itemAuthors ?? []), ...(c.itemAuthors ?? [])] }), /two authors/],
      [({ itemAuthors: _a, ...c }) => c, /lists who wrote its ideas/],
      [(c) => ({ ...c, version: 1 }), /version 1 archive has no itemAuthors/],
    ];
    for (const [edit, message] of cases) expectRefused(resealed(edit), 'invalid_archive', message);
  });

  it('refuses what is not an archive, and another version, with a clear error', () => {
    for (const junk of [null, 'text', 42, [], {}, { format: 'something-else', version: 1 }]) {
      expectRefused(junk, 'bad_request', /not a Majlis workshop archive/);
    }
    expectRefused(
      { ...buildArchive(fixtureSource()), version: 3 },
      'invalid_archive',
      /version 3; this server reads versions 1 and 2/,
    );
  });

  it('refuses a wrong shape, saying where', () => {
    const archive = buildArchive(fixtureSource());
    expectRefused({ ...archive, participants: 'many' }, 'bad_request', /participants/);
    expectRefused({ ...archive, extra: true }, 'bad_request', /extra/);
    expectRefused({ ...archive, doc: '***' }, 'bad_request', /doc: must be base64/);
    const keyed = { ...archive, workshop: { ...archive.workshop, facilitatorKeyHash: 'x' } };
    expectRefused(keyed, 'bad_request', /facilitatorKeyHash/);
  });

  it('refuses any edit the digest does not cover', () => {
    const archive = buildArchive(fixtureSource());
    expectRefused(
      { ...archive, workshop: { ...archive.workshop, title: 'Edited' } },
      'invalid_archive',
      /digest does not match/,
    );
    expectRefused({ ...archive, ballots: archive.ballots.slice(1) }, 'invalid_archive', /digest/);
    expectRefused({ ...archive, digest: '0'.repeat(64) }, 'invalid_archive', /digest/);
  });

  it('refuses an edited audit log even with a new digest', () => {
    const edited = resealed((c) => {
      const [first, ...rest] = c.audit;
      if (!first) throw new Error('fixture has an audit log');
      return { ...c, audit: [{ ...first, details: { targets: [] } }, ...rest] };
    });
    expectRefused(edited, 'invalid_archive', /audit log is broken at entry 1/);
    const dropped = resealed((c) => ({ ...c, audit: c.audit.slice(1) }));
    expectRefused(dropped, 'invalid_archive', /audit log is broken/);
  });

  it('refuses a doc that does not decode, is incomplete, empty, too large or of another workshop', () => {
    const junk = resealed((c) => ({
      ...c,
      doc: base64(new Uint8Array([0xff, 0xfe, 0x01, 0x02, 0x99, 0x00])),
    }));
    expectRefused(junk, 'invalid_archive', /cannot be read/);

    const doc = fixtureDoc();
    const later = new Y.Doc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(doc));
    later.getMap('meta').set('title', 'later');
    const onlyTheChange = Y.encodeStateAsUpdate(later, Y.encodeStateVector(doc));
    expectRefused(
      resealed((c) => ({ ...c, doc: base64(onlyTheChange) })),
      'invalid_archive',
      /incomplete/,
    );

    expectRefused(
      resealed((c) => ({ ...c, doc: base64(Y.encodeStateAsUpdate(new Y.Doc())) })),
      'invalid_archive',
      /holds no workshop/,
    );
    expectRefused(buildArchive(fixtureSource()), 'payload_too_large', /larger/, { maxDocBytes: 100 });

    const other = new Y.Doc();
    initWorkshopDoc(other, {
      id: 'ws_another1',
      title: 'Another',
      locale: 'en',
      joinCode: '123456',
      createdAt: 0,
      stages: templateStages('vlr').map((template, i) => ({ id: `st_other00${i}`, template })),
    });
    expectRefused(
      resealed((c) => ({ ...c, doc: base64(Y.encodeStateAsUpdate(other)) })),
      'invalid_archive',
      /another workshop/,
    );
  });

  it('refuses ballots that do not fit the doc or the participants', () => {
    const cases: Array<[(c: ArchiveContent) => ArchiveContent, RegExp]> = [
      [(c) => ({ ...c, ballots: c.ballots.map((b) => ({ ...b, stageId: 'st_brain001' })) }), /not a vote/],
      [
        (c) => ({
          ...c,
          ballots: c.ballots.map((b) =>
            b.stageId === DOTS && b.anonymous
              ? {
                  ...b,
                  anonymous: false as const,
                  participantId: 'pa_gov00001',
                  group: 'government' as const,
                  castAt: 1,
                }
              : b,
          ),
        }),
        /is named, but the vote is not/,
      ],
      [
        (c) => ({
          ...c,
          ballots: c.ballots.map((b) =>
            b.stageId === SCORE && !b.anonymous ? { ...b, participantId: 'pa_nobody01' } : b,
          ),
        }),
        /not a participant/,
      ],
      [
        (c) => ({
          ...c,
          ballots: c.ballots.map((b) =>
            b.stageId === SCORE && !b.anonymous ? { ...b, group: 'private_sector' as const } : b,
          ),
        }),
        /another group/,
      ],
      [
        (c) => ({
          ...c,
          ballots: c.ballots.map((b) =>
            b.stageId === DOTS
              ? { ...b, ballot: { kind: 'dots' as const, allocations: { it_alpha001: 50 } } }
              : b,
          ),
        }),
        /could take/,
      ],
      [
        (c) => ({ ...c, ballots: [...c.ballots, ...c.ballots.filter((b) => b.stageId === SCORE)] }),
        /two ballots/,
      ],
      [(c) => ({ ...c, participants: [...c.participants, ...c.participants.slice(0, 1)] }), /listed twice/],
      [
        (c) => ({
          ...c,
          participants: c.participants
            .slice(0, 5)
            .filter((p) => p.id !== 'pa_comm0001' && p.id !== 'pa_gov00003'),
        }),
        /more ballots than participants|not a participant/,
      ],
    ];
    for (const [edit, message] of cases) expectRefused(resealed(edit), 'invalid_archive', message);
  });

  it('refuses audit details nested too deep, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const archive = buildArchive(fixtureSource());
    const entry = sealEntry({ at: 1, action: 'x', actorRole: 'facilitator' }, '', 1);
    expectRefused({ ...archive, audit: [{ ...entry, details: deep }] }, 'bad_request', /nests too deep/);
    expect(WORKSHOP_ID).toBe(archive.workshop.id);
  });
});
