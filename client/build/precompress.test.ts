import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

describe('precompressDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'majlis-precompress-'));
    await mkdir(join(dir, 'assets'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes brotli and gzip copies of text files that decode to the file', async () => {
    const script = `export const t = ${JSON.stringify('مجلس venue '.repeat(300))};`;
    await writeFile(join(dir, 'assets/app-Ab12.js'), script);
    await writeFile(join(dir, 'assets/app-Ab12.css'), `.a{color:red}\n`.repeat(100));
    await writeFile(join(dir, 'index.html'), `<!doctype html>${'<p>x</p>'.repeat(100)}`);
    await writeFile(join(dir, 'sw.js'), `self.x = 1;\n`.repeat(50));
    const done = await precompressDir(dir);
    expect(done.map((d) => d.file.slice(dir.length)).sort()).toEqual([
      '/assets/app-Ab12.css',
      '/assets/app-Ab12.js',
      '/index.html',
      '/sw.js',
    ]);
    const br = await readFile(join(dir, 'assets/app-Ab12.js.br'));
    const gz = await readFile(join(dir, 'assets/app-Ab12.js.gz'));
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(gz).toString()).toBe(script);
    expect(br.length).toBeLessThan(gz.length);
    expect(gz.length).toBeLessThan(Buffer.byteLength(script) / 4);
  });

  it('leaves fonts, images, tiny files and incompressible files alone', async () => {
    await writeFile(join(dir, 'assets/font-Ab12.woff2'), Buffer.alloc(4096, 7));
    await writeFile(join(dir, 'assets/tiny-Ab12.js'), 'export{};');
    // Random bytes do not shrink: a "compressed" copy would be larger and only cost bytes.
    await writeFile(join(dir, 'assets/noise-Ab12.js'), randomBytes(1024));
    await precompressDir(dir);
    expect((await readdir(join(dir, 'assets'))).sort()).toEqual([
      'font-Ab12.woff2',
      'noise-Ab12.js',
      'tiny-Ab12.js',
    ]);
  });
});
