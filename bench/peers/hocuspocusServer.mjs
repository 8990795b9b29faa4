// @ts-check
/**
 * @hocuspocus/server 4.7.0 with its defaults (no extensions, no persistence), on a port the OS
 * picks: prints `{"url":"http://127.0.0.1:<port>"}` once it listens. Documents are named in each
 * message, so any path works.
 */
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address.port}` }));
