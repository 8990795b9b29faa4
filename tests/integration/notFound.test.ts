/**
 * Issue 8 (Low): only the client's routes get the app page. Unknown paths, scanners' favourites and
 * missing assets answer 404; unknown API routes answer 404 JSON whatever the method.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDataDir, startTestServer, type TestServer } from '../support/testServer.js';

const INDEX = '<!doctype html><title>Majlis app page</title>';

describe('404s', () => {
  let t: TestServer;
  beforeAll(async () => {
    const dataDir = await newDataDir();
    const dist = join(dataDir, 'dist');
    await mkdir(join(dist, 'assets'), { recursive: true });
    await writeFile(join(dist, 'index.html'), INDEX);
    await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log(1);');
    await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestServer({ dataDir, env: { CLIENT_DIST: dist } });
  });
  afterAll(async () => {
    await t.stop();
  });

  const get = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${t.url}${path}`, { headers: { accept: 'text/html,*/*;q=0.8' }, ...init });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  };

  it.each([
    '/',
    '/join',
    '/join/123456',
    '/w/AbC_12-x/board',
    '/w/AbC_12-x/facilitate',
    '/w/AbC_12-x/me',
    '/w/AbC_12-x/scribe',
    '/w/AbC_12-x/minutes?locale=ar',
    '/w/AbC_12-x/badges?locale=en',
    '/i',
    '/i/ABCDE-12345',
    '/join/123456/',
  ])('serves the app page for the client route %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX);
  });

  it('serves built assets and files', async () => {
    expect((await get('/assets/app-1234.js')).status).toBe(200);
    expect((await get('/favicon.svg')).status).toBe(200);
  });

  it.each([
    '/wp-login.php',
    '/.env',
    '/w/x/unknown',
    '/w/x',
    '/w/x/board/extra',
    '/join/1/2',
    '/assets/nope.js',
    '/admin',
    '/index.php?x=1',
  ])('answers 404 without the app page for %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('Majlis app page');
    expect(res.type).toMatch(/^text\/html/);
    expect(res.body).toContain('lang="ar"');
  });

  it('answers 404 JSON to a client that does not ask for HTML, and to other methods', async () => {
    const json = await get('/wp-login.php', { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(JSON.parse(json.body)).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await get('/wp-login.php', { method, headers: { accept: 'application/json' } });
      expect(res.status, method).toBe(404);
      expect(JSON.parse(res.body).error.code).toBe('not_found');
    }
    const head = await fetch(`${t.url}/.env`, { method: 'HEAD' });
    expect(head.status).toBe(404);
  });

  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])(
    'answers %s /api/unknown with 404 JSON',
    async (method) => {
      const res = await get('/api/unknown/path', {
        method,
        headers: { accept: 'text/html', 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: '{}' }),
      });
      expect(res.status).toBe(404);
      expect(res.type).toMatch(/^application\/json/);
      expect(JSON.parse(res.body).error.code).toBe('not_found');
    },
  );
});
