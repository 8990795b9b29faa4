/** Invitations and the participant list, over the facilitator's HTTP API. */
import type { InviteInfo, ParticipantInfo } from '@majlis/shared';
import { apiFetch, type FetchError } from '../api/apiFetch';

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FetchError };

const ws = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}`;

async function call<T, V>(
  path: string,
  key: string,
  pick: (data: T) => V,
  init: { method?: 'POST' | 'DELETE'; body?: unknown } = {},
): Promise<Result<V>> {
  const r = await apiFetch<T>(path, { token: key, ...init });
  return r.ok ? { ok: true, value: pick(r.data) } : { ok: false, error: r.error };
}

export const peopleApi = {
  participants: (workshopId: string, key: string) =>
    call(`${ws(workshopId)}/participants`, key, (d: { participants: ParticipantInfo[] }) => d.participants),
  /** Removes (or restores) these participants; the ids that changed. */
  setRemoved: (workshopId: string, key: string, participantIds: readonly string[], removed: boolean) =>
    call(
      `${ws(workshopId)}/participants/${removed ? 'remove' : 'restore'}`,
      key,
      (d: { removed?: string[]; restored?: string[] }) => d.removed ?? d.restored ?? [],
      { method: 'POST', body: { participantIds } },
    ),
  invites: (workshopId: string, key: string) =>
    call(`${ws(workshopId)}/invites`, key, (d: { invites: InviteInfo[] }) => d.invites),
  addInvites: (
    workshopId: string,
    key: string,
    invites: ReadonlyArray<{ name: string; organization: string; group: string }>,
  ) =>
    call(`${ws(workshopId)}/invites`, key, (d: { invites: InviteInfo[] }) => d.invites, {
      method: 'POST',
      body: { invites },
    }),
  reissue: (workshopId: string, key: string, inviteId: string) =>
    call(
      `${ws(workshopId)}/invites/${encodeURIComponent(inviteId)}/reissue`,
      key,
      (d: { invite: InviteInfo }) => d.invite,
      { method: 'POST' },
    ),
  withdraw: (workshopId: string, key: string, inviteId: string) =>
    call(
      `${ws(workshopId)}/invites/${encodeURIComponent(inviteId)}`,
      key,
      (d: { invite: InviteInfo }) => d.invite,
      {
        method: 'DELETE',
      },
    ),
};
