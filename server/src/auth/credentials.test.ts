import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode } from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LevelStore } from '../storage/LevelStore.js';
import type { ParticipantRecord } from '../storage/Store.js';
import { Credentials, hashSecret } from './credentials.js';

const WS_A = 'wsAAAAAAAAAAAAAA';
const WS_B = 'wsBBBBBBBBBBBBBB';
const PARTICIPANT = 'ptAAAAAAAAAAAAAA';

let dir: string;
let store: LevelStore;
let credentials: Credentials;
let facilitatorKeyA: string;
let facilitatorKeyB: string;
let participantA: ParticipantRecord;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'majlis-'));
  store = await LevelStore.open(dir);
  credentials = new Credentials(await store.getOrCreateSecret(), store);
  const keys = [WS_A, WS_B].map((id) => credentials.newFacilitatorKey(id));
  [facilitatorKeyA, facilitatorKeyB] = keys.map((k) => k.key) as [string, string];
  for (const [i, id] of [WS_A, WS_B].entries()) {
    await store.createWorkshop({
      id,
      joinCode: `00000${i}`,
      title: id,
      locale: 'ar',
      facilitatorKeyHash: keys[i]?.hash ?? '',
      createdAt: 0,
    });
  }
  participantA = {
    id: PARTICIPANT,
    workshopId: WS_A,
    name: 'Layla',
    organization: 'Municipality',
    group: 'government',
    locale: 'ar',
    createdAt: 0,
  };
  await store.addParticipant(participantA);
});

afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function refusedWith(credential: unknown, code: string = ErrorCode.unauthorized): Promise<void> {
  const result = await credentials.authenticate(credential);
  expect(result.ok ? 'accepted' : result.error.code).toBe(code);
}

