import { useRef } from 'react';

/**
 * When (server time) this screen first showed `step` (a stage in one of its states) as the room's
 * current one: the time the room came to it, or the board was opened on it. Read during render, so
 * the first frame of a new step already knows it.
 */
export function useStageEntry(step: string | undefined, clockOffsetMs: number): number {
  const entry = useRef<{ step: string | undefined; at: number }>({ step: undefined, at: 0 });
  if (entry.current.step !== step) entry.current = { step, at: Date.now() + clockOffsetMs };
  return entry.current.at;
}
