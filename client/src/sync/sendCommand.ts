/** Sends one command and waits for its ack, turning a lost connection or a silent server into a
 * typed error so callers handle every outcome the same way. */
import type { Ack, ClientEventName, ClientEventPayload } from '@majlis/shared';
import type { FetchError } from '../api/apiFetch';
import type { CommandSocket } from './useCommandSocket';

export type CommandResult<E extends ClientEventName> =
  | Ack<E>
  | { readonly ok: false; readonly error: FetchError };

const ACK_TIMEOUT_MS = 10_000;

export async function sendCommand<E extends ClientEventName>(
  socket: CommandSocket | null,
  event: E,
  payload: ClientEventPayload<E>,
): Promise<CommandResult<E>> {
  if (!socket?.connected) return { ok: false, error: { code: 'network', message: 'not connected' } };
  try {
    const timed = socket.timeout(ACK_TIMEOUT_MS);
    // socket.io's typings cannot follow a generic event name through its overloads.
    const emit = timed.emitWithAck.bind(timed) as unknown as (
      e: E,
      p: ClientEventPayload<E>,
    ) => Promise<Ack<E>>;
    return await emit(event, payload);
  } catch {
    return { ok: false, error: { code: 'timeout', message: 'no answer' } };
  }
}
