import { useEffect, useState } from 'react';
import { sendCommand } from './sendCommand';
import type { CommandSocket } from './useCommandSocket';

/**
 * How far the server's clock is ahead of this device's, in ms. Timers end at a server time, so every
 * screen shows the same second even when a phone's clock is minutes off. Measured on every
 * (re)connect; of a few round trips, the fastest one is trusted, halving its delay.
 */
export function useServerClock(socket: CommandSocket | null): number {
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    if (!socket) return;
    let cancelled = false;
    const measure = async () => {
      let best: { rtt: number; offset: number } | undefined;
      for (let i = 0; i < 3 && !cancelled; i++) {
        const sent = Date.now();
        const result = await sendCommand(socket, 'clock:sync', {});
        const received = Date.now();
        if (!result.ok) return;
        const rtt = received - sent;
        if (!best || rtt < best.rtt) best = { rtt, offset: result.now - (sent + rtt / 2) };
      }
      if (best && !cancelled) setOffset(Math.round(best.offset));
    };
    socket.on('connect', measure);
    if (socket.connected) void measure();
    return () => {
      cancelled = true;
      socket.off('connect', measure);
    };
  }, [socket]);

  return offset;
}
