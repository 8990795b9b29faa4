/**
 * The ideas a phone holds for the outbox, and the ones the server refused after a delayed send.
 * Pure: the hook keeps them in memory and on the device. Both lists are read back entry by entry,
 * so one entry of an older shape costs only itself.
 */
import type { FetchError } from '../api/apiFetch';
import { type ItemAddPayload, readItemAdd } from './readItemAdd';

/** An idea the server turned down when nobody was looking, kept until it has been read. */
export interface Rejection {
  readonly title: string;
  readonly description?: string;
  readonly sdgs?: readonly number[];
  readonly stageId: string;
  readonly error: FetchError;
}

/** The clientId makes a resend harmless; an idea from before clientIds is known by its title. */
export const ideaKey = (entry: ItemAddPayload): string => entry.clientId ?? entry.title;

/** Queues an idea once: sending the same one again (the same clientId) is not a second idea. */
export const withIdea = (
  list: readonly ItemAddPayload[],
  entry: ItemAddPayload,
): readonly ItemAddPayload[] => (list.some((e) => ideaKey(e) === ideaKey(entry)) ? list : [...list, entry]);

export const withoutIdea = (
  list: readonly ItemAddPayload[],
  entry: ItemAddPayload,
): readonly ItemAddPayload[] => list.filter((e) => ideaKey(e) !== ideaKey(entry));

export function rejectionOf(entry: ItemAddPayload, error: FetchError): Rejection {
  return {
    title: entry.title,
    stageId: entry.stageId,
    error,
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.sdgs ? { sdgs: entry.sdgs } : {}),
  };
}

const entries = (stored: unknown): readonly unknown[] => (Array.isArray(stored) ? stored : []);

/** The queued ideas the server would take, in order. */
export function readIdeaQueue(stored: unknown): readonly ItemAddPayload[] {
  return entries(stored).flatMap((v) => readItemAdd(v) ?? []);
}

/**
 * Queued ideas the server would refuse (text it does not take, such as a pasted direction override):
 * not sent, but not lost either. They become refusals, so that their text can still be read and reused.
 */
export function unsendableIdeas(stored: unknown): readonly Rejection[] {
  return entries(stored).flatMap((v) => {
    if (readItemAdd(v) !== undefined || !isRecord(v)) return [];
    const { title, stageId, description, sdgs } = v;
    if (typeof title !== 'string' || typeof stageId !== 'string') return [];
    return [
      {
        title,
        stageId,
        error: { code: 'bad_request', message: 'not a valid idea' },
        ...(typeof description === 'string' ? { description } : {}),
        ...(isSdgs(sdgs) ? { sdgs } : {}),
      },
    ];
  });
}

const isSdgs = (v: unknown): v is number[] => Array.isArray(v) && v.every(Number.isInteger);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readRejection(v: unknown): Rejection | undefined {
  if (!isRecord(v) || typeof v.title !== 'string' || typeof v.stageId !== 'string') return undefined;
  const error = v.error;
  if (!isRecord(error) || typeof error.code !== 'string' || typeof error.message !== 'string')
    return undefined;
  const { description, sdgs } = v;
  return {
    title: v.title,
    stageId: v.stageId,
    // A code this version does not know is still shown, with the server's own message.
    error: { code: error.code, message: error.message } as FetchError,
    ...(typeof description === 'string' ? { description } : {}),
    ...(isSdgs(sdgs) ? { sdgs } : {}),
  };
}

export function readRejections(stored: unknown): readonly Rejection[] {
  return entries(stored).flatMap((v) => readRejection(v) ?? []);
}
