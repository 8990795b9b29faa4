/**
 * One load-generator process of the side-by-side benchmark (compare.ts spawns it, pinned to a core
 * of its own). It opens the writers (real providers: y-websocket's, or Hocuspocus's for Hocuspocus)
 * and the crowd (raw WebSocket receivers that do the sync handshake and then only look for markers
 * in each frame), reports `ready`, makes the edits of the plan on `go`, and reports every delivery it
 * saw. Speaks to its parent over IPC only; loopback only; bounded by the plan and `drainMs`.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { marker, nowUs, Samples, scanMarkers } from './marker.js';

export type ServerKind = 'ywss' | 'hocuspocus' | 'majlis';

export interface Plan {
  /** `paced`: edit k at start + k / rate s by writer k mod writers; `burst`: every writer at once, `bursts` times. */
  mode: 'paced' | 'burst';
  writers: number;
  /** Edits per second, all writers together (paced). */
  rate: number;
  /** Edits in all: paced, as many as the plan says; burst, bursts × writers. */
  edits: number;
  burstGapMs: number;
  /** Whether the writers' own providers count as receivers (full clients) or only write. */
  writersReceive: boolean;
}

export interface Job {
  kind: ServerKind;
  /** http://127.0.0.1:<port> */
  url: string;
  /** The document: a name for the peers, the workshop id for Majlis. */
  doc: string;
  /** Credentials of this process's writers ('' for the peers); writer ids start at `writerBase`. */
  writers: string[];
  writerBase: number;
  /** Credentials of this process's raw receivers ('' for the peers). */
  receivers: string[];
  plan: Plan;
  /** After the last planned edit, how long to wait for deliveries still missing. */
  drainMs: number;
}

export interface GeneratorResult {
  /** Edit → receiver delivery times (ms) this process saw. */
  latencies: Float64Array;
  /** Per edit (index = edit number): deliveries seen here, the last one's wall time (µs), the send time (µs, NaN if unseen). */
  counts: Uint32Array;
  lastUs: Float64Array;
  sentUs: Float64Array;
  expected: number;
  received: number;
  /** CPU time of this process ÷ wall time, in %: the higher of over the edits alone and over the edits and the drain. */
  cpuPercent: number;
  /** Connections closed by the server during the run (none expected). */
  dropped: number;
}

export type ToGenerator = { type: 'job'; job: Job } | { type: 'go' } | { type: 'close' };
export type FromGenerator =
  | { type: 'ready'; connectMs: number }
  | { type: 'result'; result: GeneratorResult }
  | { type: 'error'; message: string };

/** The edits writer `w` (0-based, all writers) makes in the plan. */
export function editsBy(plan: Plan, w: number): number {
  if (plan.mode === 'burst') return plan.edits / plan.writers;
  return Math.floor(plan.edits / plan.writers) + (w < plan.edits % plan.writers ? 1 : 0);
}

/** Opening connections this many at a time keeps the server's accept backlog from overflowing. */
const CONNECTING_AT_ONCE = 100;
const CONNECT_TIMEOUT_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function send(message: FromGenerator): void {
  process.send?.(message);
}

function wsBase(url: string): string {
  return url.replace(/^http/, 'ws');
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  return Buffer.from(data as Uint8Array);
}

/** A `ws` WebSocket that hands every frame to `onFrame` before the provider decodes it. */
function markerSocket(onFrame: (frame: Buffer) => void) {
  return class MarkerSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: unknown) => onFrame(toBuffer(data)));
    }
  };
}

/** The bytes before each message of a connection: Hocuspocus names the document in every message. */
function docPrefix(job: Job): Uint8Array {
  if (job.kind !== 'hocuspocus') return new Uint8Array();
  const e = encoding.createEncoder();
  encoding.writeVarString(e, job.doc);
  return encoding.toUint8Array(e);
}

function framed(prefix: Uint8Array, body: number[] | Uint8Array): Buffer {
  return Buffer.concat([prefix, Uint8Array.from(body)]);
}

/** Sync step 1 with an empty state vector: "send me everything". */
const SYNC_STEP1_EMPTY = [0, 0, 1, 0];

/**
 * A raw receiver: the minimal handshake (auth for Hocuspocus, sync step 1, an empty sync step 2 in
 * answer to the server's step 1), then every frame goes to `onFrame`. Resolves once the server's
 * sync step 2 arrived.
 */
