import type { VoteSettings } from '@majlis/shared';
import { useCallback, useState } from 'react';
import type { FetchError } from '../../api/apiFetch';
import { sendCommand } from '../../sync/sendCommand';
import type { CommandSocket } from '../../sync/useCommandSocket';

export type VoteAction = 'vote:open' | 'vote:close' | 'vote:reveal';

export interface VoteCommands {
  /** Which command is waiting for its ack, so only its button says so. */
  readonly pending: VoteAction | 'vote:configure' | null;
  readonly error: FetchError | null;
  /** Counts acknowledged commands: the audit log has a new entry after each. */
  readonly done: number;
  readonly clearError: () => void;
  readonly run: (action: VoteAction, stageId: string) => Promise<boolean>;
  readonly configure: (stageId: string, settings: VoteSettings) => Promise<FetchError | null>;
}

/**
 * Vote commands go to the server, which checks the transition, freezes the targets, audits the
 * step and writes the new state into the doc; the doc brings it back. One at a time, so a double
 * press cannot close and reopen in the same breath.
 */
export function useVoteCommands(socket: CommandSocket | null): VoteCommands {
  const [pending, setPending] = useState<VoteCommands['pending']>(null);
  const [error, setError] = useState<FetchError | null>(null);
  const [done, setDone] = useState(0);

  const run = useCallback(
    async (action: VoteAction, stageId: string) => {
      if (pending) return false;
      setPending(action);
      setError(null);
      const result = await sendCommand(socket, action, { stageId });
      setPending(null);
      if (result.ok) setDone((n) => n + 1);
      else setError(result.error);
      return result.ok;
    },
    [socket, pending],
  );

  // The settings form shows its own error beside its fields, so this one is returned, not kept. Its
  // Save button is disabled while anything is pending.
  const configure = useCallback(
    async (stageId: string, settings: VoteSettings) => {
      setPending('vote:configure');
      const result = await sendCommand(socket, 'vote:configure', { stageId, settings });
      setPending(null);
      if (!result.ok) return result.error;
      setDone((n) => n + 1);
      return null;
    },
    [socket],
  );

  return { pending, error, done, clearError: useCallback(() => setError(null), []), run, configure };
}
