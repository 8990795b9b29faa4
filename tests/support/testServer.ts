/**
 * Real servers and real clients for integration tests: a server on port 0 with its own temp
 * DATA_DIR, the stock y-websocket provider and socket.io-client. Nothing is mocked.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@majlis/server';
import { loadConfig } from '@majlis/server/config';
import type { Logger } from '@majlis/server/logger';
import type { Store } from '@majlis/server/storage';
import {
  type Ack,
  type ClientEventName,
  type ClientEventPayload,
  type ClientToServerEvents,
  type CreateWorkshopResponse,
  type JoinResponse,
  PROTOCOL_VERSION,
  readWorkshop,
  type ServerToClientEvents,
  type WorkshopView,
} from '@majlis/shared';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  server: RunningServer;
  url: string;
  dataDir: string;
  /** Stops the server, keeping its data, and starts a new one on the same port and data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function newDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'majlis-test-'));
}

export async function startTestServer(
  options: {
    dataDir?: string;
    port?: number;
    env?: NodeJS.ProcessEnv;
    log?: Logger;
    /** The store to run on instead of the data folder's LevelDB (e.g. one that stages a race). */
    store?: () => Promise<Store>;
  } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await newDataDir());
  const boot = async (port: number) =>
    startServer(
      loadConfig({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        CLIENT_DIST: join(dataDir, 'no-client'),
        // Tests share two cores with other test workers: load shedding is tested on its own
        // (tests/abuse), not tripped by a busy machine here.
        SHED_LAG_MS: '5000',
        ...options.env,
      }),
      {
        ...(options.log ? { log: options.log } : {}),
        ...(options.store ? { store: await options.store() } : {}),
      },
    );
  let server = await boot(options.port ?? 0);
  const port = Number(new URL(server.url).port);
  const handle: TestServer = {
    server,
    url: server.url,
    dataDir,
    async restart() {
      await server.close();
      server = await boot(port);
      handle.server = server;
    },
    async stop() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

/** A JSON request; returns status and parsed body. */
export async function api<T = unknown>(
  baseUrl: string,
  path: string,
  init: {
    method?: string;
    body?: unknown;
    raw?: string;
    token?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] ??= 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function createWorkshop(
  baseUrl: string,
  body: { title: string; locale: 'ar' | 'en'; template?: 'vlr' | 'blank' } = {
    title: 'ورشة الاختبار',
    locale: 'ar',
  },
): Promise<CreateWorkshopResponse> {
  const res = await api<CreateWorkshopResponse>(baseUrl, '/api/workshops', { body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function joinWorkshop(
  baseUrl: string,
  code: string,
  who: { name?: string; group?: string; organization?: string; locale?: 'ar' | 'en'; key?: string } = {},
): Promise<JoinResponse> {
  const res = await api<JoinResponse>(baseUrl, '/api/join', {
    body: { code, name: who.name ?? 'سلمى', group: who.group ?? 'civil_society', ...who },
  });
  if (res.status !== 201) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A connected socket.io client; rejects with the server's connect error message. */
export function connectSocket(
  baseUrl: string,
  token: string,
  protocol = PROTOCOL_VERSION,
  /** Hears every event the server pushes, from the very first one after connecting. */
  listen?: (event: string, ...args: unknown[]) => void,
): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, {
    auth: { token, protocol },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 500,
  });
  if (listen) socket.onAny(listen);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Sends a command and waits for its ack. */
export function command<E extends ClientEventName>(
  socket: ClientSocket,
  event: E,
  payload: ClientEventPayload<E>,
): Promise<Ack<E>> {
  const emit = socket.timeout(10_000).emitWithAck as unknown as (e: string, p: unknown) => Promise<Ack<E>>;
  return emit.call(socket.timeout(10_000), event, payload);
}

/** Sends any event with any payload, for hostile-client tests. */
export function rawCommand(socket: ClientSocket, event: string, ...args: unknown[]): Promise<unknown> {
  const s = socket as unknown as Socket;
  return s.timeout(10_000).emitWithAck(event, ...args);
}

export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The close code of the last connection the server closed, if any. */
  closes: number[];
  view(): WorkshopView | undefined;
  destroy(): void;
}

/** The stock y-websocket client, as the browser uses it. */
export function connectYjs(baseUrl: string, workshopId: string, token: string): YClient {
  const doc = new Y.Doc();
  const wsUrl = `${baseUrl.replace(/^http/, 'ws')}/yjs`;
  const provider = new WebsocketProvider(wsUrl, workshopId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  return {
    doc,
    provider,
    closes,
    view: () => readWorkshop(doc),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` returns (or resolves to) a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function synced(client: YClient, timeoutMs = 5_000): Promise<true> {
  return eventually(() => client.provider.synced || undefined, timeoutMs, 'yjs sync');
}

/** A raw WebSocket to the Yjs endpoint, for messages the stock client would never send. */
export function rawYjs(baseUrl: string, workshopId: string, token: string) {
  const ws = new WebSocket(
    `${baseUrl.replace(/^http/, 'ws')}/yjs/${workshopId}?token=${encodeURIComponent(token)}`,
  );
  const received: Buffer[] = [];
  ws.on('message', (data: Buffer) => received.push(data));
  ws.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  const firstMessage = new Promise<void>((resolve) => ws.once('message', () => resolve()));
  return { ws, received, opened, closed, firstMessage };
}

/**
 * A test server for the tests of one `describe`: started before them, stopped (and its data
 * removed) after. The handle may be kept in a constant; it reads the running server when used.
 */
export function useTestServer(options: Parameters<typeof startTestServer>[0] = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  const running = (): TestServer => {
    if (!started) throw new Error('The test server starts before the tests (beforeAll).');
    return started;
  };
  return {
    get server() {
      return running().server;
    },
    get url() {
      return running().url;
    },
    get dataDir() {
      return running().dataDir;
    },
    restart: () => running().restart(),
    stop: () => running().stop(),
  };
}
