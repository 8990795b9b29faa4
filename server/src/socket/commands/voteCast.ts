/** Participant commands: cast (or replace) one's ballot, and read it back. */
import { ErrorCode, fail, findStage, ok, validateBallot } from '@majlis/shared';
import { KeyedQueue } from '../../keyedQueue.js';
import { SUPERSEDED_KEPT } from '../../storage/Store.js';
import type { CommandHandler } from '../CommandContext.js';

/**
 * One participant's casts in one workshop run one at a time in this process: the replay check
 * reads, then writes. Across processes (scale-out) the write is a compare-and-set on the ballot it
 * read (`castBallot`): a cast that lost a race reads again, so it is answered as a resend or
 * replaces the winner, never silently overwrites it.
 */
const casts = new KeyedQueue();
/** Reads before a cast gives up; each lost race means another cast of the same person landed. */
const CAST_ATTEMPTS = 5;

export const voteCast: CommandHandler<'vote:cast'> = async (ctx, payload) => {
  const { principal } = ctx;
  return casts.run(`${principal.workshopId}/${principal.participant.id}`, async () => {
    for (let attempt = 1; ; attempt++) {
      const outcome = await castOnce(ctx, payload);
      if (outcome !== 'raced') return outcome;
      if (attempt >= CAST_ATTEMPTS)
        return fail(ErrorCode.rateLimited, 'Your ballot is being changed from another device; try again.');
    }
  });
};

type CastOutcome = Awaited<ReturnType<CommandHandler<'vote:cast'>>> | 'raced';

async function castOnce(
  ctx: Parameters<CommandHandler<'vote:cast'>>[0],
  payload: Parameters<CommandHandler<'vote:cast'>>[1],
): Promise<CastOutcome> {
  const { workshopId, participant } = ctx.principal;
  const room = await ctx.docs.get(workshopId);
  const stage = findStage(room.doc, payload.stageId);
  if (!stage) return fail(ErrorCode.notFound, 'No such stage in this workshop.');
  if (stage.kind !== 'vote') return fail(ErrorCode.wrongStageKind, 'This stage is not a vote.');

  // A resend of a ballot already stored (its ack was lost) is answered with it, even after closing;
  // a resend of one that a newer ballot replaced is answered with the newer one, never re-applied.
  const existing = await ctx.store.getBallot(workshopId, stage.id, participant.id);
  if (
    existing &&
    (existing.clientVoteId === payload.clientVoteId ||
      existing.supersededVoteIds?.includes(payload.clientVoteId))
  )
    return ok({ ballot: existing.ballot, castAt: existing.castAt });

  const settings = stage.vote?.settings;
  if (stage.state !== 'open' || !settings) return fail(ErrorCode.voteClosed, 'This vote is not open.');
  if (settings.groups && !settings.groups.includes(participant.group)) {
    return fail(ErrorCode.notEligible, 'Your stakeholder group does not vote in this round.');
  }
  if (settings.eligibility === 'present-invited') {
    const roll = await ctx.store.getVoteRoll(workshopId, stage.id);
    if (!roll?.includes(participant.id)) {
      return fail(
        ErrorCode.notEligible,
        'Only invited participants who were here when this vote opened take part in it.',
      );
    }
  }
  const valid = validateBallot(settings, stage.vote?.targets ?? [], payload.ballot);
  if (!valid.ok) return valid;
  const castAt = ctx.clock.now();
  const stored = await ctx.store.castBallot(
    workshopId,
    {
      stageId: stage.id,
      participantId: participant.id,
      group: participant.group,
      ballot: valid.value,
      clientVoteId: payload.clientVoteId,
      ...(existing
        ? {
            supersededVoteIds: [...(existing.supersededVoteIds ?? []), existing.clientVoteId].slice(
              -SUPERSEDED_KEPT,
            ),
          }
        : {}),
      castAt,
    },
    existing?.clientVoteId ?? null,
  );
  if (!stored) return 'raced';
  ctx.votes.scheduleRecount(workshopId, stage.id);
  return ok({ ballot: valid.value, castAt });
}

export const voteMine: CommandHandler<'vote:mine'> = async (ctx, payload) => {
  const { principal } = ctx;
  const record = await ctx.store.getBallot(principal.workshopId, payload.stageId, principal.participant.id);
  return ok({ ballot: record?.ballot ?? null, castAt: record?.castAt ?? null });
};
