/**
 * The check of one ballot against its vote's settings and targets, on the server before a ballot is
 * counted and on the phone before it is sent. Without zod (the wire shape is ballot.ts), so that
 * what a phone loads carries none.
 */
import { ErrorCode, fail, ok, type Result } from '../errors.js';
import type { Ballot } from './ballot.js';
import type { VoteSettings } from './settings.js';
import { criteriaOf } from './voteKinds.js';

const unknownItem = (id: string) =>
  fail<Ballot>(ErrorCode.unknownItem, `"${id.slice(0, 64)}" is not one of this vote's items.`);

/**
 * Checks a ballot against its vote: right kind, only this vote's targets, within the budget and
 * the cap, every criterion scored, one choice unless the poll allows several. Returns the ballot in
 * its canonical form (zero allocations dropped) or a typed error.
 */
export function validateBallot(
  settings: VoteSettings,
  targets: readonly string[],
  ballot: Ballot,
): Result<Ballot> {
  if (ballot.kind !== settings.kind) {
    return fail(ErrorCode.badRequest, `This is a ${settings.kind} vote, not ${ballot.kind}.`);
  }
  const known = new Set(targets);
  switch (ballot.kind) {
    case 'dots': {
      const allocations: Record<string, number> = {};
      let spent = 0;
      for (const [id, n] of Object.entries(ballot.allocations)) {
        if (!known.has(id)) return unknownItem(id);
        if (settings.maxPerItem !== undefined && n > settings.maxPerItem) {
          return fail(ErrorCode.overCap, `At most ${settings.maxPerItem} dots on one item.`);
        }
        spent += n;
        if (n > 0) allocations[id] = n;
      }
      if (spent === 0) return fail(ErrorCode.badRequest, 'Place at least one dot.');
      const budget = settings.budget ?? 0;
      if (spent > budget)
        return fail(ErrorCode.overBudget, `You have ${budget} dots; this ballot spends ${spent}.`);
      return ok({ kind: 'dots', allocations });
    }
    case 'rank': {
      for (const id of ballot.order) if (!known.has(id)) return unknownItem(id);
      if (new Set(ballot.order).size !== ballot.order.length) {
        return fail(ErrorCode.badRequest, 'Each item can be ranked only once.');
      }
      const expected = Math.min(settings.rankTop ?? targets.length, targets.length);
      if (ballot.order.length !== expected) {
        return fail(ErrorCode.badRequest, `Rank exactly ${expected} items.`);
      }
      return ok(ballot);
    }
    case 'score': {
      const criteria = criteriaOf(settings).map((c) => c.id);
      for (const [id, scores] of Object.entries(ballot.scores)) {
        if (!known.has(id)) return unknownItem(id);
        const given = Object.keys(scores);
        const unknown = given.find((c) => !criteria.includes(c));
        if (unknown !== undefined)
          return fail(ErrorCode.badRequest, `"${unknown.slice(0, 64)}" is not a criterion of this vote.`);
        if (given.length !== criteria.length)
          return fail(ErrorCode.badRequest, 'Score every criterion of an item you score.');
      }
      if (Object.keys(ballot.scores).length === 0)
        return fail(ErrorCode.badRequest, 'Score at least one item.');
      return ok(ballot);
    }
    case 'poll': {
      const options = new Set((settings.options ?? []).map((o) => o.id));
      for (const id of ballot.choices) if (!options.has(id)) return unknownItem(id);
      if (new Set(ballot.choices).size !== ballot.choices.length)
        return fail(ErrorCode.badRequest, 'A choice is repeated.');
      if (!settings.multiple && ballot.choices.length !== 1)
        return fail(ErrorCode.badRequest, 'Choose exactly one option.');
      return ok(ballot);
    }
    case 'status': {
      for (const id of Object.keys(ballot.ratings)) if (!known.has(id)) return unknownItem(id);
      if (Object.keys(ballot.ratings).length === 0)
        return fail(ErrorCode.badRequest, 'Rate at least one priority.');
      return ok(ballot);
    }
    default: {
      const unreachable: never = ballot;
      return fail(ErrorCode.badRequest, `Unknown ballot ${String(unreachable)}`);
    }
  }
}
