/**
 * A ballot being filled in on the phone. The draft has the wire shape of a ballot, so what the
 * participant sees is exactly what would be sent; each kind's edits (vote/kinds/<kind>/ballot.tsx)
 * keep it within the vote's rules as it changes (no dot over the budget or the cap, no item ranked
 * twice), so a refusal is the exception.
 */
import { type Ballot, type BallotOf, VOTE_KINDS, type VoteKind, type VoteSettings } from '@majlis/shared';
import { ballotPartOf } from '../kinds/ballots';
import { isRecord } from '../kinds/common/ballotShape';

/** A ballot with nothing in it yet. */
export function emptyDraft<K extends VoteKind>(kind: K): BallotOf<K> {
  return ballotPartOf(kind).emptyDraft();
}

/**
 * A draft kept on the device (or a stored ballot) fitted to the vote as it is now: of the right kind,
 * naming only its targets, within budget, cap and the number to rank. Anything else starts empty.
 */
export function fitDraft(settings: VoteSettings, targets: readonly string[], draft: Ballot | null): Ballot {
  if (!draft || draft.kind !== settings.kind) return emptyDraft(settings.kind);
  return ballotPartOf(draft.kind).fit(settings, targets, draft);
}

/** Whether a value read from storage is a ballot-shaped draft; its content is fitted afterwards. */
export function isBallotLike(v: unknown): v is Ballot {
  return isRecord(v) && isVoteKind(v.kind) && ballotPartOf(v.kind).isShaped(v);
}

function isVoteKind(kind: unknown): kind is VoteKind {
  return (VOTE_KINDS as readonly unknown[]).includes(kind);
}
