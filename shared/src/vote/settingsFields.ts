/**
 * The fields of a vote's settings and their types, without the rules across fields (settings.ts).
 * Apart so that each kind's module (kinds/) can name the settings it reads, and settings.ts can
 * use the kinds' rules, without an import circle.
 */
import { z } from 'zod';
import { idSchema, lineText } from '../fields.js';
import { STAKEHOLDER_GROUPS } from '../groups.js';
import { BALLOT_KINDS } from './ballot.js';
import { MAX_VOTE_TARGETS } from './voteKinds.js';

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

export const settingsFields = {
  kind: z.enum(BALLOT_KINDS),
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

/** Settings as stored in a vote stage, once the rules across fields (settings.ts) have passed. */
export type VoteSettings = z.output<z.ZodObject<typeof settingsFields, z.core.$strict>>;
