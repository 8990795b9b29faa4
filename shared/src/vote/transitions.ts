/**
 * A vote's life as a pure function: which command may move a vote stage from which state, and to
 * where. The server's `vote:*` handlers ask it before they change anything, so the rules live in
 * one place and are tested on their own.
 *
 *   draft ──open──► open ──close──► closed ──reveal──► revealed
 *                    ▲  └────────reveal──────────────────▲
 *                    └──open (a reopening keeps targets)─┘ (from closed or revealed)
 */
import type { StageState } from '../domain.js';
import { ErrorCode, fail, ok, type Result } from '../errors.js';

export type VoteCommand = 'configure' | 'open' | 'close' | 'reveal';

/** What the command does: nothing (the vote is already there), or a move the audit log records. */
export type VoteStep =
  | { readonly kind: 'stay'; readonly state: StageState }
  | {
      readonly kind: 'move';
      readonly to: StageState;
      /** The audit log's action for the move. */
      readonly action: 'configured' | 'opened' | 'reopened' | 'closed' | 'revealed';
    };

export interface VoteFacts {
  /** Whether the vote has settings. */
  readonly configured: boolean;
  /** Whether it was opened before with targets, which a reopening keeps. */
  readonly hasTargets: boolean;
}

export function voteTransition(from: StageState, command: VoteCommand, facts: VoteFacts): Result<VoteStep> {
  switch (command) {
    case 'configure':
      // Settings change between rounds, never while ballots are coming in.
      if (from === 'open')
        return fail(ErrorCode.invalidTransition, 'Close the vote before changing its settings.');
      return ok({ kind: 'move', to: from, action: 'configured' });
    case 'open':
      if (!facts.configured)
        return fail(ErrorCode.voteNotConfigured, 'Configure the vote before opening it.');
      if (from === 'open') return ok({ kind: 'stay', state: 'open' });
      return ok({
        kind: 'move',
        to: 'open',
        action: from !== 'draft' && facts.hasTargets ? 'reopened' : 'opened',
      });
    case 'close':
      if (from !== 'open') return fail(ErrorCode.invalidTransition, 'Only an open vote can be closed.');
      return ok({ kind: 'move', to: 'closed', action: 'closed' });
    case 'reveal':
      // Revealing ends the voting too: results that could still change would mislead the room.
      if (from === 'draft')
        return fail(ErrorCode.invalidTransition, 'Open the vote before revealing its results.');
      return ok({ kind: 'move', to: 'revealed', action: 'revealed' });
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}
