import type { IncomingMessage } from 'node:http';
import type { SecurityLog } from './SecurityLog.js';
import type { ServerMetrics } from './serverMetrics.js';

/** What the request handlers, the socket server and the Yjs endpoint report to: one dependency for all three. */
export interface Monitor {
  readonly metrics: ServerMetrics;
  readonly security: SecurityLog;
  /** The client's address of a request Express never routes (upgrades), honouring `trust proxy` as Express does. */
  addressOf(req: IncomingMessage): string;
}
