/**
 * The participant list for the facilitator: who joined, how (invited or by the workshop's code),
 * from which address (as a keyed hash), who is here now; and removing people (their credential
 * stops, their connections close with 4403, their ballots leave every tally, the audit log says so)
 * or restoring them.
 */
import { ErrorCode, type ParticipantInfo, participantIdsBody } from '@majlis/shared';
import { Router } from 'express';
import { participantKey } from '../auth/connectionCap.js';
import type { ParticipantRecord } from '../storage/Store.js';
import type { ApiDeps } from './api.js';
import { facilitatorOf } from './facilitatorOnly.js';
import { parseBody, sendError } from './respond.js';

const REFUSAL = 'Only the facilitator manages participants.';

export function createParticipantApi(deps: ApiDeps): Router {
  const { credentials, store, clock, presence, votes, connections } = deps;
  const api = Router();

  api.get('/workshops/:id/participants', async (req, res) => {
    const workshopId = await facilitatorOf(credentials, req, res, REFUSAL);
    if (!workshopId) return;
    const here = new Set(presence.present(workshopId));
    const all = await store.listParticipants(workshopId);
    const participants: ParticipantInfo[] = all
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
      .map((p) => ({
        id: p.id,
        name: p.name,
        organization: p.organization,
        group: p.group,
        joinedAt: p.createdAt,
        invited: p.inviteId !== undefined,
        present: here.has(p.id),
        removedAt: typeof p.removedAt === 'number' ? p.removedAt : null,
        ...(p.addressTag ? { addressTag: p.addressTag } : {}),
      }));
    res.json({ participants });
  });

  const change = (removing: boolean) =>
    api.post(`/workshops/:id/participants/${removing ? 'remove' : 'restore'}`, async (req, res) => {
      const workshopId = await facilitatorOf(credentials, req, res, REFUSAL);
      if (!workshopId) return;
      const body = parseBody(participantIdsBody, req, res);
      if (!body) return;
      const at = clock.now();
      const changed: ParticipantRecord[] = [];
      for (const id of new Set(body.participantIds)) {
        const record = await store.getParticipant(workshopId, id);
        if (!record || (typeof record.removedAt === 'number') === removing) continue;
        const updated = await store.updateParticipant(workshopId, id, { removedAt: removing ? at : null });
        if (updated) changed.push(updated);
      }
      if (changed.length === 0 && body.participantIds.length > 0) {
        const known = await Promise.all(
          body.participantIds.map((id) => store.getParticipant(workshopId, id)),
        );
        if (known.every((p) => p === undefined)) {
          return sendError(res, {
            code: ErrorCode.notFound,
            message: 'No such participant in this workshop.',
          });
        }
      }
      for (const p of changed) {
        if (removing) {
          connections.cut(participantKey(workshopId, p.id), {
            code: ErrorCode.forbidden,
            message: 'The facilitator removed you from this workshop.',
          });
        }
        await votes.audit(workshopId, {
          action: removing ? 'participant.removed' : 'participant.restored',
          actorRole: 'facilitator',
          details: { participantId: p.id, group: p.group, invited: p.inviteId !== undefined },
        });
      }
      if (changed.length > 0) {
        await votes.participantsRemoved(
          workshopId,
          changed.map((p) => p.id),
          removing,
        );
        connections.participantsChanged(workshopId);
      }
      res.json({ [removing ? 'removed' : 'restored']: changed.map((p) => p.id) });
    });
  change(true);
  change(false);

  return api;
}
