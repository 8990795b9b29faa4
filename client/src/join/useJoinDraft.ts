import type { StakeholderGroup } from '@majlis/shared';
import { STAKEHOLDER_GROUPS } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { readJson, writeJson } from '../lib/storage';

export interface JoinDraft {
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup | null;
  /** The person agreed that the minutes may list them by name; off until they tick it. */
  readonly nameInMinutes: boolean;
}

const KEY = 'majlis:join-draft';
const EMPTY: JoinDraft = { name: '', organization: '', group: null, nameInMinutes: false };

/** A draft as stored; one kept before the consent existed has none, and so has not agreed. */
function isStoredDraft(v: unknown): v is Omit<JoinDraft, 'nameInMinutes'> & { nameInMinutes?: unknown } {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.name === 'string' &&
    typeof d.organization === 'string' &&
    (d.group === null || STAKEHOLDER_GROUPS.includes(d.group as StakeholderGroup))
  );
}

/** The join form as typed so far. Kept on the device: a reload, or the next workshop, starts filled in. */
export function useJoinDraft(): [JoinDraft, (patch: Partial<JoinDraft>) => void] {
  const [draft, setDraft] = useState<JoinDraft>(() => {
    const stored = readJson(KEY, isStoredDraft);
    return stored ? { ...stored, nameInMinutes: stored.nameInMinutes === true } : EMPTY;
  });
  useEffect(() => writeJson(KEY, draft), [draft]);
  return [draft, (patch) => setDraft((d) => ({ ...d, ...patch }))];
}
