/** Everything a live view needs about one workshop: the doc replica, the command socket, presence
 * and one connection word. The same credential opens both channels. */
import type { PresenceCounts, WorkshopView } from '@majlis/shared';
import type * as Y from 'yjs';
import type { ConnectionState } from './connectionState';
import { type CommandSocket, useCommandSocket } from './useCommandSocket';
import { useConnection } from './useConnection';
import { usePresence } from './usePresence';
import { useServerClock } from './useServerClock';
import { type Awareness, useWorkshopDoc, type WorkshopDocOptions } from './useWorkshopDoc';

export interface LiveWorkshop {
  /** The Yjs replica; the facilitator console edits it through the accessors in @majlis/shared. */
  readonly doc: Y.Doc | null;
  readonly view: WorkshopView | undefined;
  readonly synced: boolean;
  /** Carets and names of the notes' co-editors; null unless opened with `awareness`. */
  readonly awareness: Awareness | null;
  readonly socket: CommandSocket | null;
  /** The command socket is up: commands can be sent now rather than queued. */
  readonly canSend: boolean;
  readonly presence: PresenceCounts | undefined;
  /** Server time minus this device's time, for timers; 0 until measured. */
  readonly clockOffsetMs: number;
  readonly connection: ConnectionState;
  /** Why the server refused this credential, if it did: a Yjs close code or a socket.io error code. */
  readonly refused:
    | { readonly channel: 'doc'; readonly code: number }
    | { readonly channel: 'socket'; readonly code: string }
    | null;
}

export function useLiveWorkshop(
  workshopId: string,
  token: string | null,
  options?: WorkshopDocOptions,
): LiveWorkshop {
  const doc = useWorkshopDoc(workshopId, token, options);
  const commands = useCommandSocket(token);
  const presence = usePresence(commands.socket);
  const clockOffsetMs = useServerClock(commands.socket);
  const connection = useConnection(doc.status, doc.synced, commands.status);
  const refused =
    doc.refusedCode !== null
      ? ({ channel: 'doc', code: doc.refusedCode } as const)
      : commands.refusedCode !== null
        ? ({ channel: 'socket', code: commands.refusedCode } as const)
        : null;
  return {
    doc: doc.doc,
    view: doc.view,
    synced: doc.synced,
    awareness: doc.awareness,
    socket: commands.socket,
    canSend: commands.status === 'connected' && connection !== 'offline',
    presence,
    clockOffsetMs,
    connection,
    refused,
  };
}
