/**
 * Every idea the phone sends goes through here. It is written to localStorage before it is sent, so
 * a reload, a dead battery or a lost ack never loses it; what could not be sent is re-sent when the
 * socket is back. The command's clientId makes a re-send of an idea that did land harmless: the
 * server derives the item id from it, so the idea is added exactly once.
 */
import type { ItemView } from '@majlis/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { readJson, writeJson } from '../lib/storage';
import { type CommandResult, sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';
import type { ItemAddPayload } from './ideaPayload';

export interface Rejection {
  readonly title: string;
  readonly description?: string;
  readonly sdgs?: readonly number[];
  readonly stageId: string;
  readonly error: FetchError;
}

/** An idea this phone holds: waiting for the network, or on its way. */
export interface OutgoingIdea {
  readonly payload: ItemAddPayload;
  readonly sending: boolean;
}

const RETRY_MS = 15_000;
const keyFor = (workshopId: string) => `majlis:outbox:${workshopId}`;
const rejectionsKeyFor = (workshopId: string) => `majlis:rejected:${workshopId}`;

function isOutbox(v: unknown): v is ItemAddPayload[] {
  return (
    Array.isArray(v) &&
    v.every(
      (p) =>
        typeof p === 'object' && p !== null && typeof p.stageId === 'string' && typeof p.title === 'string',
    )
  );
}

function isRejections(v: unknown): v is Rejection[] {
  return (
    Array.isArray(v) &&
    v.every(
      (r) =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.title === 'string' &&
        typeof r.stageId === 'string' &&
        typeof r.error?.code === 'string',
    )
  );
}

export const isTransient = (error: FetchError) => error.code === 'network' || error.code === 'timeout';

const OFFLINE: CommandResult<'item:add'> = { ok: false, error: { code: 'network', message: 'offline' } };
const idOf = (entry: ItemAddPayload) => entry.clientId ?? entry.title;

export function useOutbox(workshopId: string, socket: CommandSocket | null, canSend: boolean) {
  const key = keyFor(workshopId);
  const rejectionsKey = rejectionsKeyFor(workshopId);
  const [entries, setEntries] = useState<ItemAddPayload[]>(() => readJson(key, isOutbox) ?? []);
  // Kept on the device: a refusal that arrives while the phone is in a pocket must still be read.
  const [rejections, setRejections] = useState<Rejection[]>(
    () => readJson(rejectionsKey, isRejections) ?? [],
  );
  const [inFlight, setInFlight] = useState<ReadonlySet<string>>(new Set());
  const inFlightRef = useRef(new Set<string>());
  // Ideas the server accepted in this visit, by clientId: shown from the ack until the doc brings
  // them, and keyed by clientId throughout, so the card neither blinks nor slides in twice.
  const [landed, setLanded] = useState<ReadonlyMap<string, ItemView>>(new Map());
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

  const reject = useCallback(
    (entry: ItemAddPayload, error: FetchError) =>
      setRejections((list) => {
        const next = [
          ...list,
          {
            title: entry.title,
            stageId: entry.stageId,
            error,
            ...(entry.description ? { description: entry.description } : {}),
            ...(entry.sdgs ? { sdgs: entry.sdgs } : {}),
          },
        ];
        writeJson(rejectionsKey, next);
        return next;
      }),
    [rejectionsKey],
  );

  const markInFlight = useCallback((id: string, on: boolean) => {
    if (on) inFlightRef.current.add(id);
    else inFlightRef.current.delete(id);
    setInFlight(new Set(inFlightRef.current));
  }, []);

  const attempt = useCallback(
    async (entry: ItemAddPayload): Promise<CommandResult<'item:add'>> => {
      const id = idOf(entry);
      markInFlight(id, true);
      try {
        const result = await sendCommand(socket, 'item:add', entry);
        if (result.ok && entry.clientId) {
          const clientId = entry.clientId;
          setLanded((map) => new Map(map).set(clientId, result.item));
        }
        if (result.ok || !isTransient(result.error))
          change((list) => list.filter((e) => e.clientId !== entry.clientId));
        return result;
      } finally {
        markInFlight(id, false);
      }
    },
    [socket, change, markInFlight],
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
        if (inFlightRef.current.has(idOf(entry))) continue;
        const result = await attempt(entry);
        if (!result.ok && isTransient(result.error)) break;
        if (!result.ok) reject(entry, result.error);
      }
    } finally {
      flushing.current = false;
    }
  }, [key, canSend, attempt, reject]);

  useEffect(() => {
    if (entries.length === 0 || !canSend) return;
    void flush();
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [entries.length, canSend, flush]);

  const dismiss = useCallback(
    (index: number) =>
      setRejections((list) => {
        const next = list.filter((_, i) => i !== index);
        writeJson(rejectionsKey, next);
        return next;
      }),
    [rejectionsKey],
  );

  const outgoing: OutgoingIdea[] = entries.map((payload) => ({
    payload,
    sending: inFlight.has(idOf(payload)),
  }));

  return { outgoing, landed, send, rejections, dismiss };
}
