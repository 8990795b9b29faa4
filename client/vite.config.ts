import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server runs on its own port in development; the dev server forwards to it so the
// client can always use same-origin URLs (as it does in production, where the server serves dist).
const api = `http://127.0.0.1:${process.env.MAJLIS_API_PORT ?? 3000}`;

export default defineConfig({
  // Pinned to this folder so `vite build client` from the repository root behaves like `vite build` here.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: api },
      '/healthz': { target: api },
      '/socket.io': { target: api, ws: true },
      '/yjs': { target: api, ws: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: api },
      '/healthz': { target: api },
      '/socket.io': { target: api, ws: true },
      '/yjs': { target: api, ws: true },
    },
  },
});
