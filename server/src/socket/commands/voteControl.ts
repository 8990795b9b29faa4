/** Facilitator commands that run a vote: configure, open (or reopen), close, reveal. Each is audited. */
import {
  ErrorCode,
  fail,
  findStage,
  ok,
  type Result,
  readStages,
  readThemes,
  type StageView,
  setVoteSettings,
  updateVote,
  type VoteFacts,
  type VoteSettings,
  voteTransition,
  withVoteDefaults,
} from '@majlis/shared';
import type * as Y from 'yjs';
import type { CommandContext, CommandHandler } from '../CommandContext.js';

async function voteStage(
  ctx: CommandContext,
  stageId: string,
): Promise<Result<{ stage: StageView; doc: Y.Doc }>> {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const stage = findStage(room.doc, stageId);
  if (!stage) return fail(ErrorCode.notFound, 'No such stage in this workshop.');
  if (stage.kind !== 'vote') return fail(ErrorCode.wrongStageKind, 'This stage is not a vote.');
  return ok({ stage, doc: room.doc });
}

/**
 * Once a vote has opened, ballots exist that were cast under its settings: only whether results are
 * live may change. Anything else could make counted ballots invalid, drop them from the tally, or
 * (anonymous → named) put names on ballots cast in confidence.
 */
function checkChangeAfterOpening(stage: StageView, next: VoteSettings): Result<VoteSettings> {
  const current = stage.vote?.settings;
  const opened = (stage.vote?.targets.length ?? 0) > 0;
  if (!opened || !current) return ok(next);
  const { results: _a, ...fixedNow } = current;
  const { results: _b, ...fixedNext } = next;
  if (JSON.stringify(fixedNow) !== JSON.stringify(fixedNext)) {
    return fail(
      ErrorCode.invalidTransition,
      'This vote has been opened and ballots depend on its settings; only whether results are live can change.',
    );
  }
  return ok(next);
}

/** The stages and themes a source names must exist and be of the right kind. */
function checkSource(doc: Y.Doc, stageId: string, settings: VoteSettings): Result<VoteSettings> {
  const source = settings.source;
  if (source.type === 'list' && findStage(doc, source.stageId)?.kind !== 'list') {
    return fail(ErrorCode.badRequest, 'The source must be a list stage of this workshop.');
  }
  if (source.type === 'top') {
    const earlier = findStage(doc, source.stageId);
    const self = findStage(doc, stageId);
    // Only an earlier vote: a later one could in turn build on this one, and neither could open.
    if (earlier?.kind !== 'vote' || !self || earlier.rank >= self.rank) {
      return fail(ErrorCode.badRequest, 'The source must be an earlier vote stage of this workshop.');
    }
  }
  if (source.type === 'theme' && !readThemes(doc).some((t) => t.id === source.themeId)) {
    return fail(ErrorCode.badRequest, 'The source theme does not exist in this workshop.');
  }
  return ok(settings);
}

/** The list stage nearest before a stage on the agenda: what a vote is about when it does not say. */
function nearestListBefore(doc: Y.Doc, stage: StageView): string | undefined {
  return readStages(doc)
    .filter((s) => s.kind === 'list' && s.rank < stage.rank)
    .at(-1)?.id;
}

export const voteConfigure: CommandHandler<'vote:configure'> = async (ctx, payload) => {
  const found = await voteStage(ctx, payload.stageId);
  if (!found.ok) return found;
  const { stage, doc } = found.value;
  const step = voteTransition(stage.state, 'configure', factsOf(stage));
  if (!step.ok) return step;
  const filled = withVoteDefaults(payload.settings, nearestListBefore(doc, stage));
  if (!filled.ok) return filled;
  const settings = filled.value;
  const unchanged = checkChangeAfterOpening(stage, settings);
  if (!unchanged.ok) return unchanged;
  const checked = checkSource(doc, stage.id, settings);
  if (!checked.ok) return checked;
  const room = await ctx.docs.get(ctx.principal.workshopId);
  await room.change((d) => setVoteSettings(d, stage.id, settings));
  await ctx.votes.audit(ctx.principal.workshopId, {
    action: 'configured',
    actorRole: ctx.principal.role,
    stageId: stage.id,
    details: { settings },
  });
  return ok({ stageId: stage.id });
};

export const voteOpen: CommandHandler<'vote:open'> = async (ctx, payload) => {
  const found = await voteStage(ctx, payload.stageId);
  if (!found.ok) return found;
  const { stage, doc } = found.value;
  const step = voteTransition(stage.state, 'open', factsOf(stage));
  if (!step.ok) return step;
  const settings = stage.vote?.settings;
  if (step.value.kind === 'stay' || !settings) return ok({ stageId: stage.id, state: 'open' });
  const reopening = step.value.action === 'reopened';
  // A reopened vote keeps its targets: the ballots already cast refer to them.
  const targets = reopening
    ? ok(stage.vote?.targets ?? [])
    : await ctx.votes.targetsFor(ctx.principal.workshopId, doc, settings);
  if (!targets.ok) return targets;
  // The roll of a vote for those present is fixed at its first opening; a reopening keeps it.
  const roll =
    !reopening && settings.eligibility === 'present-invited'
      ? await ctx.votes.fixRoll(
          ctx.principal.workshopId,
          stage.id,
          settings,
          ctx.presence.present(ctx.principal.workshopId),
        )
      : undefined;
  const room = await ctx.docs.get(ctx.principal.workshopId);
  await room.change((d) =>
    updateVote(d, stage.id, {
      state: 'open',
      targets: targets.value,
      ...(settings.results === 'hidden' ? { results: null } : {}),
    }),
  );
  await ctx.votes.recount(ctx.principal.workshopId, stage.id);
  await ctx.votes.audit(ctx.principal.workshopId, {
    action: reopening ? 'reopened' : 'opened',
    actorRole: ctx.principal.role,
    stageId: stage.id,
    details: { targets: targets.value, ...(roll ? { roll: roll.length } : {}) },
  });
  return ok({ stageId: stage.id, state: 'open' as const });
};

/** Closes or reveals a vote as `voteTransition` allows, recounts, and audits the final tallies. */
async function endVoting<S extends 'closed' | 'revealed'>(
  ctx: CommandContext,
  stageId: string,
  command: 'close' | 'reveal',
  to: S,
): Promise<Result<{ stageId: string; state: S }>> {
  const found = await voteStage(ctx, stageId);
  if (!found.ok) return found;
  const { stage } = found.value;
  const step = voteTransition(stage.state, command, factsOf(stage));
  if (!step.ok) return step;
  const room = await ctx.docs.get(ctx.principal.workshopId);
  await room.change((d) => updateVote(d, stage.id, { state: to }));
  const results = await ctx.votes.recount(ctx.principal.workshopId, stage.id);
  await ctx.votes.audit(ctx.principal.workshopId, {
    action: to,
    actorRole: ctx.principal.role,
    stageId: stage.id,
    details: { tallies: results },
  });
  return ok({ stageId: stage.id, state: to });
}

export const voteClose: CommandHandler<'vote:close'> = (ctx, payload) =>
  endVoting(ctx, payload.stageId, 'close', 'closed');

export const voteReveal: CommandHandler<'vote:reveal'> = (ctx, payload) =>
  endVoting(ctx, payload.stageId, 'reveal', 'revealed');

/** What the transitions need to know of a vote stage. */
function factsOf(stage: StageView): VoteFacts {
  return { configured: stage.vote?.settings != null, hasTargets: (stage.vote?.targets.length ?? 0) > 0 };
}
