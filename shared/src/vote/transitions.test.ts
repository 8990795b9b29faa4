import { describe, expect, it } from 'vitest';
import { STAGE_STATES } from '../domain.js';
import { type VoteCommand, voteTransition } from './transitions.js';

const configured = { configured: true, hasTargets: true };

/** Every state × command: where it goes, or the error code it is refused with. */
function table(facts = configured) {
  const commands: VoteCommand[] = ['configure', 'open', 'close', 'reveal'];
  return Object.fromEntries(
    STAGE_STATES.map((from) => [
      from,
      Object.fromEntries(
        commands.map((command) => {
          const step = voteTransition(from, command, facts);
          if (!step.ok) return [command, step.error.code];
          return [command, step.value.kind === 'stay' ? 'stay' : `${step.value.action}→${step.value.to}`];
        }),
      ),
    ]),
  );
}

describe('a vote’s transitions', () => {
  it('follows draft → open → closed → revealed, with reopening and reveal from open', () => {
    expect(table()).toEqual({
      draft: {
        configure: 'configured→draft',
        open: 'opened→open',
        close: 'invalid_transition',
        reveal: 'invalid_transition',
      },
      open: {
        configure: 'invalid_transition',
        open: 'stay',
        close: 'closed→closed',
        reveal: 'revealed→revealed',
      },
      closed: {
        configure: 'configured→closed',
        open: 'reopened→open',
        close: 'invalid_transition',
        reveal: 'revealed→revealed',
      },
      revealed: {
        configure: 'configured→revealed',
        open: 'reopened→open',
        close: 'invalid_transition',
        reveal: 'revealed→revealed',
      },
    });
  });

  it('refuses to open a vote without settings, in any state', () => {
    for (const from of STAGE_STATES) {
      const step = voteTransition(from, 'open', { configured: false, hasTargets: false });
      expect(step.ok ? 'ok' : step.error.code).toBe('vote_not_configured');
    }
  });

  it('calls an opening after a round without targets a first opening', () => {
    const step = voteTransition('closed', 'open', { configured: true, hasTargets: false });
    expect(step.ok && step.value).toEqual({ kind: 'move', to: 'open', action: 'opened' });
  });
});
