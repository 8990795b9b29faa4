/** A real server logger whose lines are kept in memory, for tests that read what the server logs. */
import { createLogger } from '@majlis/server/logger';

export interface LogLine {
  readonly level: number;
  readonly msg?: string;
  readonly [field: string]: unknown;
}

export function captureLog(level = 'trace') {
  const raw: string[] = [];
  const log = createLogger(level, { write: (line: string) => void raw.push(line) });
  return {
    log,
    /** Everything written so far, exactly as it would reach stdout. */
    text: () => raw.join(''),
    lines: (): LogLine[] => raw.map((line) => JSON.parse(line) as LogLine),
  };
}

/** pino's numeric levels. */
export const LEVEL = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 } as const;
