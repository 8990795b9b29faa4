/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, for the
 * server to send as they are (server/src/http/appPage.ts). Compressing once at build time allows
 * the slowest, smallest settings (brotli 11, gzip 9) that no server could afford per request.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing. Fonts (woff2 is brotli inside) and images are left alone. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml|map)$/;
/** Below this a compressed copy saves less than its own response headers cost. */
const MIN_BYTES = 256;

export interface Compressed {
  readonly file: string;
  readonly bytes: number;
  readonly br: number;
  readonly gzip: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]),
    ),
  );
  return nested.flat();
}

/**
 * Compresses every eligible file under `dir`. A copy is kept only when it is smaller than the file;
 * otherwise the server sends the file itself.
 */
export async function precompressDir(dir: string): Promise<Compressed[]> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.test(f));
  const done: Compressed[] = [];
  for (const file of files) {
    if ((await stat(file)).size < MIN_BYTES) continue;
    const source = await readFile(file);
    const [br, gzipped] = await Promise.all([
      brotli(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
      gz(source, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    if (br.length < source.length) await writeFile(`${file}.br`, br);
    if (gzipped.length < source.length) await writeFile(`${file}.gz`, gzipped);
    done.push({ file, bytes: source.length, br: br.length, gzip: gzipped.length });
  }
  return done;
}

/** The Vite plugin: runs after the build has written everything, public files included. */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'majlis:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const done = await precompressDir(outDir);
      const sum = (pick: (c: Compressed) => number) => done.reduce((n, c) => n + pick(c), 0);
      config.logger.info(
        `precompressed ${done.length} files: ${(sum((c) => c.bytes) / 1024).toFixed(0)} kB → brotli ${(
          sum((c) => c.br) / 1024
        ).toFixed(0)} kB, gzip ${(sum((c) => c.gzip) / 1024).toFixed(0)} kB`,
      );
    },
  };
}
