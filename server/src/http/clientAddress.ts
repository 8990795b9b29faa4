import type { IncomingMessage } from 'node:http';
import type { Express } from 'express';

/**
 * The client's address exactly as Express gives `req.ip` (so it honours the app's `trust proxy`
 * setting, whatever it is), for requests Express never routes: WebSocket upgrades and socket.io
 * handshakes.
 */
export function addressResolver(app: Express): (req: IncomingMessage) => string {
  return (req) => {
    const asExpress = Object.create(app.request, {
      headers: { value: req.headers },
      socket: { value: req.socket },
    }) as { ip?: string };
    return asExpress.ip ?? req.socket.remoteAddress ?? 'unknown';
  };
}
