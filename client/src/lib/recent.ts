/** Workshops this device has created or joined, so the start page can lead back to them. */
import { readJson, writeJson } from './storage';

export interface RecentWorkshop {
  readonly id: string;
  readonly title: string;
  readonly role: 'facilitator' | 'participant';
  readonly at: number;
}

const KEY = 'majlis:recent';
const MAX = 6;

function isRecentList(v: unknown): v is RecentWorkshop[] {
  return (
    Array.isArray(v) &&
    v.every(
      (r) =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.id === 'string' &&
        typeof r.title === 'string' &&
        (r.role === 'facilitator' || r.role === 'participant') &&
        typeof r.at === 'number',
    )
  );
}

export function recentWorkshops(): RecentWorkshop[] {
  return readJson(KEY, isRecentList) ?? [];
}

export function rememberWorkshop(entry: Omit<RecentWorkshop, 'at'>): void {
  const rest = recentWorkshops().filter((r) => !(r.id === entry.id && r.role === entry.role));
  writeJson(KEY, [{ ...entry, at: Date.now() }, ...rest].slice(0, MAX));
}
