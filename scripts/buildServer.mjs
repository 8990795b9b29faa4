/**
 * Compiles the server for production: one ES module, `server/dist/main.js`, with the workspace's
 * own `@majlis/shared` bundled in (it ships TypeScript sources) and every npm package left as an
 * import, resolved at run time from `server/node_modules`. `node server/dist/main.js` then starts the
 * server without tsx.
 */
import { build } from 'esbuild';

const workspacePackage = /^@majlis\//;

await build({
  entryPoints: ['server/src/main.ts'],
  outfile: 'server/dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'npm-packages-external',
      setup(b) {
        // A bare import is an npm package unless it is one of ours; relative imports are bundled.
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          workspacePackage.test(args.path) ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
