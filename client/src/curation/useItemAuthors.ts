/**
 * Who wrote each idea (item id → participant id), which the shared doc does not carry: the server
 * tells facilitators only, asked on every (re)connect and pushed as ideas arrive. Undefined until
 * the first answer, so nothing is labelled before it is known.
 */
import type { ItemAuthor } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';

export function useItemAuthors(socket: CommandSocket | null): ReadonlyMap<string, string> | undefined {
  const [authors, setAuthors] = useState<ReadonlyMap<string, string>>();

  useEffect(() => {
    if (!socket) return;
    const add = (list: readonly ItemAuthor[], base?: ReadonlyMap<string, string>) => {
      const next = new Map(base);
      for (const { itemId, participantId } of list) next.set(itemId, participantId);
      return next;
    };
    const onPush = ({ authors: more }: { authors: ItemAuthor[] }) => setAuthors((known) => add(more, known));
    const ask = async () => {
      const result = await sendCommand(socket, 'item:authors', {});
      // Merged rather than replaced: a push may have overtaken the answer.
      if (result.ok) setAuthors((known) => add(result.authors, known));
    };
    socket.on('item:authors', onPush);
    socket.on('connect', ask);
    if (socket.connected) void ask();
    return () => {
      socket.off('item:authors', onPush);
      socket.off('connect', ask);
    };
  }, [socket]);

  return authors;
}