function openReceiver(job: Job, token: string, onFrame: (frame: Buffer) => void, onClose: () => void) {
  const prefix = docPrefix(job);
  const url =
    job.kind === 'majlis'
      ? `${wsBase(job.url)}/yjs/${job.doc}?token=${encodeURIComponent(token)}`
      : job.kind === 'ywss'
        ? `${wsBase(job.url)}/${job.doc}`
        : wsBase(job.url);
  // The servers under test take no compression (ws servers decline it by default): don't offer it.
  const ws = new WebSocket(url, { perMessageDeflate: false });
  return new Promise<WebSocket>((resolve, reject) => {
    let synced = false;
    const timer = setTimeout(
      () => reject(new Error(`receiver not synced after ${CONNECT_TIMEOUT_MS} ms`)),
      CONNECT_TIMEOUT_MS,
    );
    ws.on('open', () => {
      if (job.kind === 'hocuspocus') {
        const auth = encoding.createEncoder();
        encoding.writeVarUint(auth, 2); // Auth
        encoding.writeVarUint(auth, 0); // Token
        encoding.writeVarString(auth, token);
        ws.send(framed(prefix, encoding.toUint8Array(auth)));
      }
      ws.send(framed(prefix, SYNC_STEP1_EMPTY));
    });
    ws.on('message', (data: unknown) => {
      const frame = toBuffer(data);
      const at = prefix.length;
      const type = frame[at];
      if ((type === 0 || type === 4) && frame[at + 1] === 0) {
        // The server's sync step 1: answer that we have nothing it lacks (an empty update).
        ws.send(framed(prefix, job.kind === 'hocuspocus' ? [4, 1, 2, 0, 0] : [0, 1, 2, 0, 0]));
      } else if (!synced && (type === 0 || type === 4) && frame[at + 1] === 1) {
        synced = true;
        clearTimeout(timer);
        resolve(ws);
      }
      onFrame(frame);
    });
    ws.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    ws.on('close', (code) => {
      clearTimeout(timer);
      if (!synced) reject(new Error(`receiver closed with ${code} before it synced`));
      else onClose();
    });
  });
}

interface Writer {
  doc: Y.Doc;
  edit(text: string): void;
  destroy(): void;
}

/** A real provider; resolves once synced. Edits go into the stage's notes, one paragraph per writer. */
async function openWriter(job: Job, token: string, onFrame: (frame: Buffer) => void): Promise<Writer> {
  const doc = new Y.Doc();
  const WebSocketPolyfill = markerSocket(onFrame);
  let destroy: () => void;
  const synced = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('writer not synced')), CONNECT_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (job.kind === 'hocuspocus') {
      const config = {
        url: wsBase(job.url),
        name: job.doc,
        document: doc,
        token: token || 'bench',
        WebSocketPolyfill,
        onSynced: done,
      };
      const provider = new HocuspocusProvider(config as unknown as HocuspocusProviderConfiguration);
      destroy = () => provider.destroy();
    } else {
      const provider = new WebsocketProvider(
        job.kind === 'majlis' ? `${wsBase(job.url)}/yjs` : wsBase(job.url),
        job.doc,
        doc,
        {
          ...(job.kind === 'majlis' ? { params: { token } } : {}),
          WebSocketPolyfill: WebSocketPolyfill as unknown as typeof globalThis.WebSocket,
          disableBc: true,
        },
      );
      provider.once('sync', (isSynced: boolean) => isSynced && done());
      destroy = () => provider.destroy();
    }
  });
  await synced;
  let text: Y.XmlText | undefined;
  return {
    doc,
    edit(content) {
      if (text) {
        text.insert(text.length, content);
        return;
      }
      // Majlis takes a writer's edit in the notes of a stage of the workshop; the peers get the same shape.
      const stages = doc.getMap('stages');
      const stageId = job.kind === 'majlis' ? [...stages.keys()].sort()[0] : 'bench';
      if (!stageId) throw new Error('the workshop has no stage to write notes in');
      const fragment = doc.getXmlFragment(`notes:${stageId}`);
      doc.transact(() => {
        const paragraph = new Y.XmlElement('paragraph');
        fragment.push([paragraph]);
        const t = new Y.XmlText();
        paragraph.push([t]);
        t.insert(0, content);
        text = t;
      });
    },
    destroy: () => {
      destroy();
      doc.destroy();
    },
  };
}

