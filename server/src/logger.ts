import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON logs on stdout. Credentials are redacted wherever they could appear. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: ['token', '*.token', 'facilitatorKey', '*.facilitatorKey', 'req.headers.authorization'],
  });
}
