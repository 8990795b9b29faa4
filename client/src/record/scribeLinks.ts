/** The scribe links of a workshop, over the facilitator's HTTP API. */
import type { CreateScribeResponse, ScribeInfo } from '@majlis/shared';
import { apiFetch, type FetchError } from '../api/apiFetch';
import { readJson, writeJson } from '../lib/storage';

const base = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/scribes`;

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FetchError };

export async function listScribes(workshopId: string, key: string): Promise<Result<ScribeInfo[]>> {
  const r = await apiFetch<{ scribes: ScribeInfo[] }>(base(workshopId), { token: key });
  return r.ok ? { ok: true, value: r.data.scribes } : { ok: false, error: r.error };
}

export async function createScribe(
  workshopId: string,
  key: string,
  label: string,
): Promise<Result<CreateScribeResponse>> {
  const body = label.trim() === '' ? {} : { label: label.trim() };
  const r = await apiFetch<CreateScribeResponse>(base(workshopId), { method: 'POST', token: key, body });
  return r.ok ? { ok: true, value: r.data } : { ok: false, error: r.error };
}

export async function revokeScribe(workshopId: string, key: string, scribeId: string): Promise<Result<null>> {
  const r = await apiFetch(`${base(workshopId)}/${encodeURIComponent(scribeId)}`, {
    method: 'DELETE',
    token: key,
  });
  return r.ok ? { ok: true, value: null } : { ok: false, error: r.error };
}

/**
 * The server shows a scribe's link once, when it is made. This device keeps the links it made, so
 * the facilitator can copy one again later; another device lists the scribe without its link.
 */
const memoryKey = (workshopId: string) => `majlis:scribe-links:${workshopId}`;

const isLinkMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string');

export const scribeLinkMemory = {
  all: (workshopId: string): Record<string, string> => readJson(memoryKey(workshopId), isLinkMap) ?? {},
  remember: (workshopId: string, scribeId: string, link: string) =>
    writeJson(memoryKey(workshopId), { ...scribeLinkMemory.all(workshopId), [scribeId]: link }),
  forget: (workshopId: string, scribeId: string) => {
    const { [scribeId]: _gone, ...rest } = scribeLinkMemory.all(workshopId);
    writeJson(memoryKey(workshopId), rest);
  },
};
