import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';
import { preloadChunk } from './build/preloadChunk';

// The API server runs on its own port in development; the dev server forwards to it so the
// client can always use same-origin URLs (as it does in production, where the server serves dist).
const api = `http://127.0.0.1:${process.env.MAJLIS_API_PORT ?? 3000}`;

/**
 * The small modules every screen uses (fetching, credentials, routing, the words, common components)
 * in one chunk instead of a dozen tiny ones: each file costs a phone a request and its headers.
 */
const BASE =
  /[\\/]client[\\/]src[\\/](api|lib|router|i18n|components)[\\/](?!QrCode|ScaledCanvas|JoinCode|joinLink|useJoinKey|useFacilitatorKey|CopyButton|StrokeIcon)|[\\/]shared[\\/]src[\\/](ids|groups|limits|templates|sdgs|locale|clientRoutes|errors|domain|timer|text[\\/]\w+)\.ts$/;

const LOOKUP =
  /[\\/]client[\\/]src[\\/](lib[\\/](joinLookup|fragment|storage)|api[\\/]apiFetch|i18n[\\/]deviceLanguage)\.ts$|[\\/]shared[\\/]src[\\/](ids|locale|clientRoutes)\.ts$/;

export default defineConfig({
  // Pinned to this folder so `vite build client` from the repository root behaves like `vite build` here.
  root: fileURLToPath(new URL('.', import.meta.url)),
  // main.tsx loads the app (boot.tsx) after its early work; both it and the join page, where a phone
  // arrives from the QR code, are preloaded by index.html on every route.
  plugins: [preloadChunk('/src/boot.tsx', '/src/pages/JoinPage.tsx'), precompress()],
  // The app is written against React's API and types, and runs on Preact through preact/compat:
  // ~10 kB on a phone instead of React's 58 kB (docs/architecture.md, "The client runtime"). Every
  // import of React, the app's and its libraries' (Tiptap's), resolves to Preact here; TypeScript and
  // the editor keep React's types. Vite compiles the JSX itself (no React plugin, so no Fast Refresh:
  // an edit reloads the page in `pnpm dev`).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  optimizeDeps: { include: ['preact/jsx-dev-runtime'] },
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases, and
        // a phone on venue Wi-Fi re-downloads only what changed.
        codeSplitting: {
          groups: [
            { name: 'preact', test: /node_modules[\\/]preact[\\/]/, priority: 10 },
            {
              name: 'sync',
              priority: 10,
              test: /node_modules[\\/](yjs|lib0|y-protocols|y-websocket|y-indexeddb|socket\.io-client|engine\.io-client|socket\.io-parser|@socket\.io)[\\/]/,
            },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 10 },
            // What early.ts needs, apart from the rest: it runs before the big chunks arrive.
            { name: 'lookup', test: LOOKUP, priority: 8 },
            { name: 'base', test: BASE, priority: 5 },
          ],
        },
      },
    },
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
