import type { InviteInfo, ParticipantInfo } from '@majlis/shared';
import { useCallback, useEffect, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import type { CommandSocket } from '../sync/useCommandSocket';
import { peopleApi } from './peopleApi';

export interface People {
  readonly participants: readonly ParticipantInfo[] | null;
  readonly invites: readonly InviteInfo[] | null;
  readonly error: FetchError | null;
  readonly reload: () => Promise<void>;
  readonly setError: (e: FetchError | null) => void;
}

/** The participant list and the invitations, fetched at once and again whenever the server says they changed. */
export function usePeople(workshopId: string, key: string, socket: CommandSocket | null): People {
  const [participants, setParticipants] = useState<readonly ParticipantInfo[] | null>(null);
  const [invites, setInvites] = useState<readonly InviteInfo[] | null>(null);
  const [error, setError] = useState<FetchError | null>(null);

  const reload = useCallback(async () => {
    const [p, i] = await Promise.all([
      peopleApi.participants(workshopId, key),
      peopleApi.invites(workshopId, key),
    ]);
    if (p.ok) setParticipants(p.value);
    if (i.ok) setInvites(i.value);
    const failed = !p.ok ? p.error : !i.ok ? i.error : null;
    setError(failed);
  }, [workshopId, key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!socket) return;
    // Presence can change several times a second in a busy room: one fetch at most every 2 s.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        void reload();
      }, 2_000);
    };
    socket.on('participants:changed', changed);
    // Presence changes who is "here now"; a reconnect may have missed changes.
    socket.on('presence:update', changed);
    socket.on('connect', changed);
    return () => {
      socket.off('participants:changed', changed);
      socket.off('presence:update', changed);
      socket.off('connect', changed);
      clearTimeout(timer);
    };
  }, [socket, reload]);

  return { participants, invites, error, reload, setError };
}
