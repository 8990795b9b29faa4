import type { PresenceCounts } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { sendCommand } from './sendCommand';
import type { CommandSocket } from './useCommandSocket';

/** Who is in the room, as the server counts it: pushed on change, asked for on every (re)connect. */
export function usePresence(socket: CommandSocket | null): PresenceCounts | undefined {
  const [presence, setPresence] = useState<PresenceCounts>();

  useEffect(() => {
    if (!socket) return;
    const ask = async () => {
      const result = await sendCommand(socket, 'presence:get', {});
      if (result.ok) setPresence(result.presence);
    };
    socket.on('presence:update', setPresence);
    socket.on('connect', ask);
    if (socket.connected) void ask();
    return () => {
      socket.off('presence:update', setPresence);
      socket.off('connect', ask);
    };
  }, [socket]);

  return presence;
}
