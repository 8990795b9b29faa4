import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './trustProxy.js';
import { DEFAULT_MAX_DOC_BYTES } from './yjs/Room.js';

/** An empty variable (`PORT=`) means unset, not zero or the empty string. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const envSchema = z.object({
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(unsetIfEmpty, z.string().min(1).default('0.0.0.0')),
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().min(1).default('./data')),
  PUBLIC_URL: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .transform((u) => u.replace(/\/+$/, ''))
      .optional(),
  ),
  REDIS_URL: z.preprocess(unsetIfEmpty, z.string().optional()),
  REDIS_PREFIX: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .max(64)
      .regex(/^[\w:.-]+$/, 'letters, digits and _ : . - only')
      .optional(),
  ),
  LOG_LEVEL: z.preprocess(
    unsetIfEmpty,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  TRUST_PROXY: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .default('false')
      .transform((raw, ctx) => {
        const parsed = parseTrustProxy(raw);
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }),
  ),
  CLIENT_DIST: z.preprocess(unsetIfEmpty, z.string().optional()),
  MAX_DOC_BYTES: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(100_000).max(1_000_000_000).default(DEFAULT_MAX_DOC_BYTES),
  ),
  SHED_LAG_MS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(10).max(60_000).default(150)),
  MAX_PARTICIPANTS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(100_000).default(2_000)),
  MAX_ITEMS_PER_STAGE: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(100_000).default(2_000)),
  METRICS_TOKEN: z.preprocess(
    unsetIfEmpty,
    z.string().min(16, 'must be at least 16 characters').regex(/^\S+$/, 'must have no spaces').optional(),
  ),
  MAX_ITEMS_PER_PARTICIPANT: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(1).max(10_000).default(50),
  ),
  ENDED_TOKEN_GRACE_HOURS: z.preprocess(unsetIfEmpty, z.coerce.number().min(0).max(8_760).default(24)),
});

/** The server's configuration, read once from the environment at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** The address people use to reach the server; when unset, links follow the request's Host. */
  readonly publicUrl: string | undefined;
  /**
   * Scale-out: every process on this Redis serves the same workshops (its store, the doc feed,
   * socket.io broadcasts). Unset: one process on the embedded LevelDB store.
   */
  readonly redisUrl: string | undefined;
  /** Put before every Redis key and channel (default `majlis:`), so deployments can share a Redis. */
  readonly redisPrefix: string | undefined;
  readonly logLevel: string;
  /** Which reverse proxies are believed about the client's address (express `trust proxy`). */
  readonly trustProxy: TrustProxy;
  /** Where the built client is; served as static files with SPA fallback. */
  readonly clientDist: string;
  /** Ideas one list stage holds at most (of any status), and ideas one participant may add to one stage. */
  /** A workshop doc's largest stored size; a client update past it is refused (Yjs close 4413). */
  readonly maxDocBytes: number;
  /** Event-loop delay (p50 over a second) above which participants' commands are refused at once. */
  readonly shedLagMs: number;
  /** People one workshop takes at most; more joins are refused with `too_many`. */
  readonly maxParticipants: number;
  readonly maxItemsPerStage: number;
  readonly maxItemsPerParticipant: number;
  /** How long after a workshop ended its participant, scribe and board links still open it (read-only). */
  readonly endedGraceMs: number;
  /** When set, `GET /metrics` requires it as a bearer token (from anywhere); unset, it answers loopback only. */
  readonly metricsToken: string | undefined;
}

/** Parses the environment, throwing one readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Bad configuration:\n${z.prettifyError(parsed.error)}`);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL,
    redisUrl: e.REDIS_URL || undefined,
    redisPrefix: e.REDIS_PREFIX,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    maxDocBytes: e.MAX_DOC_BYTES,
    shedLagMs: e.SHED_LAG_MS,
    maxParticipants: e.MAX_PARTICIPANTS,
    maxItemsPerStage: e.MAX_ITEMS_PER_STAGE,
    maxItemsPerParticipant: e.MAX_ITEMS_PER_PARTICIPANT,
    endedGraceMs: Math.round(e.ENDED_TOKEN_GRACE_HOURS * 3_600_000),
    metricsToken: e.METRICS_TOKEN,
    clientDist: resolve(e.CLIENT_DIST ?? fileURLToPath(new URL('../../client/dist', import.meta.url))),
  };
}
