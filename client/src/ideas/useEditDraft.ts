import type { ItemView } from '@majlis/shared';
import { useCallback, useState } from 'react';
import type { IdeaValues } from '../components/IdeaFields';
import { readJson, readString, removeKey, writeJson } from '../lib/storage';

const keyFor = (workshopId: string, itemId: string) => `majlis:edit:${workshopId}:${itemId}`;

function isValues(v: unknown): v is IdeaValues {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.title === 'string' &&
    typeof d.description === 'string' &&
    Array.isArray(d.sdgs) &&
    d.sdgs.every((n) => Number.isInteger(n) && n >= 1 && n <= 17)
  );
}

/** The idea as it is on the list, in the fields of the form. Its own tags: merged-in ones stay. */
export const valuesOf = (item: ItemView): IdeaValues => ({
  title: item.title,
  description: item.description,
  sdgs: [...item.ownSdgs],
});

/** True when this device holds unsaved changes to the idea. */
export const hasEditDraft = (workshopId: string, itemId: string): boolean =>
  readString(keyFor(workshopId, itemId)) !== null;

/**
 * Changes being made to one's own idea, saved on every keystroke like a new idea's draft, so a
 * reload or a dropped connection in the middle of an edit loses nothing.
 */
export function useEditDraft(workshopId: string, item: ItemView) {
  const key = keyFor(workshopId, item.id);
  const [restored, setRestored] = useState(() => readJson(key, isValues) !== undefined);
  const [values, setValues] = useState<IdeaValues>(() => readJson(key, isValues) ?? valuesOf(item));

  const update = useCallback(
    (patch: Partial<IdeaValues>) =>
      setValues((v) => {
        const next = { ...v, ...patch };
        writeJson(key, next);
        return next;
      }),
    [key],
  );
  const discard = useCallback(() => {
    removeKey(key);
    setValues(valuesOf(item));
    setRestored(false);
  }, [key, item]);
  const forget = useCallback(() => removeKey(key), [key]);

  return { values, update, discard, forget, restored };
}
