// Type-checks every workspace package with its own tsconfig, so that shared keeps no DOM or Node types.
import { spawnSync } from 'node:child_process';

const projects = ['shared', 'server', 'client', 'tests'];
let failed = false;
for (const project of projects) {
  const run = spawnSync('tsc', ['-p', project], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