/** Runs `task` over `items` with at most `limit` at a time, in order of start. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i] as T, i);
      }
    }),
  );
  return out;
}

async function run(job: Job): Promise<void> {
  const { plan } = job;
  const latencies = new Samples();
  const counts = new Uint32Array(plan.edits);
  const lastUs = new Float64Array(plan.edits);
  const sentUs = new Float64Array(plan.edits).fill(Number.NaN);
  let received = 0;
  let dropped = 0;
  /** Collects a receiver's deliveries; `self` is the writer id whose own edits it skips (-1: none). */
  const receiver = (self: number) => (frame: Buffer) => {
    const at = nowUs();
    scanMarkers(frame, (writer, seq, sent) => {
      if (writer === self || seq >= plan.edits) return;
      latencies.push((at - sent) / 1000);
      counts[seq] = (counts[seq] as number) + 1;
      if (at > (lastUs[seq] as number)) lastUs[seq] = at;
      sentUs[seq] = sent;
      received++;
    });
  };
  const ignore = () => undefined;

  const started = performance.now();
  const writers = await pool(job.writers, 20, (token, i) =>
    openWriter(job, token, plan.writersReceive ? receiver(job.writerBase + i) : ignore),
  );
  const receivers = await pool(job.receivers, CONNECTING_AT_ONCE, (token) =>
    openReceiver(job, token, receiver(-1), () => dropped++),
  );
  let expected = receivers.length * plan.edits;
  if (plan.writersReceive) {
    for (let i = 0; i < writers.length; i++) expected += plan.edits - editsBy(plan, job.writerBase + i);
  }
  send({ type: 'ready', connectMs: performance.now() - started });
  await new Promise<void>((resolve) => {
    process.once('message', (m: ToGenerator) => {
      if (m.type === 'go') resolve();
    });
  });

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const mine = (w: number) => w >= job.writerBase && w < job.writerBase + writers.length;
  const edit = (k: number, w: number) => {
    const sent = nowUs();
    sentUs[k] = sent;
    writers[w - job.writerBase]?.edit(marker(w, k, sent));
  };
  if (plan.mode === 'paced') {
    const intervalMs = 1000 / plan.rate;
    for (let k = 0; k < plan.edits; k++) {
      const due = t0 + k * intervalMs;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      else if (k % 50 === 0) await sleep(0); // behind schedule: still let the receivers run
      const w = k % plan.writers;
      if (mine(w)) edit(k, w);
    }
  } else {
    const bursts = plan.edits / plan.writers;
    for (let b = 0; b < bursts; b++) {
      const wait = t0 + b * plan.burstGapMs - performance.now();
      if (wait > 0) await sleep(wait);
      for (let w = 0; w < plan.writers; w++) if (mine(w)) edit(b * plan.writers + w, w);
    }
  }
  // Over the edits alone as well: a generator that fell behind while sending and then idled through
  // the drain would look fine over the whole.
  const cpuEdits = process.cpuUsage(cpu0);
  const wallEdits = performance.now() - t0;
  const deadline = performance.now() + job.drainMs;
  while (received < expected && performance.now() < deadline) await sleep(5);
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  const share = (c: NodeJS.CpuUsage, ms: number) => ((c.user + c.system) / 1000 / Math.max(1, ms)) * 100;
  send({
    type: 'result',
    result: {
      latencies: latencies.toArray(),
      counts,
      lastUs,
      sentUs,
      expected,
      received,
      cpuPercent: Math.max(share(cpu, wall), wallEdits >= 200 ? share(cpuEdits, wallEdits) : 0),
      dropped,
    },
  });
  await new Promise<void>((resolve) => {
    process.on('message', (m: ToGenerator) => {
      if (m.type === 'close') resolve();
    });
  });
  for (const r of receivers) r.terminate();
  for (const w of writers) w.destroy();
}

// Only as the entry point of a child with an IPC channel (not when a test imports it).
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.setMaxListeners(0);
  // The parent going away ends this process too: nothing is left running.
  process.on('disconnect', () => process.exit(0));
  process.once('message', (m: ToGenerator) => {
    if (m.type !== 'job') return;
    run(m.job).then(
      () => process.exit(0),
      (err: unknown) => {
        send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
        setTimeout(() => process.exit(1), 100);
      },
    );
  });
}
