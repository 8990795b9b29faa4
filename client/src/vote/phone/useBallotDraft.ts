import type { Ballot } from '@majlis/shared';
import { useCallback, useState } from 'react';
import { readJson, removeKey, writeJson } from '../../lib/storage';
import { isBallotLike } from './ballotDraft';

const keyFor = (workshopId: string, stageId: string) => `majlis:ballot-draft:${workshopId}:${stageId}`;

/**
 * The participant's unsent changes to a ballot, kept on the device at every tap, so a reload, a
 * locked screen or a dead battery never loses them. Null while there are none: the phone then shows
 * the ballot that is queued or stored. Mounted per stage (keyed by the parent).
 */
export function useBallotDraft(workshopId: string, stageId: string) {
  const key = keyFor(workshopId, stageId);
  const [draft, setDraft] = useState<Ballot | null>(() => readJson(key, isBallotLike) ?? null);
  const update = useCallback(
    (next: Ballot) => {
      writeJson(key, next);
      setDraft(next);
    },
    [key],
  );
  const clear = useCallback(() => {
    removeKey(key);
    setDraft(null);
  }, [key]);
  return { draft, update, clear };
}
