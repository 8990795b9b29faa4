import type { TimerAction } from '@majlis/shared';
import { useCallback, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';

export interface TimerCommands {
  readonly busy: boolean;
  readonly error: FetchError | null;
  readonly send: (stageId: string, action: TimerAction, durationMs?: number) => Promise<boolean>;
}

/**
 * Timer actions go to the server, which alone sets `endsAt` on its clock (every screen then counts
 * to the same second); the doc brings the new timer back. One at a time, so a double press of T
 * cannot start and pause in the same breath.
 */
export function useTimerCommands(socket: CommandSocket | null): TimerCommands {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);

  const send = useCallback(
    async (stageId: string, action: TimerAction, durationMs?: number) => {
      if (busy) return false;
      setBusy(true);
      setError(null);
      const payload = durationMs === undefined ? { stageId, action } : { stageId, action, durationMs };
      const result = await sendCommand(socket, 'timer:control', payload);
      setBusy(false);
      if (!result.ok) setError(result.error);
      return result.ok;
    },
    [socket, busy],
  );

  return { busy, error, send };
}
