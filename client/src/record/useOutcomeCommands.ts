import type { ClientEventPayload } from '@majlis/shared';
import { useMemo } from 'react';
import type { FetchError } from '../api/apiFetch';
import { sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';

export interface OutcomeCommands {
  /** Each resolves to null once the server has accepted, or to why it did not. */
  readonly add: (payload: ClientEventPayload<'outcome:add'>) => Promise<FetchError | null>;
  readonly update: (payload: ClientEventPayload<'outcome:update'>) => Promise<FetchError | null>;
  readonly remove: (outcomeId: string) => Promise<FetchError | null>;
}

/**
 * Decisions and action items go through the server's commands, for the facilitator and the scribes
 * alike: it checks each one, and Yjs brings the result back to every screen.
 */
export function useOutcomeCommands(socket: CommandSocket | null): OutcomeCommands {
  return useMemo(() => {
    const done = (result: { ok: true } | { ok: false; error: FetchError }) =>
      result.ok ? null : result.error;
    return {
      add: async (payload) => done(await sendCommand(socket, 'outcome:add', payload)),
      update: async (payload) => done(await sendCommand(socket, 'outcome:update', payload)),
      remove: async (outcomeId) => done(await sendCommand(socket, 'outcome:remove', { outcomeId })),
    };
  }, [socket]);
}
