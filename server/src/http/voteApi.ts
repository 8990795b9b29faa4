/** Facilitator-only HTTP routes for votes: full results (by group, and per person for named votes) and the audit log. */
import { ErrorCode, findStage } from '@majlis/shared';
import { Router } from 'express';
import { verifyChain } from '../audit/auditChain.js';
import type { Credentials } from '../auth/credentials.js';
import type { Store } from '../storage/Store.js';
import type { VoteService } from '../votes/VoteService.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';
import { bearer, sendError } from './respond.js';

export function createVoteApi(deps: {
  store: Store;
  credentials: Credentials;
  docs: DocRegistry;
  votes: VoteService;
}): Router {
  const { store, credentials, docs, votes } = deps;
  const api = Router();

  api.get('/workshops/:id/stages/:stageId/results', async (req, res) => {
    const auth = await credentials.authorizeFor(bearer(req), req.params.id);
    if (!auth.ok) return sendError(res, auth.error);
    if (auth.value.role !== 'facilitator') {
      return sendError(res, {
        code: ErrorCode.forbidden,
        message: 'Results before reveal are for the facilitator.',
      });
    }
    const room = await docs.get(auth.value.workshopId);
    const stage = findStage(room.doc, req.params.stageId);
    if (stage?.kind !== 'vote')
      return sendError(res, { code: ErrorCode.notFound, message: 'No such vote stage.' });
    const settings = stage.vote?.settings;
    if (!settings)
      return sendError(res, { code: ErrorCode.voteNotConfigured, message: 'This vote has no settings yet.' });
    const results = await votes.results(auth.value.workshopId, stage);
    let ballots: unknown[] | undefined;
    // Who voted what exists only for named votes; an anonymous vote's ballots never leave the store.
    if (!settings.anonymous) {
      const records = await store.listBallots(auth.value.workshopId, stage.id);
      const listed = await Promise.all(
        records.map(async (r) => {
          const p = await store.getParticipant(auth.value.workshopId, r.participantId);
          // A removed participant's ballot counts nowhere, so it is not listed either.
          if (typeof p?.removedAt === 'number') return undefined;
          return {
            participant: { name: p?.name ?? '', organization: p?.organization ?? '', group: r.group },
            ballot: r.ballot,
            castAt: r.castAt,
          };
        }),
      );
      ballots = listed.filter((b) => b !== undefined);
    }
    res.json({
      stageId: stage.id,
      state: stage.state,
      settings,
      targets: stage.vote?.targets ?? [],
      results,
      ...(ballots ? { ballots } : {}),
    });
  });

  api.get('/workshops/:id/audit', async (req, res) => {
    const auth = await credentials.authorizeFor(bearer(req), req.params.id);
    if (!auth.ok) return sendError(res, auth.error);
    if (auth.value.role !== 'facilitator') {
      return sendError(res, { code: ErrorCode.forbidden, message: 'The audit log is for the facilitator.' });
    }
    const entries = await store.listAudit(auth.value.workshopId);
    res.json({ entries, verify: verifyChain(entries) });
  });

  return api;
}
