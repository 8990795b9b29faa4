/** How a vote stage is configured: its kind, budget, criteria, anonymity, visibility, voters, targets. */
import { z } from 'zod';
import { ErrorCode, fail, ok, type Result } from '../errors.js';
import { idSchema, lineText } from '../fields.js';
import { STAKEHOLDER_GROUPS } from '../groups.js';
import { MAX_VOTE_TARGETS, VOTE_KINDS } from './voteKinds.js';

const criterionSchema = z.strictObject({
  // Criterion ids become object keys in ballots and tallies; a built-in name such as `constructor`
  // or `__proto__` would collide with Object.prototype.
  id: idSchema
    .or(z.string().regex(/^[a-z][a-z0-9_]{0,31}$/))
    .refine((id) => !(id in Object.prototype), 'is a reserved name'),
  label: lineText(80),
  weight: z.number().min(0).max(10).default(1),
});
export type Criterion = z.infer<typeof criterionSchema>;

const optionSchema = z.strictObject({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), label: lineText(200) });
export type PollOption = z.infer<typeof optionSchema>;

/** What a vote is about: a list stage's items, the top N of an earlier vote, a theme, or its own options. */
export const voteSourceSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('list'), stageId: idSchema }),
  z.strictObject({ type: z.literal('top'), stageId: idSchema, n: z.int().min(1).max(MAX_VOTE_TARGETS) }),
  z.strictObject({ type: z.literal('theme'), themeId: idSchema }),
  z.strictObject({ type: z.literal('options') }),
]);
export type VoteSource = z.infer<typeof voteSourceSchema>;

const settingsFields = {
  kind: z.enum(VOTE_KINDS),
  /** dots: dots per person. */
  budget: z.int().min(1).max(100).optional(),
  /** dots: most dots one person may put on one item. */
  maxPerItem: z.int().min(1).max(100).optional(),
  /** rank: how many items each person orders (all when absent). */
  rankTop: z.int().min(1).max(MAX_VOTE_TARGETS).optional(),
  /** score: named criteria, each 1–5, with weights. */
  criteria: z.array(criterionSchema).min(1).max(6).optional(),
  /** poll: the choices. */
  options: z.array(optionSchema).min(2).max(20).optional(),
  /** poll: more than one choice allowed. */
  multiple: z.boolean().optional(),
  anonymous: z.boolean(),
  results: z.enum(['live', 'hidden']),
  /** Who may vote: every group when absent. */
  groups: z
    .array(z.enum(STAKEHOLDER_GROUPS))
    .min(1)
    .transform((g) => [...new Set(g)])
    .optional(),
  /**
   * Who may vote beyond `groups`: everyone in the workshop (absent), or only invited participants
   * who were connected when the vote opened (the roll is fixed at opening).
   */
  eligibility: z.enum(['all', 'present-invited']).optional(),
  source: voteSourceSchema,
};

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
  if (s.kind === 'dots') need(s.budget !== undefined, 'a dot vote needs a budget', 'budget');
  if (s.kind === 'poll') need(s.options !== undefined, 'a poll needs options', 'options');
  if (s.source) {
    if (s.kind === 'poll') need(s.source.type === 'options', 'a poll votes on its own options', 'source');
    if (s.kind !== 'poll') need(s.source.type !== 'options', 'only a poll has its own options', 'source');
  }
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
export type VoteSettings = z.infer<typeof voteSettingsSchema>;

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
 * Complete settings from a request: the defaults above, and as source a poll's own options or else
 * `listStageId` (the nearest list stage before the vote). Refused when a source is needed and there
 * is no such list stage.
 */
export function withVoteDefaults(
  request: VoteSettingsRequest,
  listStageId: string | undefined,
): Result<VoteSettings> {
  const source: VoteSource | undefined =
    request.source ??
    (request.kind === 'poll'
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
