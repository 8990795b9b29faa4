/**
 * Credentials and what they open. Three kinds, each bound to one workshop:
 *   facilitator key  f.<workshopId>.<secret>         secret hashed in the store, shown once; rotatable
 *   participant token p.<workshopId>.<participantId>.<hmac>
 *   board token       b.<workshopId>.<hmac>           read-only; rotatable (the HMAC covers its generation)
 *   scribe token      s.<workshopId>.<scribeId>.<hmac> notes and outcomes only; revocable (kept in the store)
 * The HMACs use the server secret kept in the store, so every process on one store accepts them.
 * Once a workshop has ended, participant, scribe and board credentials open it for a grace period
 * only (`endedGraceMs`); the facilitator key keeps working.
 *
 * A join link also carries a key: an HMAC of the join code, which skips the join guard's failure
 * budgets. A code is never given to a second workshop, so the key names one workshop.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ErrorCode, fail, ID_PATTERN, ok, type Result } from '@majlis/shared';
import type { ParticipantRecord, ScribeRecord, Store, WorkshopRecord } from '../storage/Store.js';

/** Who a credential speaks for. `expiresAt`: the end of an ended workshop's grace period for this link. */
export type Principal =
  | { readonly role: 'facilitator'; readonly workshopId: string }
  | { readonly role: 'board'; readonly workshopId: string; readonly expiresAt?: number }
  | {
      readonly role: 'participant';
      readonly workshopId: string;
      readonly participant: ParticipantRecord;
      readonly expiresAt?: number;
    }
  | {
      readonly role: 'scribe';
      readonly workshopId: string;
      readonly scribe: ScribeRecord;
      readonly expiresAt?: number;
    };

type Guest = Exclude<Principal, { role: 'facilitator' }>;

export interface CredentialOptions {
  /** How long after a workshop ended its guests' links still open it. */
  readonly endedGraceMs: number;
  readonly now: () => number;
  /**
   * Told when a guest of an ended workshop is let in during the grace period, so whoever holds the
   * live connections can close them when it runs out (also after a restart).
   */
  readonly onGraceGuest?: (workshopId: string, expiresAt: number) => void;
}

const DEFAULT_OPTIONS: CredentialOptions = { endedGraceMs: 24 * 3_600_000, now: Date.now };

/** Characters of the join-link key: 16 base64url characters are 96 bits. */
const JOIN_KEY_LENGTH = 16;

const MAX_CREDENTIAL_LENGTH = 300;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const participantText = (workshopId: string, participantId: string, generation: number): string =>
  generation === 0 ? `p|${workshopId}|${participantId}` : `p|${workshopId}|${participantId}|${generation}`;

/** Issues and checks credentials with the server secret. */
export class Credentials {
  private readonly options: CredentialOptions;

  constructor(
    private readonly secret: Uint8Array,
    private readonly store: Store,
    options: Partial<CredentialOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  private sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64url');
  }

  /** A new facilitator key and the hash to store. */
  newFacilitatorKey(workshopId: string): { key: string; hash: string } {
    const secret = randomBytes(24).toString('base64url');
    return { key: `f.${workshopId}.${secret}`, hash: hashSecret(secret) };
  }

  /**
   * A participant's token. `generation` goes up when another device takes the participant over (an
   * invitation used again); tokens of earlier generations stop. Generation 0 signs as it always has.
   */
  participantToken(workshopId: string, participantId: string, generation = 0): string {
    return `p.${workshopId}.${participantId}.${this.sign(participantText(workshopId, participantId, generation))}`;
  }

  scribeToken(workshopId: string, scribeId: string): string {
    return `s.${workshopId}.${scribeId}.${this.sign(`s|${workshopId}|${scribeId}`)}`;
  }

  /**
   * A short keyed hash of the address a participant joined from: joins from one address share it,
   * yet neither the console nor the store learns the address, and other workshops get other tags.
   */
  addressTag(workshopId: string, address: string): string {
    return this.sign(`a|${workshopId}|${address}`).slice(0, 12);
  }

  /** The board link's token of a generation; each rotation moves to the next, and only the current one opens. */
  boardToken(workshopId: string, generation = 0): string {
    return `b.${workshopId}.${this.boardSignature(workshopId, generation)}`;
  }

  private boardSignature(workshopId: string, generation: number): string {
    // Generation 0 signs what board tokens signed before they could be rotated, so those stay valid.
    return this.sign(generation === 0 ? `b|${workshopId}` : `b|${workshopId}|${generation}`);
  }