/** Replaces the last character of a credential with another url-safe one. */
function tamper(credential: string): string {
  const last = credential.at(-1);
  return `${credential.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
}

describe('Credentials round trips', () => {
  it('accepts a facilitator key for its workshop', async () => {
    expect(facilitatorKeyA.startsWith(`f.${WS_A}.`)).toBe(true);
    expect(await credentials.authenticate(facilitatorKeyA)).toEqual({
      ok: true,
      value: { role: 'facilitator', workshopId: WS_A },
    });
  });

  it('issues keys whose hash, not the key, is what the store keeps', () => {
    const { key, hash } = credentials.newFacilitatorKey(WS_A);
    const secret = key.split('.')[2] ?? '';
    expect(hash).toBe(hashSecret(secret));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(credentials.newFacilitatorKey(WS_A).key).not.toBe(key);
  });

  it('accepts a participant token and returns the participant', async () => {
    const token = credentials.participantToken(WS_A, PARTICIPANT);
    expect(await credentials.authenticate(token)).toEqual({
      ok: true,
      value: { role: 'participant', workshopId: WS_A, participant: participantA },
    });
  });

  it('accepts a board token', async () => {
    expect(await credentials.authenticate(credentials.boardToken(WS_B))).toEqual({
      ok: true,
      value: { role: 'board', workshopId: WS_B },
    });
  });

  it('accepts tokens issued by another Credentials on the same store secret', async () => {
    const other = new Credentials(await store.getOrCreateSecret(), store);
    const result = await other.authenticate(credentials.participantToken(WS_A, PARTICIPANT));
    expect(result.ok).toBe(true);
  });
});

describe('Credentials refusals', () => {
  it('refuses tampered signatures and secrets', async () => {
    await refusedWith(tamper(credentials.participantToken(WS_A, PARTICIPANT)));
    await refusedWith(tamper(credentials.boardToken(WS_A)));
    await refusedWith(tamper(facilitatorKeyA));
  });

  it('refuses a signature cut short or doubled', async () => {
    const board = credentials.boardToken(WS_A);
    await refusedWith(board.slice(0, -1));
    await refusedWith(`${board}${board.split('.')[2]}`);
  });

  it("refuses a credential with another workshop's id swapped in", async () => {
    await refusedWith(credentials.participantToken(WS_A, PARTICIPANT).replace(WS_A, WS_B));
    await refusedWith(credentials.boardToken(WS_A).replace(WS_A, WS_B));
    await refusedWith(facilitatorKeyA.replace(WS_A, WS_B));
    await refusedWith(facilitatorKeyB.replace(WS_B, WS_A));
  });

  it('refuses a board token signed as a participant token and the other way round', async () => {
    const board = credentials.boardToken(WS_A);
    const participant = credentials.participantToken(WS_A, PARTICIPANT);
    await refusedWith(`p.${WS_A}.${PARTICIPANT}.${board.split('.')[2]}`);
    await refusedWith(`b.${WS_A}.${participant.split('.')[3]}`);
  });

  it('refuses a correctly signed token of a participant the store does not know', async () => {
    await refusedWith(credentials.participantToken(WS_A, 'ptUNKNOWN0000000'));
    await refusedWith(credentials.participantToken(WS_B, PARTICIPANT));
  });

  it('refuses a correctly signed board token of a workshop the store does not know', async () => {
    await refusedWith(credentials.boardToken('wsMISSING0000000'));
  });

  it('refuses tokens signed with another secret', async () => {
    const forger = new Credentials(new Uint8Array(32).fill(7), store);
    await refusedWith(forger.participantToken(WS_A, PARTICIPANT));
    await refusedWith(forger.boardToken(WS_A));
  });

  it.each([
    '',
    '.',
    '..',
    'f',
    'f.',
    `f.${WS_A}`,
    `f.${WS_A}.`,
    `x.${WS_A}.secret`,
    `F.${WS_A}.secret`,
    `p.${WS_A}`,
    `p.${WS_A}.${PARTICIPANT}`,
    `p.${WS_A}.bad id!.sig`,
    `b.${WS_A}`,
    `b.${WS_A}.sig.extra`,
    `f.../..`,
    `f.short.secret`,
    'Bearer something',
    '\u0000\u0000\u0000',
  ])('refuses the garbage string %j', async (credential) => {
    await refusedWith(credential);
  });

  it('refuses valid credentials with extra parts or whitespace', async () => {
    const token = credentials.participantToken(WS_A, PARTICIPANT);
    await refusedWith(`${token}.`);
    await refusedWith(` ${token}`);
    await refusedWith(`${credentials.boardToken(WS_A)}\n`);
  });

  it('refuses non-strings', async () => {
    for (const credential of [
      undefined,
      null,
      42,
      true,
      {},
      [],
      ['f', WS_A, 'x'],
      { toString: () => facilitatorKeyA },
    ]) {
      await refusedWith(credential);
    }
    await refusedWith(Buffer.from(facilitatorKeyA));
  });

  it('refuses a credential longer than 300 characters, even one that would match', async () => {
    const workshopId = 'wsLONGKEY0000000';
    const secretAt = (length: number) => 'k'.repeat(length - `f.${workshopId}.`.length);
    // Two workshops whose stored hashes match keys of exactly 300 and 301 characters.
    await store.createWorkshop({
      id: workshopId,
      joinCode: '900300',
      title: 'long',
      locale: 'en',
      facilitatorKeyHash: hashSecret(secretAt(300)),
      createdAt: 0,
    });
    expect((await credentials.authenticate(`f.${workshopId}.${secretAt(300)}`)).ok).toBe(true);
    const longId = 'wsLONGKEY0000001';
    await store.createWorkshop({
      id: longId,
      joinCode: '900301',
      title: 'longer',
      locale: 'en',
      facilitatorKeyHash: hashSecret(secretAt(301)),
      createdAt: 0,
    });
    await refusedWith(`f.${longId}.${secretAt(301)}`);
  });

  it('answers every refusal with the same readable message', async () => {
    const results = await Promise.all(
      ['', tamper(facilitatorKeyA), credentials.boardToken('wsMISSING0000000')].map((c) =>
        credentials.authenticate(c),
      ),
    );
    const messages = results.map((r) => (r.ok ? '' : r.error.message));
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).not.toBe('');
  });
});

describe('Credentials.authorizeFor', () => {
  it('accepts a credential for its own workshop', async () => {
    const result = await credentials.authorizeFor(credentials.boardToken(WS_A), WS_A);
    expect(result).toEqual({ ok: true, value: { role: 'board', workshopId: WS_A } });
  });

  it('refuses a valid credential of another workshop with wrong_workshop', async () => {
    for (const credential of [
      facilitatorKeyA,
      credentials.boardToken(WS_A),
      credentials.participantToken(WS_A, PARTICIPANT),
    ]) {
      const result = await credentials.authorizeFor(credential, WS_B);
      expect(result.ok ? 'accepted' : result.error.code).toBe(ErrorCode.wrongWorkshop);
    }
  });

  it('refuses an invalid credential as unauthorized, not wrong_workshop', async () => {
    const result = await credentials.authorizeFor(tamper(credentials.boardToken(WS_A)), WS_B);
    expect(result.ok ? 'accepted' : result.error.code).toBe(ErrorCode.unauthorized);
  });
});

describe('the join-link key', () => {
  it('is 96 bits, differs per code, and is checked without the store', () => {
    const key = credentials.joinKey('000000');
    expect(key).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(credentials.joinKey('000001')).not.toBe(key);
    expect(credentials.isJoinKey('000000', key)).toBe(true);
    expect(credentials.isJoinKey('000001', key)).toBe(false);
    expect(credentials.isJoinKey('000000', tamper(key))).toBe(false);
    expect(credentials.isJoinKey('000000', `${key}A`)).toBe(false);
    expect(credentials.isJoinKey('000000', undefined)).toBe(false);
    expect(credentials.isJoinKey('000000', ['x'])).toBe(false);
    expect(new Credentials(new Uint8Array(32).fill(7), store).isJoinKey('000000', key)).toBe(false);
  });
});

describe('rotated board links', () => {
  it('open the board only at the current generation; generation 0 is the token from before rotation', async () => {
    const id = 'wsBOARDROT000000';
    await store.createWorkshop({
      id,
      joinCode: '900400',
      title: 'rot',
      locale: 'en',
      facilitatorKeyHash: 'ab'.repeat(32),
      createdAt: 0,
    });
    const first = credentials.boardToken(id);
    expect(credentials.boardToken(id, 0)).toBe(first);
    expect((await credentials.authenticate(first)).ok).toBe(true);
    const generation = await store.nextBoardGeneration(id);
    expect(generation).toBe(1);
    await refusedWith(first);
    expect((await credentials.authenticate(credentials.boardToken(id, 1))).ok).toBe(true);
    await refusedWith(credentials.boardToken(id, 2));
  });
});

describe('credentials of an ended workshop', () => {
  it('open it during the grace period with its end, then are refused with workshop_ended; the facilitator key stays', async () => {
    let now = 1_000;
    const watched: Array<[string, number]> = [];
    const timed = new Credentials(await store.getOrCreateSecret(), store, {
      endedGraceMs: 500,
      now: () => now,
      onGraceGuest: (workshopId, at) => watched.push([workshopId, at]),
    });
    const id = 'wsENDED000000000';
    const key = timed.newFacilitatorKey(id);
    await store.createWorkshop({
      id,
      joinCode: '900500',
      title: 'ended',
      locale: 'en',
      facilitatorKeyHash: key.hash,
      createdAt: 0,
    });
    const participant = { ...participantA, id: 'ptENDED000000000', workshopId: id };
    await store.addParticipant(participant);
    await store.addScribe({
      id: 'scENDED000000000',
      workshopId: id,
      label: '',
      createdAt: 0,
      revokedAt: null,
    });
    const guests = [
      timed.boardToken(id),
      timed.participantToken(id, participant.id),
      timed.scribeToken(id, 'scENDED000000000'),
    ];
    for (const token of guests) {
      const result = await timed.authenticate(token);
      expect(
        result.ok && result.value.role !== 'facilitator' ? result.value.expiresAt : 'no',
      ).toBeUndefined();
    }
    expect(timed.guestsUntil((await store.getWorkshop(id)) as never)).toBeUndefined();

    await store.endWorkshop(id, 2_000);
    now = 2_499;
    for (const token of guests) {
      const result = await timed.authenticate(token);
      expect(result.ok && result.value.role !== 'facilitator' && result.value.expiresAt).toBe(2_500);
    }
    expect(watched).toEqual(guests.map(() => [id, 2_500]));
    now = 2_500;
    for (const token of guests) {
      const result = await timed.authenticate(token);
      expect(result.ok ? 'accepted' : result.error.code).toBe(ErrorCode.workshopEnded);
    }
    expect(await timed.authenticate(key.key)).toEqual({
      ok: true,
      value: { role: 'facilitator', workshopId: id },
    });
    expect((await timed.stillValid(guests[0])).ok).toBe(false);
    expect((await timed.stillValid(key.key)).ok).toBe(true);
  });
});
