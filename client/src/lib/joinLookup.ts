/**
 * The workshop lookup of the join page, started by the page's first script (early.ts) while the
 * rest of the code is still on its way: on a slow phone the answer is there when the form is. The
 * join page takes that answer instead of asking again (a second request for a wrong typed code
 * would count twice against the join guard).
 */
import { type JoinPreview, matchRoute, normalizeJoinCode } from '@majlis/shared';
import { apiFetch, type FetchResult } from '../api/apiFetch';
import { fragmentParam } from './fragment';

/** The lookup's path for a canonical code, with the join link's key (`#k=` of the QR code) if any. */
export function joinLookupPath(code: string, linkKey: string | null): string {
  const query = linkKey ? `?key=${encodeURIComponent(linkKey)}` : '';
  return `/api/join/${encodeURIComponent(code)}${query}`;
}

let early: { readonly path: string; readonly result: Promise<FetchResult<JoinPreview>> } | null = null;

/** On `/join/:code`, asks for the workshop at once; anywhere else, does nothing. */
export function startJoinLookup(location: { readonly pathname: string; readonly hash: string }): void {
  const route = matchRoute(location.pathname);
  if (route.name !== 'join' || route.code === null) return;
  const code = normalizeJoinCode(route.code);
  if (!code) return;
  const path = joinLookupPath(code, fragmentParam(location.hash, 'k'));
  early = { path, result: apiFetch<JoinPreview>(path) };
}

/** The answer for `path`: the early request's if it asked the same (once), else a new request. */
export function lookUpJoin(path: string): Promise<FetchResult<JoinPreview>> {
  if (early?.path === path) {
    const { result } = early;
    early = null;
    return result;
  }
  return apiFetch<JoinPreview>(path);
}
