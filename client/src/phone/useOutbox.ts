/**
 * Every idea the phone sends goes through here. It is written to localStorage before it is sent, so
 * a reload, a dead battery or a lost ack never loses it; what could not be sent is re-sent when the
 * socket is back. The command's clientId makes a re-send of an idea that did land harmless.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { readJson, writeJson } from '../lib/storage';
import { type CommandResult, sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';
import type { ItemAddPayload } from './ideaPayload';

export interface Rejection {
  readonly title: string;
  readonly error: FetchError;
}

const RETRY_MS = 15_000;
const keyFor = (workshopId: string) => `majlis:outbox:${workshopId}`;

function isOutbox(v: unknown): v is ItemAddPayload[] {
  return (
    Array.isArray(v) &&
    v.every(
      (p) =>
        typeof p === 'object' && p !== null && typeof p.stageId === 'string' && typeof p.title === 'string',
    )
  );
}

export const isTransient = (error: FetchError) => error.code === 'network' || error.code === 'timeout';

const OFFLINE: CommandResult<'item:add'> = { ok: false, error: { code: 'network', message: 'offline' } };

export function useOutbox(workshopId: string, socket: CommandSocket | null, canSend: boolean) {
  const key = keyFor(workshopId);
  const [entries, setEntries] = useState<ItemAddPayload[]>(() => readJson(key, isOutbox) ?? []);
  const [rejections, setRejections] = useState<Rejection[]>([]);
  const inFlight = useRef(new Set<string>());
  const [, setInFlightVersion] = useState(0);
  const flushing = useRef(false);

  // Persisted synchronously rather than in an effect: the write must not wait for a render.
  const change = useCallback(
    (update: (list: ItemAddPayload[]) => ItemAddPayload[]) => {
      const next = update(readJson(key, isOutbox) ?? []);
      writeJson(key, next);
      setEntries(next);
    },
    [key],
  );

  const attempt = useCallback(
    async (entry: ItemAddPayload): Promise<CommandResult<'item:add'>> => {
      const id = entry.clientId ?? entry.title;
      inFlight.current.add(id);
      setInFlightVersion((v) => v + 1);
      try {
        const result = await sendCommand(socket, 'item:add', entry);
        if (result.ok || !isTransient(result.error))
          change((list) => list.filter((e) => e.clientId !== entry.clientId));
        return result;
      } finally {
        inFlight.current.delete(id);
        setInFlightVersion((v) => v + 1);
      }
    },
    [socket, change],
  );

  /** Sends one idea now, or keeps it for later; resolves with what the server said, if anything. */
  const send = useCallback(
    async (payload: ItemAddPayload): Promise<CommandResult<'item:add'>> => {
      change((list) => (list.some((e) => e.clientId === payload.clientId) ? list : [...list, payload]));
      return canSend ? attempt(payload) : OFFLINE;
    },
    [canSend, attempt, change],
  );

  const flush = useCallback(async () => {
    if (flushing.current || !canSend) return;
    flushing.current = true;
    try {
      for (const entry of readJson(key, isOutbox) ?? []) {
        if (inFlight.current.has(entry.clientId ?? entry.title)) continue;
        const result = await attempt(entry);
        if (!result.ok && isTransient(result.error)) break;
        if (!result.ok) setRejections((list) => [...list, { title: entry.title, error: result.error }]);
      }
    } finally {
      flushing.current = false;
    }
  }, [key, canSend, attempt]);

  useEffect(() => {
    if (entries.length === 0 || !canSend) return;
    void flush();
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [entries.length, canSend, flush]);

  const dismiss = useCallback(
    (index: number) => setRejections((list) => list.filter((_, i) => i !== index)),
    [],
  );
  // Ideas being sent right now are not "waiting": showing them as such would flicker on every send.
  const waiting = entries.filter((e) => !inFlight.current.has(e.clientId ?? e.title));

  return { waiting, send, rejections, dismiss };
}