  /** The key a join link carries for a join code (`/join/<code>#k=<key>`). */
  joinKey(joinCode: string): string {
    return this.sign(`j|${joinCode}`).slice(0, JOIN_KEY_LENGTH);
  }

  /** True when `key` is the join-link key of `joinCode`. No store look-up. */
  isJoinKey(joinCode: string, key: unknown): boolean {
    return typeof key === 'string' && key.length === JOIN_KEY_LENGTH && sameText(key, this.joinKey(joinCode));
  }

  /** When an ended workshop's guest links stop opening it. */
  guestsUntil(workshop: WorkshopRecord): number | undefined {
    return workshop.endedAt === undefined ? undefined : workshop.endedAt + this.options.endedGraceMs;
  }

  /** Who a credential speaks for, or `unauthorized` when it is not one this server issued. */
  async authenticate(credential: unknown): Promise<Result<Principal>> {
    const refused = fail<Principal>(ErrorCode.unauthorized, 'This link or token is not valid.');
    if (typeof credential !== 'string' || credential.length > MAX_CREDENTIAL_LENGTH) return refused;
    const parts = credential.split('.');
    const [kind, workshopId] = parts;
    if (workshopId === undefined || !ID_PATTERN.test(workshopId)) return refused;
    if (kind === 'f' && parts.length === 3) {
      const workshop: WorkshopRecord | undefined = await this.store.getWorkshop(workshopId);
      if (!workshop || !sameText(hashSecret(parts[2] ?? ''), workshop.facilitatorKeyHash)) return refused;
      return ok({ role: 'facilitator', workshopId });
    }
    if (kind === 'b' && parts.length === 3) {
      const workshop = await this.store.getWorkshop(workshopId);
      const generation = workshop?.boardGeneration ?? 0;
      if (!workshop || !sameText(parts[2] ?? '', this.boardSignature(workshopId, generation))) return refused;
      return this.admitGuest(workshop, { role: 'board', workshopId });
    }
    if (kind === 'p' && parts.length === 4) {
      const participantId = parts[2] ?? '';
      if (!ID_PATTERN.test(participantId)) return refused;
      const participant = await this.store.getParticipant(workshopId, participantId);
      if (!participant) return refused;
      const signed = this.sign(participantText(workshopId, participantId, participant.tokenGen ?? 0));
      if (!sameText(parts[3] ?? '', signed)) return refused;
      if (typeof participant.removedAt === 'number') {
        return fail(ErrorCode.forbidden, 'The facilitator removed you from this workshop.');
      }
      const workshop = await this.store.getWorkshop(workshopId);
      if (!workshop) return refused;
      return this.admitGuest(workshop, { role: 'participant', workshopId, participant });
    }
    if (kind === 's' && parts.length === 4) {
      const scribeId = parts[2] ?? '';
      if (!ID_PATTERN.test(scribeId)) return refused;
      if (!sameText(parts[3] ?? '', this.sign(`s|${workshopId}|${scribeId}`))) return refused;
      const scribe = await this.store.getScribe(workshopId, scribeId);
      const workshop = scribe && scribe.revokedAt === null && (await this.store.getWorkshop(workshopId));
      if (!scribe || !workshop) return refused;
      return this.admitGuest(workshop, { role: 'scribe', workshopId, scribe });
    }
    return refused;
  }

  /** A guest's principal, with its end of grace once the workshop has ended; refused after that. */
  private admitGuest(workshop: WorkshopRecord, guest: Guest): Result<Principal> {
    const until = this.guestsUntil(workshop);
    if (until === undefined) return ok(guest);
    if (this.options.now() >= until) {
      return fail(ErrorCode.workshopEnded, 'This workshop has ended; this link no longer opens it.');
    }
    this.options.onGraceGuest?.(workshop.id, until);
    return ok({ ...guest, expiresAt: until });
  }

  /**
   * Whether a credential still opens what it opened, and why not: checked again once a connection
   * is registered, because a revoke, a removal, a takeover by another device, a rotation or the end
   * of a grace period may have landed while it was being authorized, and then found nothing to close.
   */
  async stillValid(credential: unknown): Promise<Result<Principal>> {
    return this.authenticate(credential);
  }

  /** Like `authenticate`, and also refuses a credential of another workshop with `wrong_workshop`. */
  async authorizeFor(credential: unknown, workshopId: string): Promise<Result<Principal>> {
    const result = await this.authenticate(credential);
    if (result.ok && result.value.workshopId !== workshopId) {
      return fail(ErrorCode.wrongWorkshop, 'This credential belongs to another workshop.');
    }
    return result;
  }
}
