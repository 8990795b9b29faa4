import { ARCHIVE_VERSION, type ArchiveBallot, archiveSchema, POOLED_GROUP, tallyVote } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { archiveDigest } from './archiveDigest.js';
import { DOT_BALLOTS, DOTS, fixtureSource, ITEM_AUTHORS, SCORE, WORKSHOP } from './archiveFixture.js';
import { archiveBallots, buildArchive } from './buildArchive.js';

const ofStage = (ballots: readonly ArchiveBallot[], stageId: string) =>
  ballots.filter((b) => b.stageId === stageId);

describe('buildArchive', () => {
  it('builds an archive of the archive schema, sealed with its digest', () => {
    const archive = buildArchive(fixtureSource());
    expect(archiveSchema.parse(archive)).toEqual(archive);
    expect(archive).toMatchObject({ format: 'majlis-archive', version: ARCHIVE_VERSION, exportedAt: 9_000 });
    expect(archive.workshop).toEqual({
      id: WORKSHOP.id,
      title: WORKSHOP.title,
      locale: 'ar',
      createdAt: 1_000,
    });
    expect(archive.digest).toBe(archiveDigest(archive));
    expect(archive.audit.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('keeps who wrote each idea beside the doc, in item order, and not in the doc', () => {
    const source = fixtureSource();
    const archive = buildArchive({ ...source, itemAuthors: [...ITEM_AUTHORS].reverse() });
    expect(archive.itemAuthors).toEqual(ITEM_AUTHORS);
    expect(Buffer.from(archive.doc, 'base64').toString('latin1')).not.toContain('pa_gov00001');
  });

  it('holds no credential: neither the facilitator key hash nor the join code', () => {
    const text = JSON.stringify(buildArchive(fixtureSource()));
    expect(text).not.toContain(WORKSHOP.facilitatorKeyHash);
    expect(text).not.toContain('facilitatorKey');
    expect(text).not.toContain('joinCode');
  });

  it('keeps a removed participant as removed and leaves their ballots out of every vote', () => {
    const source = fixtureSource();
    const [gone] = source.participants;
    const archive = buildArchive({
      ...source,
      participants: source.participants.map((p) => (p.id === gone?.id ? { ...p, removedAt: 8_000 } : p)),
    });
    expect(archiveSchema.parse(archive)).toEqual(archive);
    expect(archive.participants.find((p) => p.id === gone?.id)?.removedAt).toBe(8_000);
    const full = buildArchive(source);
    expect(ofStage(archive.ballots, DOTS)).toHaveLength(ofStage(full.ballots, DOTS).length - 1);
    expect(ofStage(archive.ballots, SCORE)).toHaveLength(ofStage(full.ballots, SCORE).length - 1);
    expect(ofStage(archive.ballots, SCORE).some((b) => !b.anonymous && b.participantId === gone?.id)).toBe(
      false,
    );
  });

  it('keeps who cast a named vote, and when', () => {
    const named = ofStage(buildArchive(fixtureSource()).ballots, SCORE);
    expect(named).toHaveLength(2);
    for (const b of named) expect(b).toMatchObject({ anonymous: false, participantId: expect.any(String) });
    expect(named.map((b) => (b.anonymous ? 0 : b.castAt))).toEqual([4_000, 4_001]);
  });

  it('drops who cast an anonymous vote, and when, and pools the groups its results do not show', () => {
    const anonymous = ofStage(buildArchive(fixtureSource()).ballots, DOTS);
    expect(anonymous).toHaveLength(DOT_BALLOTS.length);
    for (const b of anonymous) {
      expect(Object.keys(b).sort()).toEqual(['anonymous', 'ballot', 'group', 'stageId']);
      expect(JSON.stringify(b)).not.toMatch(/pa_|cv_/);
    }
    // Three government voters show on their own; two academics and one community voter do not.
    expect(anonymous.map((b) => b.group).sort()).toEqual([
      'government',
      'government',
      'government',
      POOLED_GROUP,
      POOLED_GROUP,
      POOLED_GROUP,
    ]);
  });

  it('lists anonymous ballots in an order that owes nothing to cast order or to ids', () => {
    const { votes } = fixtureSource();
    const dots = votes[0];
    if (!dots) throw new Error('fixture has the dot vote');
    const reversed = [...dots.ballots]
      .reverse()
      .map((b, i) => ({ ...b, participantId: `pz_other00${i}`, castAt: 10 - i }));
    expect(archiveBallots(dots.stage, reversed)).toEqual(archiveBallots(dots.stage, dots.ballots));
  });

  it('pools a group absorbed to protect a pool of one, as the results do', () => {
    const { votes } = fixtureSource();
    const dots = votes[0];
    if (!dots) throw new Error('fixture has the dot vote');
    // Three government voters and one academic: alone, the academic's ballot would be overall minus government.
    const ballots = dots.ballots.filter((b) => b.group === 'government' || b.participantId === 'pa_acad0001');
    const settings = dots.stage.vote?.settings;
    if (!settings) throw new Error('fixture dot vote has settings');
    expect(tallyVote(settings, dots.stage.vote?.targets ?? [], ballots).byGroup.map((g) => g.group)).toEqual([
      'other',
    ]);
    expect(archiveBallots(dots.stage, ballots).every((b) => b.group === POOLED_GROUP)).toBe(true);
  });
});
