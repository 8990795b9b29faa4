/**
 * This phone's own ideas, as the server tells it (see `myIdeas.ts`): asked on every (re)connect,
 * pushed when another device of the same participant adds one, and kept on the device.
 */
import { useEffect, useRef, useState } from 'react';
import { readJson, writeJson } from '../lib/storage';
import { sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';
import { isIdList, settleMine, withIds } from './myIdeas';

const keyFor = (workshopId: string) => `majlis:mine:${workshopId}`;

export function useMyIdeas(workshopId: string, socket: CommandSocket | null): readonly string[] {
  const key = keyFor(workshopId);
  const [mine, setMine] = useState<readonly string[]>(() => readJson(key, isIdList) ?? []);
  /** Ids pushed while an `item:mine` question is on its way; its answer may not include them. */
  const arriving = useRef<Set<string> | null>(null);

  useEffect(() => writeJson(key, mine), [key, mine]);

  useEffect(() => {
    if (!socket) return;
    const onPush = ({ itemIds }: { itemIds: readonly string[] }) => {
      for (const id of itemIds) arriving.current?.add(id);
      setMine((list) => withIds(list, itemIds));
    };
    const ask = async () => {
      const meanwhile = new Set<string>();
      arriving.current = meanwhile;
      const result = await sendCommand(socket, 'item:mine', {});
      if (arriving.current === meanwhile) arriving.current = null;
      if (result.ok) setMine(settleMine(result.itemIds, meanwhile));
    };
    socket.on('item:mine', onPush);
    socket.on('connect', ask);
    if (socket.connected) void ask();
    return () => {
      socket.off('item:mine', onPush);
      socket.off('connect', ask);
    };
  }, [socket]);

  return mine;
}
