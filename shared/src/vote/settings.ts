/** How a vote stage is configured: its kind, budget, criteria, anonymity, visibility, voters, targets. */
import { z } from 'zod';
import { ErrorCode, fail, ok, type Result } from '../errors.js';
import { definitionOf } from './kinds/voteKindDefinitions.js';
import { settingsFields, type VoteSettings, type VoteSource } from './settingsFields.js';

export type { Criterion, PollOption, VoteSettings, VoteSource } from './settingsFields.js';
export { voteSourceSchema } from './settingsFields.js';

type CheckedFields = Pick<
  z.output<z.ZodObject<typeof settingsFields>>,
  'kind' | 'budget' | 'criteria' | 'options'
> & {
  readonly source?: VoteSource;
};

/** Checks across fields. A source left out (for `withVoteDefaults` to fill) is not checked. */
function checkSettings(s: CheckedFields, ctx: z.RefinementCtx): void {
  const need = (ok: boolean, message: string, path: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', message, path: [path] });
  };
  for (const issue of definitionOf(s.kind).settingsIssues(s)) need(false, issue.message, issue.path);
  if (s.criteria) {
    const ids = s.criteria.map((c) => c.id);
    need(new Set(ids).size === ids.length, 'criterion ids must differ', 'criteria');
    need(
      s.criteria.some((c) => c.weight > 0),
      'at least one criterion needs a weight above 0',
      'criteria',
    );
  }
  if (s.options) {
    const ids = s.options.map((o) => o.id);
    need(new Set(ids).size === ids.length, 'option ids must differ', 'options');
  }
}

export const voteSettingsSchema = z.strictObject(settingsFields).superRefine(checkSettings);

/**
 * What `vote:configure` accepts: the settings, where `anonymous`, `results` and `source` may be left
 * out for `withVoteDefaults` to fill, so that `{ kind: 'dots', budget: 3 }` is a whole request.
 */
export const voteSettingsRequestSchema = z
  .strictObject({
    ...settingsFields,
    anonymous: settingsFields.anonymous.optional(),
    results: settingsFields.results.optional(),
    source: settingsFields.source.optional(),
  })
  .superRefine(checkSettings);
export type VoteSettingsRequest = z.infer<typeof voteSettingsRequestSchema>;

/** What a vote is when its settings do not say: anonymous, with results hidden until revealed. */
export const VOTE_SETTINGS_DEFAULTS = {
  anonymous: true,
  results: 'hidden',
} as const satisfies Partial<VoteSettings>;

/**
 * Complete settings from a request: the defaults above, and as source the kind's own options (a
 * poll's) or else `listStageId` (the nearest list stage before the vote). Refused when a source is needed and there
 * is no such list stage.
 */
export function withVoteDefaults(
  request: VoteSettingsRequest,
  listStageId: string | undefined,
): Result<VoteSettings> {
  const source: VoteSource | undefined =
    request.source ??
    (definitionOf(request.kind).votesOn === 'options'
      ? { type: 'options' }
      : listStageId !== undefined
        ? { type: 'list', stageId: listStageId }
        : undefined);
  if (!source) {
    return fail(ErrorCode.badRequest, 'No list stage comes before this vote; name its source.');
  }
  // Parsed again so the keys come in the schema's order whatever was filled: settings are compared
  // as JSON once a vote has opened.
  const parsed = voteSettingsSchema.safeParse({
    ...request,
    anonymous: request.anonymous ?? VOTE_SETTINGS_DEFAULTS.anonymous,
    results: request.results ?? VOTE_SETTINGS_DEFAULTS.results,
    source,
  });
  return parsed.success ? ok(parsed.data) : fail(ErrorCode.badRequest, z.prettifyError(parsed.error));
}
