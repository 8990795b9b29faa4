import { useCallback, useEffect, useState } from 'react';
import type { IdeaValues } from '../components/IdeaFields';
import { randomId } from '../lib/randomId';
import { readJson, removeKey, writeJson } from '../lib/storage';

export interface IdeaDraft extends IdeaValues {
  /** Sent as the command's clientId: a retry of the same draft cannot add the idea twice. */
  readonly clientId: string;
}

const keyFor = (workshopId: string, stageId: string) => `majlis:draft:${workshopId}:${stageId}`;

function isDraft(v: unknown): v is IdeaDraft {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.title === 'string' &&
    typeof d.description === 'string' &&
    typeof d.clientId === 'string' &&
    Array.isArray(d.sdgs) &&
    d.sdgs.every((n) => Number.isInteger(n) && n >= 1 && n <= 17)
  );
}

const fresh = (): IdeaDraft => ({ title: '', description: '', sdgs: [], clientId: randomId() });

const isEmpty = (d: IdeaDraft) => d.title === '' && d.description === '' && d.sdgs.length === 0;

/**
 * Starts a stage's draft from text typed earlier (an idea the server turned down for another
 * stage). Never overwrites a draft in progress; returns whether the text was put in.
 */
export function seedIdeaDraft(workshopId: string, stageId: string, values: IdeaValues): boolean {
  const key = keyFor(workshopId, stageId);
  const existing = readJson(key, isDraft);
  if (existing && !isEmpty(existing)) return false;
  writeJson(key, {
    ...fresh(),
    title: values.title,
    description: values.description,
    sdgs: [...values.sdgs],
  });
  return true;
}

/** The idea being typed for one stage, saved on every keystroke so a reload or a dead battery
 * loses nothing. Mount it under a key of the stage: each stage has its own draft. */
export function useIdeaDraft(workshopId: string, stageId: string) {
  const key = keyFor(workshopId, stageId);
  const [draft, setDraft] = useState<IdeaDraft>(() => readJson(key, isDraft) ?? fresh());

  useEffect(() => {
    if (isEmpty(draft)) removeKey(key);
    else writeJson(key, draft);
  }, [draft, key]);

  const update = useCallback((patch: Partial<IdeaValues>) => setDraft((d) => ({ ...d, ...patch })), []);
  const clear = useCallback(() => setDraft(fresh()), []);

  return { draft, update, clear, hasText: !isEmpty(draft) };
}
