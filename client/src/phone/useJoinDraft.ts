import type { StakeholderGroup } from '@majlis/shared';
import { STAKEHOLDER_GROUPS } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { readJson, writeJson } from '../lib/storage';

export interface JoinDraft {
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup | null;
}

const KEY = 'majlis:join-draft';
const EMPTY: JoinDraft = { name: '', organization: '', group: null };

function isJoinDraft(v: unknown): v is JoinDraft {
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
  const [draft, setDraft] = useState<JoinDraft>(() => readJson(KEY, isJoinDraft) ?? EMPTY);
  useEffect(() => writeJson(KEY, draft), [draft]);
  return [draft, (patch) => setDraft((d) => ({ ...d, ...patch }))];
}
