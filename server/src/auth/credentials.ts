/**
 * Credentials and what they open. Three kinds, each bound to one workshop:
 *   facilitator key  f.<workshopId>.<secret>         secret hashed in the store, shown once
 *   participant token p.<workshopId>.<participantId>.<hmac>
 *   board token       b.<workshopId>.<hmac>           read-only
 *   scribe token      s.<workshopId>.<scribeId>.<hmac> notes and outcomes only; revocable (kept in the store)
 * The HMACs use the server secret kept in the store, so every process on one store accepts them.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ErrorCode, fail, ID_PATTERN, ok, type Result } from '@majlis/shared';
import type { ParticipantRecord, ScribeRecord, Store, WorkshopRecord } from '../storage/Store.js';

export type Principal =
  | { readonly role: 'facilitator'; readonly workshopId: string }
  | { readonly role: 'board'; readonly workshopId: string }
  | { readonly role: 'participant'; readonly workshopId: string; readonly participant: ParticipantRecord }
  | { readonly role: 'scribe'; readonly workshopId: string; readonly scribe: ScribeRecord };

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
  constructor(
    private readonly secret: Uint8Array,
    private readonly store: Store,
  ) {}

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

  boardToken(workshopId: string): string {
    return `b.${workshopId}.${this.sign(`b|${workshopId}`)}`;
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
      if (!sameText(parts[2] ?? '', this.sign(`b|${workshopId}`))) return refused;
      if (!(await this.store.getWorkshop(workshopId))) return refused;
      return ok({ role: 'board', workshopId });
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
      return ok({ role: 'participant', workshopId, participant });
    }
    if (kind === 's' && parts.length === 4) {
      const scribeId = parts[2] ?? '';
      if (!ID_PATTERN.test(scribeId)) return refused;
      if (!sameText(parts[3] ?? '', this.sign(`s|${workshopId}|${scribeId}`))) return refused;
      const scribe = await this.store.getScribe(workshopId, scribeId);
      if (!scribe || scribe.revokedAt !== null) return refused;
      return ok({ role: 'scribe', workshopId, scribe });
    }
    return refused;
  }

  /**
   * Whether a principal still stands (a scribe link not revoked, a participant not removed or taken
   * over), for a check after registering a connection: a revoke that landed while the connection was
   * being authorized found nothing to cut.
   */
  async recheck(principal: Principal): Promise<Result<true>> {
    if (principal.role === 'scribe') {
      const record = await this.store.getScribe(principal.workshopId, principal.scribe.id);
      if (!record || record.revokedAt !== null) return fail(ErrorCode.unauthorized, 'This link was revoked.');
    }
    if (principal.role === 'participant') {
      const record = await this.store.getParticipant(principal.workshopId, principal.participant.id);
      if (!record) return fail(ErrorCode.unauthorized, 'This link or token is not valid.');
      if (typeof record.removedAt === 'number') {
        return fail(ErrorCode.forbidden, 'The facilitator removed you from this workshop.');
      }
      if ((record.tokenGen ?? 0) !== (principal.participant.tokenGen ?? 0)) {
        return fail(ErrorCode.unauthorized, 'You joined on another device.');
      }
    }
    return ok(true);
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
