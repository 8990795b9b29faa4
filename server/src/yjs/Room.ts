/**
 * One workshop's live Yjs doc: its connections, the y-websocket message handling and fan-out; its
 * stored log is a `DocLog`. The room only sees the small `DocConnection` interface, so it is tested
 * without a network.
 */

import { YjsCloseCode } from '@majlis/shared';
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { Store } from '../storage/Store.js';
import { StoreUnavailableError } from '../storage/StoreUnavailableError.js';
import type { DocFeed, FeedTarget } from './DocFeed.js';
import { DocLog } from './DocLog.js';
import { updateIsNew } from './updateIsNew.js';
import { updateRoots } from './updateRoots.js';
import {
  awarenessMessage,
  MESSAGE,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './yjsMessages.js';

/** Origin of the stored state applied on load: it is already in the store. */
const LOADING = Symbol('loading');
/** Origin of updates another process stored (scale-out): fanned out here, neither stored nor published again. */
const REMOTE = Symbol('remote');

/** The default bound on a doc's stored size (MAX_DOC_BYTES): every board and phone downloads it. */
export const DEFAULT_MAX_DOC_BYTES = 8_000_000;

/**
 * A connection's later "send me what I lack" (sync step 1) is answered at most this often: the
 * stock client sends one per connection, and each answer costs the server as much as the doc is big.
 */
const RESYNC_INTERVAL_MS = 5_000;
/** Unanswered sync step 1 messages past this many close the connection. */
const MAX_IGNORED_RESYNCS = 50;

/** What the room needs of a client connection. */
export interface DocConnection {
  /** Editors (facilitators, scribes) may write the doc and share awareness; everyone else only reads. */
  readonly canWrite: boolean;
  /** For an editor limited to some root types (a scribe): whether it may change `root`. */
  readonly mayWriteRoot?: (root: string) => boolean;
  send(message: Uint8Array): void;
}

/** A message the room refuses; the endpoint closes the connection with `closeCode`. */
export class ProtocolViolation extends Error {
  constructor(
    readonly closeCode: number,
    message: string,
  ) {
    super(message);
  }
}

export class Room implements FeedTarget {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Map<DocConnection, Set<number>>();
  private pending: Uint8Array[] = [];
  private flushScheduled = false;
  private readonly docLog: DocLog;
  private readonly remoteListeners: Array<() => void> = [];
  private readonly resyncs = new WeakMap<DocConnection, { at: number; ignored: number }>();

  private constructor(
    readonly workshopId: string,
    store: Store,
    private readonly log: Logger,
    loggedUpdates: number,
    storedBytes: number,
    private readonly maxDocBytes: number,
    private readonly feed: DocFeed | undefined,
  ) {
    this.docLog = new DocLog(
      workshopId,
      store,
      log,
      () => Y.encodeStateAsUpdate(this.doc),
      loggedUpdates,
      storedBytes,
      feed && {
        compact: () => feed.compact(workshopId),
        writeFailed: () => feed.repair(workshopId),
      },
    );
    // The server holds no awareness state of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOADING) return;
      if (origin === REMOTE) {
        this.docLog.noteRemote(update.length);
        this.fanOut(update);
      } else this.onUpdate(update);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const ids = origin instanceof Object ? this.connections.get(origin as DocConnection) : undefined;
      if (ids) {
        for (const id of added) ids.add(id);
        for (const id of removed) ids.delete(id);
      }
      this.sendToEditors(awarenessMessage(this.awareness, changed));
    });
  }

  /**
   * Loads a workshop's doc from the store; resolves only once the whole stored state is in. With a
   * `feed` (scale-out), the room also takes every update other processes store from then on.
   */
  static async load(
    workshopId: string,
    store: Store,
    log: Logger,
    maxDocBytes = DEFAULT_MAX_DOC_BYTES,
    feed?: DocFeed,
  ): Promise<Room> {
    const opened = feed ? await feed.open(workshopId) : undefined;
    try {
      const updates = opened ? opened.updates : await store.loadDocUpdates(workshopId);
      const bytes = updates.reduce((sum, u) => sum + u.length, 0);
      const room = new Room(workshopId, store, log, updates.length, bytes, maxDocBytes, feed);
      if (updates.length > 0) Y.applyUpdate(room.doc, Y.mergeUpdates(updates), LOADING);
      opened?.start(room);
      return room;
    } catch (err) {
      await feed?.close(workshopId);
      throw err;
    }
  }

  /** Applies an update another process stored (`FeedTarget`). */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE);
    for (const listener of this.remoteListeners) listener();
  }

  /** Calls `listener` after each update another process stored is applied (scale-out). */
  onRemoteUpdate(listener: () => void): void {
    this.remoteListeners.push(listener);
  }

  /** Takes in the whole stored log after an outage, and stores again what only this process has (`FeedTarget`). */
  reconcile(stored: Uint8Array[]): void {
    const storedDoc = new Y.Doc();
    try {
      if (stored.length > 0) {
        const merged = Y.mergeUpdates(stored);
        Y.applyUpdate(storedDoc, merged);
        Y.applyUpdate(this.doc, merged, REMOTE);
        for (const listener of this.remoteListeners) listener();
      }
      const mine = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(storedDoc));
      if (updateIsNew(storedDoc, mine)) {
        this.log.info({ workshopId: this.workshopId }, 'storing changes the outage kept from the log');
        this.docLog.append(mine);
      }
    } finally {
      storedDoc.destroy();
    }
  }

  /** Bytes of the stored log: the doc's size, or a little more until the next compaction. */
  get storedByteCount(): number {
    return this.docLog.storedBytes;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Resolves once every update so far is durable in the store. */
  whenStored(): Promise<void> {
    return this.docLog.whenStored();
  }

  /** Runs a change on the doc as the server and resolves once it is durable. */
  async change<T>(fn: (doc: Y.Doc) => T): Promise<T> {
    // Scaled out with Redis away: refuse before changing anything, so that the change a command
    // is refused for cannot be stored after all when this room reconciles with the log later.
    if (this.feed && !this.feed.available) {
      throw new StoreUnavailableError('the shared store does not answer; nothing was changed');
    }
    const failedBefore = this.docLog.failedWrites;
    let result: T | undefined;
    this.doc.transact(() => {
      result = fn(this.doc);
    }, this);
    await this.whenStored();
    if (this.docLog.failedWrites > failedBefore) {
      const cause = this.docLog.lastWriteError;
      // A store outage is answered as `unavailable`, whatever command met it.
      if (cause instanceof StoreUnavailableError) throw cause;
      throw new Error('the change could not be stored', { cause });
    }
    return result as T;
  }

  /** Starts a y-websocket session: the server's state vector first, then awareness for editors. */
  connect(conn: DocConnection): void {
    this.connections.set(conn, new Set());
    conn.send(syncStep1Message(this.doc));
    if (conn.canWrite) {
      const states = [...this.awareness.getStates().keys()];
      if (states.length > 0) conn.send(awarenessMessage(this.awareness, states));
    }
  }

  disconnect(conn: DocConnection): void {
    const ids = this.connections.get(conn);
    this.connections.delete(conn);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  /**
   * Handles one y-websocket message. Throws ProtocolViolation for anything malformed or not
   * allowed; the caller closes the connection. Nothing is applied from a refused message.
   */
  receive(conn: DocConnection, message: Uint8Array): void {
    if (message.length === 0) throw new ProtocolViolation(YjsCloseCode.badRequest, 'empty message');
    const decoder = decoding.createDecoder(message);
    let type: number;
    try {
      type = decoding.readVarUint(decoder);
    } catch {
      throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed message');
    }
    switch (type) {
      case MESSAGE.sync:
        this.receiveSync(conn, decoder);
        return;
      case MESSAGE.awareness: {
        const update = readBytes(decoder);
        // Phones' awareness is not relayed: it grows with the square of the room (yjs #732). They get
        // an empty answer instead, because the stock client reconnects after 30 s without a message.
        if (!conn.canWrite) {
          conn.send(awarenessMessage(this.awareness, []));
          return;
        }
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn);
        } catch {
          throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed awareness update');
        }
        return;
      }
      case MESSAGE.queryAwareness:
        return;
      case MESSAGE.auth:
        return;
      default:
        throw new ProtocolViolation(YjsCloseCode.badRequest, `unknown message type ${type}`);
    }
  }

  private receiveSync(conn: DocConnection, decoder: decoding.Decoder): void {
    let step: number;
    try {
      step = decoding.readVarUint(decoder);
    } catch {
      throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed sync message');
    }
    if (step === syncProtocol.messageYjsSyncStep1) {
      const stateVector = readBytes(decoder);
      const now = Date.now();
      const last = this.resyncs.get(conn);
      if (last && now - last.at < RESYNC_INTERVAL_MS) {
        last.ignored += 1;
        if (last.ignored > MAX_IGNORED_RESYNCS)
          throw new ProtocolViolation(YjsCloseCode.rateLimited, 'too many sync requests');
        return;
      }
      this.resyncs.set(conn, { at: now, ignored: last?.ignored ?? 0 });
      let answer: Uint8Array;
      try {
        answer = syncStep2Message(this.doc, stateVector);
      } catch {
        throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed state vector');
      }
      conn.send(answer);
      return;
    }
    if (step !== syncProtocol.messageYjsSyncStep2 && step !== syncProtocol.messageYjsUpdate) {
      throw new ProtocolViolation(YjsCloseCode.badRequest, `unknown sync step ${step}`);
    }
    const update = readBytes(decoder);
    // An empty update loops forever in some Yjs versions (yjs #498); the smallest real one has 2 bytes.
    if (update.length < 2) throw new ProtocolViolation(YjsCloseCode.badRequest, 'empty update');
    if (!conn.canWrite) {
      let isNew: boolean;
      try {
        isNew = updateIsNew(this.doc, update);
      } catch {
        throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed update');
      }
      if (isNew) throw new ProtocolViolation(YjsCloseCode.readOnly, 'this connection is read-only');
      return;
    }
    let scope: ReturnType<typeof updateRoots>;
    try {
      // Decoding first reads the whole update, so a truncated one is refused before any of it is applied.
      scope = updateRoots(this.doc, update);
    } catch {
      throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed update');
    }
    if (this.docLog.storedBytes + update.length > this.maxDocBytes) {
      // The log overstates the doc until it is compacted (edits, deletions): measure the doc itself
      // before refusing, and compact so the next check is exact again.
      const measured = Y.encodeStateAsUpdate(this.doc).length;
      if (measured + update.length > this.maxDocBytes) {
        throw new ProtocolViolation(YjsCloseCode.tooLarge, 'the workshop is too large to take this change');
      }
      this.docLog.remeasured(measured);
    }
    const mayWrite = conn.mayWriteRoot;
    if (mayWrite && (scope.unresolved || [...scope.roots].some((root) => !mayWrite(root)))) {
      // Nothing of it is applied. Dropping it and going on would strand the sender's later updates
      // (they build on this one), so the connection is closed instead; the client stops retrying.
      throw new ProtocolViolation(YjsCloseCode.forbidden, 'this link may write only notes and outcomes');
    }
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch {
      throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed update');
    }
  }

  /** Persists and fans out every update; updates of one tick go out as one merged message. */
  private onUpdate(update: Uint8Array): void {
    this.docLog.append(update);
    this.fanOut(update);
  }

  /** Queues an update for this tick's merged message to every connection. */
  private fanOut(update: Uint8Array): void {
    this.pending.push(update);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const updates = this.pending;
    this.pending = [];
    if (updates.length === 0) return;
    const merged = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    const message = updateMessage(merged);
    for (const conn of this.connections.keys()) conn.send(message);
  }

  private sendToEditors(message: Uint8Array): void {
    for (const conn of this.connections.keys()) if (conn.canWrite) conn.send(message);
  }

  /** Waits for pending writes and compacts the log, so that the next load is one read. */
  async close(): Promise<void> {
    this.flush();
    await this.docLog.close();
    await this.feed?.close(this.workshopId, this);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

function readBytes(decoder: decoding.Decoder): Uint8Array {
  try {
    return decoding.readVarUint8Array(decoder);
  } catch {
    throw new ProtocolViolation(YjsCloseCode.badRequest, 'malformed message');
  }
}
