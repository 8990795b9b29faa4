// Development: the server with reload on change (port 3000) and Vite's dev server (port 5173)
// proxying /api, /yjs and /socket.io to it. Open http://localhost:5173.
import { spawn } from 'node:child_process';

const children = [
  spawn('tsx', ['watch', 'server/src/main.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: process.env.PORT ?? '3000',
      PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173',
    },
  }),
  spawn('vite', ['client', '--port', '5173', '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, MAJLIS_API_PORT: process.env.PORT ?? '3000' },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children)
  child.once('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
