/**
 * The check of one ballot against its vote's settings and targets, on the server before a ballot is
 * counted and on the phone before it is sent. Without zod (the wire shape is ballot.ts), so that
 * what a phone loads carries none. Each kind's own rules are in kinds/<kind>.ts.
 */
import { ErrorCode, fail, type Result } from '../errors.js';
import type { Ballot } from './ballot.js';
import type { BallotOf } from './kinds/voteKindDefinition.js';
import { definitionOf } from './kinds/voteKindDefinitions.js';
import type { VoteSettings } from './settingsFields.js';
import type { VoteKind } from './voteKinds.js';

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
  return validateOfKind(ballot.kind, settings, targets, ballot);
}

function validateOfKind<K extends VoteKind>(
  kind: K,
  settings: VoteSettings,
  targets: readonly string[],
  ballot: BallotOf<K>,
): Result<Ballot> {
  return definitionOf(kind).validateBallot(settings, targets, ballot);
}
