import { type StageView, tallyVote, type VoteResults } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { sealEntry, verifyChain } from '../audit/auditChain.js';
import type { BallotRecord } from '../storage/Store.js';
import { DOTS, fixtureSource, PARTICIPANTS, SCORE } from './archiveFixture.js';
import { buildArchive } from './buildArchive.js';
import { importRecords } from './importRecords.js';

let counter = 0;
const target = {
  workshopId: 'ws_target01',
  now: 50_000,
  newId: () => `id_fresh${String(++counter).padStart(4, '0')}`,
};

/** Results with the groups in a fixed order: the order of equal-sized groups follows storage order. */
function results(stage: StageView, ballots: readonly BallotRecord[]): VoteResults {
  const settings = stage.vote?.settings;
  if (!settings) throw new Error('the fixture votes have settings');
  const r = tallyVote(settings, stage.vote?.targets ?? [], ballots);
  return { ...r, byGroup: [...r.byGroup].sort((a, b) => (a.group < b.group ? -1 : 1)) };
}

describe('importRecords', () => {
  const source = fixtureSource();
  const archive = buildArchive(source);
  const records = importRecords(archive, target);

  it('moves the participants to the new workshop with their ids and consent', () => {
    expect(records.participants.map(({ workshopId: _w, ...p }) => p)).toEqual(
      PARTICIPANTS.map(({ workshopId: _w, ...p }) => ({ ...p, nameInMinutes: p.nameInMinutes === true })),
    );
    expect(records.participants.every((p) => p.workshopId === 'ws_target01')).toBe(true);
  });

  it('gives anonymous ballots fresh ids that belong to nobody, and named ones their voter', () => {
    const people = new Set(PARTICIPANTS.map((p) => p.id));
    const anonymous = records.ballots.filter((b) => b.stageId === DOTS);
    expect(anonymous.every((b) => !people.has(b.participantId) && b.castAt === 50_000)).toBe(true);
    expect(new Set(anonymous.map((b) => b.participantId)).size).toBe(anonymous.length);
    const named = records.ballots.filter((b) => b.stageId === SCORE);
    expect(named.map((b) => [b.participantId, b.castAt])).toEqual([
      ['pa_gov00001', 4_000],
      ['pa_gov00002', 4_001],
    ]);
  });

  it('tallies exactly as the source did, groups and all', () => {
    for (const { stage, ballots } of source.votes) {
      const imported = records.ballots.filter((b) => b.stageId === stage.id);
      expect(results(stage, imported)).toEqual(results(stage, ballots));
    }
  });

  it('keeps the audit log verbatim and records the import after it', () => {
    expect(records.audit).toEqual(source.audit);
    const last = records.audit.at(-1);
    const imported = sealEntry(records.imported, last?.hash ?? '', (last?.seq ?? 0) + 1);
    expect(verifyChain([...records.audit, imported])).toEqual({ valid: true });
    expect(records.imported).toMatchObject({
      action: 'imported',
      at: 50_000,
      details: { sourceWorkshopId: 'ws_source01', archiveDigest: archive.digest, exportedAt: 9_000 },
    });
  });
});
