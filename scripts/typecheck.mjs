// Type-checks every workspace package with its own tsconfig, so that shared keeps no DOM or Node types.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsc = fileURLToPath(new URL('../node_modules/.bin/tsc', import.meta.url));
const projects = ['shared', 'server', 'client', 'tests', 'bench'];
let failed = false;
for (const project of projects) {
  const run = spawnSync(tsc, ['-p', project], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`typecheck failed in ${project}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
