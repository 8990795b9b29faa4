/**
 * For tests that need a load balancer: an `nginx` of their own on a free port, in front of the given
 * servers, configured as docs/operations.md ("Scale-out") recommends, so they run the same on a
 * machine without an nginx service.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@majlis/server/testRedis';

export { freePort };

/** Whether the `nginx` binary is on PATH (or in /usr/sbin); tests that need it skip without it. */
export const nginxBinary = ['nginx', '/usr/sbin/nginx'].find((bin) => spawnSync(bin, ['-v']).status === 0);

export interface TestNginx {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * `upstreams` are `http://host:port` addresses; resolves once nginx answers. `port` is for servers
 * that must know nginx's address before it starts (their `PUBLIC_URL`): take one from `freePort()`.
 */
export async function startTestNginx(
  upstreams: readonly string[],
  options: { port?: number } = {},
): Promise<TestNginx> {
  if (!nginxBinary) throw new Error('no nginx binary');
  const dir = await mkdtemp(join(tmpdir(), 'majlis-nginx-'));
  const port = options.port ?? (await freePort());
  const servers = upstreams
    .map((u) => `    server ${new URL(u).host} max_fails=1 fail_timeout=2s;`)
    .join('\n');
  const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream majlis {
    least_conn;
${servers}
  }
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 25m;
    location / {
      proxy_pass http://majlis;
      proxy_http_version 1.1;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 1h;
      proxy_connect_timeout 1s;
    }
  }
}
`;
  await writeFile(join(dir, 'nginx.conf'), conf);
  const child: ChildProcess = spawn(nginxBinary, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (i > 200) throw new Error(`nginx did not start: ${errors}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
