import { startServer } from './app.js';
import { loadConfig } from './config.js';
import { lanUrls } from './http/lanUrls.js';

/** Starts the server from the environment and shuts it down cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config);
  server.log.info(`Open ${config.publicUrl ?? server.url} in a browser.`);
  if (!config.publicUrl) {
    const port = Number(new URL(server.url).port);
    for (const url of lanUrls(config.host, port))
      server.log.info(`Phones on this network can join at ${url}`);
  }
  const stop = (signal: string) => {
    server.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
