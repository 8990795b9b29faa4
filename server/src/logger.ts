import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * Every place a credential could sit in a logged object. Request lines are written by our own
 * serializers (no headers, the query redacted), so these are a second line of defence.
 */
const REDACT = [
  'token',
  '*.token',
  'key',
  '*.key',
  'facilitatorKey',
  '*.facilitatorKey',
  'boardToken',
  '*.boardToken',
  'auth',
  '*.auth',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'handshake.auth',
];

/** JSON logs on stdout (or `destination`, for tests). Credentials are redacted wherever they could appear. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, redact: REDACT };
  return destination ? pino(options, destination) : pino(options);
}
