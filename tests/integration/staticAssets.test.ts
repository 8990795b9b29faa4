/**
 * Issue 9 (delivery to phones on venue Wi-Fi): the built client goes out precompressed, brotli
 * before gzip before identity as the browser allows, with `Vary: Accept-Encoding`; hashed files are
 * cached for a year as immutable, the app page and the service worker are revalidated every time.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataDir, startTestServer, type TestServer } from '../support/testServer.js';

const INDEX = `<!doctype html><title>Majlis app page</title>${'<!-- padding -->'.repeat(40)}`;
const SCRIPT = `export const words = ${JSON.stringify('venue wifi '.repeat(200))};`;
const WORKER = `self.addEventListener('fetch', () => {});${' '.repeat(400)}`;
const FONT = Buffer.from('wOF2 already compressed font bytes');

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A request with exactly the headers given (fetch would add its own Accept-Encoding and decode). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const varyOf = (r: Raw) => String(r.headers.vary ?? '').toLowerCase();

describe('precompressed static files', () => {
  let t: TestServer;
  const files = new Map<string, Buffer>();

  beforeAll(async () => {
    const dataDir = await newDataDir();
    const dist = join(dataDir, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    const put = async (path: string, body: string | Buffer) => {
      const bytes = Buffer.from(body);
      files.set(path, bytes);
      await writeFile(join(dist, path), bytes);
    };
    // As the build leaves them: each text file with a .br and a .gz beside it, fonts as they are.
    for (const [path, body] of [
      ['index.html', INDEX],
      ['assets/app-Bx12_9aZ.js', SCRIPT],
      ['sw.js', WORKER],
    ] as const) {
      await put(path, body);
      await put(`${path}.br`, brotliCompressSync(body));
      await put(`${path}.gz`, gzipSync(body));
    }
    await put('assets/plex-arabic-400-C0ffee12.woff2', FONT);
    await put('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestServer({ dataDir, env: { CLIENT_DIST: dist } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('sends brotli when the browser accepts it, whatever the order of the header', async () => {
    for (const accept of ['gzip, deflate, br, zstd', 'br', 'gzip;q=0.9, br;q=0.8', '*']) {
      const res = await get(`${t.url}/assets/app-Bx12_9aZ.js`, { 'accept-encoding': accept });
      expect(res.status, accept).toBe(200);
      expect(res.headers['content-encoding'], accept).toBe('br');
      expect(res.headers['content-type'], accept).toMatch(/^text\/javascript/);
      expect(res.body.equals(files.get('assets/app-Bx12_9aZ.js.br') as Buffer), accept).toBe(true);
      expect(varyOf(res), accept).toContain('accept-encoding');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gz = await get(`${t.url}/assets/app-Bx12_9aZ.js`, { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(files.get('assets/app-Bx12_9aZ.js.gz') as Buffer)).toBe(true);
    expect(varyOf(gz)).toContain('accept-encoding');

    const refused = await get(`${t.url}/assets/app-Bx12_9aZ.js`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');

    for (const headers of <Record<string, string>[]>[
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'deflate' },
    ]) {
      const plain = await get(`${t.url}/assets/app-Bx12_9aZ.js`, headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(SCRIPT);
      // A shared cache must not hand this copy to a browser that asked for brotli.
      expect(varyOf(plain)).toContain('accept-encoding');
    }
  });

  it('caches hashed files for a year as immutable', async () => {
    for (const path of ['/assets/app-Bx12_9aZ.js', '/assets/plex-arabic-400-C0ffee12.woff2']) {
      const res = await get(`${t.url}${path}`, { 'accept-encoding': 'br, gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    const font = await get(`${t.url}/assets/plex-arabic-400-C0ffee12.woff2`, { 'accept-encoding': 'br' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.body.equals(FONT)).toBe(true);
  });

  it('sends hashed files without the headers that only a page reads, keeping nosniff and CORP', async () => {
    // Each page header costs every one of a phone's ~20 files its bytes, and does nothing there.
    const asset = await get(`${t.url}/assets/app-Bx12_9aZ.js`, { 'accept-encoding': 'br' });
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    for (const name of [
      'content-security-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
      'origin-agent-cluster',
      'x-xss-protection',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-permitted-cross-domain-policies',
      'last-modified',
    ]) {
      expect(asset.headers[name], name).toBeUndefined();
    }
    // The page, the worker (its CSP is the worker's own) and every 404 keep the full set.
    for (const path of ['/join', '/sw.js', '/assets/app-missing.js']) {
      const res = await get(`${t.url}${path}`, { 'accept-encoding': 'br', accept: 'text/html' });
      expect(res.headers['content-security-policy'], path).toContain("default-src 'self'");
      expect(res.headers['x-frame-options'], path).toBe('SAMEORIGIN');
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('sends the app page compressed and always revalidated, for every client route', async () => {
    for (const path of ['/', '/join/123456', '/w/AbC_12-x/me', '/i/ABCDE-12345']) {
      const res = await get(`${t.url}${path}`, { 'accept-encoding': 'gzip, br', accept: 'text/html' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('br');
      expect(res.headers['content-type'], path).toMatch(/^text\/html/);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(varyOf(res), path).toContain('accept-encoding');
      expect(res.body.equals(files.get('index.html.br') as Buffer), path).toBe(true);
    }
    const plain = await get(`${t.url}/join`, { accept: 'text/html' });
    expect(plain.body.toString()).toBe(INDEX);
    expect(plain.headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation of the app page with 304', async () => {
    const first = await get(`${t.url}/join`, { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get(`${t.url}/join`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('revalidates the service worker and the other unhashed files', async () => {
    const sw = await get(`${t.url}/sw.js`, { 'accept-encoding': 'br' });
    expect(sw.status).toBe(200);
    expect(sw.headers['content-encoding']).toBe('br');
    expect(sw.headers['cache-control']).toBe('no-cache');
    const icon = await get(`${t.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('keeps the 404s: a missing asset is not the app page, compressed or not', async () => {
    for (const headers of <Record<string, string>[]>[{}, { 'accept-encoding': 'br, gzip' }]) {
      const res = await get(`${t.url}/assets/app-missing.js`, { accept: 'text/html', ...headers });
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toContain('Majlis app page');
      expect(res.headers['cache-control']).not.toBe('public, max-age=31536000, immutable');
    }
    const unknown = await get(`${t.url}/wp-login.php`, { 'accept-encoding': 'br', accept: 'text/html' });
    expect(unknown.status).toBe(404);
  });

  it('answers a malformed path with a JSON 400, as before', async () => {
    for (const path of ['/assets/%E0%A4%A', '/%E0%A4%A', '/join/%E0%A4%A']) {
      const res = await get(`${t.url}${path}`, { 'accept-encoding': 'br', accept: 'application/json' });
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body.toString()).error.code, path).toBe('bad_request');
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await get(`${t.url}/assets/app-Bx12_9aZ.js`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.body.length).toBe(0);
  });
});
