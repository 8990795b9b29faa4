/**
 * Every idea the phone sends goes through here. It is written to localStorage before it is sent, so
 * a reload, a dead battery or a lost ack never loses it; what could not be sent is re-sent by the
 * outbox (`outbox/outbox.ts`, the same one as ballots) when the socket is back. The command's clientId
 * makes a re-send of an idea that did land harmless: the server derives the item id from it, so the
 * idea is added exactly once.
 */
import type { ItemView } from '@majlis/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type CommandResult, sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';
import {
  ideaKey,
  readIdeaQueue,
  readRejections,
  rejectionOf,
  unsendableIdeas,
  withIdea,
  withoutIdea,
} from './ideaQueue';
import { createOutbox } from './outbox';
import type { ItemAddPayload } from './readItemAdd';
import { storedValue } from './storedValue';

/** An idea this phone holds: waiting for the network, or on its way. */
export interface OutgoingIdea {
  readonly payload: ItemAddPayload;
  readonly sending: boolean;
}

type Added = Extract<CommandResult<'item:add'>, { ok: true }>;

const keyFor = (workshopId: string) => `majlis:outbox:${workshopId}`;
const rejectionsKeyFor = (workshopId: string) => `majlis:rejected:${workshopId}`;

export function useOutbox(workshopId: string, socket: CommandSocket | null, canSend: boolean) {
  const { queue, refusals } = useMemo(() => {
    // Kept on the device: a refusal that arrives while the phone is in a pocket must still be read.
    const refusals = storedValue(rejectionsKeyFor(workshopId), readRejections);
    const queue = storedValue(keyFor(workshopId), (stored) => {
      const unsendable = unsendableIdeas(stored);
      if (unsendable.length > 0) refusals.change((list) => [...list, ...unsendable]);
      return readIdeaQueue(stored);
    });
    return { queue, refusals };
  }, [workshopId]);
  const [entries, setEntries] = useState(queue.get);
  const [rejections, setRejections] = useState(refusals.get);
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  // Ideas the server accepted in this visit, by clientId: shown from the ack until the doc brings
  // them, and keyed by clientId throughout, so the card neither blinks nor slides in twice.
  const [landed, setLanded] = useState<ReadonlyMap<string, ItemView>>(new Map());
  const socketRef = useRef(socket);
  socketRef.current = socket;

  const outbox = useMemo(() => {
    const drop = (entry: ItemAddPayload) => setEntries(queue.change((list) => withoutIdea(list, entry)));
    return createOutbox<ItemAddPayload, Added>({
      waiting: queue.get,
      keyOf: ideaKey,
      send: (entry) => sendCommand(socketRef.current, 'item:add', entry),
      delivered: (entry, ack) => {
        const clientId = entry.clientId;
        if (clientId) setLanded((map) => new Map(map).set(clientId, ack.item));
        drop(entry);
      },
      refused: (entry, error, late) => {
        drop(entry);
        // A refusal of a send the participant is watching is shown where they sent it.
        if (late) setRejections(refusals.change((list) => [...list, rejectionOf(entry, error)]));
      },
      onSending: setSending,
    });
  }, [queue, refusals]);

  useEffect(() => {
    outbox.setOnline(canSend);
  }, [outbox, canSend]);
  useEffect(() => () => outbox.dispose(), [outbox]);

  /** Sends one idea now, or keeps it for later; resolves with what the server said, if anything. */
  const send = useCallback(
    async (payload: ItemAddPayload): Promise<CommandResult<'item:add'>> => {
      setEntries(queue.change((list) => withIdea(list, payload)));
      const delivery = await outbox.submit(payload);
      return delivery.status === 'delivered' ? delivery.ack : { ok: false, error: delivery.error };
    },
    [queue, outbox],
  );

  const dismiss = useCallback(
    (index: number) => setRejections(refusals.change((list) => list.filter((_, i) => i !== index))),
    [refusals],
  );

  const outgoing: OutgoingIdea[] = entries.map((payload) => ({
    payload,
    sending: sending.has(ideaKey(payload)),
  }));

  return { outgoing, landed, send, rejections, dismiss };
}
