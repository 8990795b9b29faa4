/**
 * The socket.io connection that carries server-checked commands and presence. A refused handshake
 * (bad credential, old protocol) stops here with its code instead of retrying forever.
 */
import {
  type ClientToServerEvents,
  PROTOCOL_VERSION,
  type ServerToClientEvents,
  type SocketAuth,
} from '@majlis/shared';
import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { LinkStatus } from './useWorkshopDoc';

export type CommandSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface CommandSocketState {
  readonly socket: CommandSocket | null;
  readonly status: LinkStatus;
  /** `unauthorized`, `protocol_mismatch`…: the server refused this client for good. */
  readonly refusedCode: string | null;
}

const INITIAL: CommandSocketState = { socket: null, status: 'connecting', refusedCode: null };

export function useCommandSocket(token: string | null): CommandSocketState {
  const [state, setState] = useState<CommandSocketState>(INITIAL);

  useEffect(() => {
    if (!token) return;
    const auth: SocketAuth = { token, protocol: PROTOCOL_VERSION };
    // WebSocket only: long-polling would need sticky sessions once the server scales out.
    const socket: CommandSocket = io({ auth: { ...auth }, transports: ['websocket'] });
    setState({ socket, status: 'connecting', refusedCode: null });
    socket.on('connect', () => setState({ socket, status: 'connected', refusedCode: null }));
    socket.on('disconnect', (reason) => {
      setState((s) => ({ ...s, status: 'disconnected' }));
      // socket.io does not retry after the server hung up on purpose; trying once more turns a revoked
      // credential into a clear refusal instead of an endless "reconnecting".
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (err) => {
      // `active` is false when the server's middleware rejected us; otherwise the client retries.
      setState((s) => ({
        ...s,
        status: 'disconnected',
        refusedCode: socket.active ? null : err.message || 'unauthorized',
      }));
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [token]);

  return state;
}
