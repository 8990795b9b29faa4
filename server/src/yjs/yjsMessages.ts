/**
 * The y-websocket frames the server sends, built in one place: a message type, then its body as
 * y-protocols writes it.
 */
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-websocket message types. */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return frame(MESSAGE.sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
}

/** Sync step 2: what `doc` has beyond `stateVector`. Throws when the state vector is malformed. */
export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame(MESSAGE.sync, (encoder) => syncProtocol.writeSyncStep2(encoder, doc, stateVector));
}

/** A doc update, as fanned out to every connection. */
export function updateMessage(update: Uint8Array): Uint8Array {
  return frame(MESSAGE.sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
}

/** The awareness states of `clients` (none: an empty update, which keeps a stock client connected). */
export function awarenessMessage(
  awareness: awarenessProtocol.Awareness,
  clients: readonly number[],
): Uint8Array {
  return frame(MESSAGE.awareness, (encoder) =>
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [...clients])),
  );
}
