/** A poll: each person picks one of the vote's own options (or several); results are counts. */
import { ErrorCode, fail, ok } from '../../errors.js';
import { type Ranked, rankBy } from './rankBy.js';
import { unknownItem } from './unknownItem.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';

/** Votes per option, ranked. */
export interface PollResult {
  readonly kind: 'poll';
  readonly options: ReadonlyArray<Ranked & { count: number }>;
}

export const pollKind: VoteKindDefinition<'poll', PollResult> = {
  votesOn: 'options',

  settingsIssues: (s) => [
    ...(s.options === undefined ? [{ message: 'a poll needs options', path: 'options' } as const] : []),
    ...(s.source && s.source.type !== 'options'
      ? [{ message: 'a poll votes on its own options', path: 'source' } as const]
      : []),
  ],

  validateBallot(settings, _targets, ballot) {
    const options = new Set((settings.options ?? []).map((o) => o.id));
    for (const id of ballot.choices) if (!options.has(id)) return unknownItem(id);
    if (new Set(ballot.choices).size !== ballot.choices.length)
      return fail(ErrorCode.badRequest, 'A choice is repeated.');
    if (!settings.multiple && ballot.choices.length !== 1)
      return fail(ErrorCode.badRequest, 'Choose exactly one option.');
    return ok(ballot);
  },

  tally(settings, _targets, ballots) {
    const count = new Map((settings.options ?? []).map((o) => [o.id, 0]));
    for (const b of ballots) {
      for (const id of b.choices) if (count.has(id)) count.set(id, (count.get(id) ?? 0) + 1);
    }
    return {
      kind: 'poll',
      options: rankBy(
        [...count].map(([id, c]) => ({ id, count: c })),
        (e) => e.count,
      ),
    };
  },

  rankedIds: (result) => result.options.map(({ id, rank }) => ({ id, rank })),
};
