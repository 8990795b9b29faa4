/**
 * The built client: its files, the app page (index.html) for the paths of the client's screens,
 * and a 404 for every other path and method. Sending the app page for any path made every
 * scanner's guess (`/wp-login.php`, `/.env`) and every missing asset look like a page.
 *
 * Files go out as the build compressed them (`.br`, `.gz` beside each text file): brotli when the
 * browser takes it, else gzip, else the file itself, always with `Vary: Accept-Encoding`. Nothing
 * is compressed per request, so a phone on venue Wi-Fi costs the server a file read.
 */
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { ErrorCode, matchRoute } from '@majlis/shared';
import { type RequestHandler, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from '../logger.js';
import { sendError } from './respond.js';

/** Arabic first, English below: the server cannot know the reader's language, and the page has no app to ask. */
const NOT_FOUND_PAGE = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>الصفحة غير موجودة · Page not found</title></head>
<body style="font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.6">
<main>
<h1>الصفحة غير موجودة</h1>
<p>لا توجد صفحة بهذا العنوان. <a href="/">الصفحة الرئيسية</a></p>
<div lang="en" dir="ltr">
<h2>Page not found</h2>
<p>There is no page at this address. <a href="/">Home</a></p>
</div>
</main>
</body>
</html>
`;

/** Vite names every file it emits under assets/ by its content: a new build never reuses a name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * What helmet sets for pages and a script, a style sheet or a font does not read: the page's CSP
 * and framing rules govern what it loads, not the files themselves. On a phone's twenty-odd files
 * they cost ~0.7 kB each. `X-Content-Type-Options` and `Cross-Origin-Resource-Policy` stay: they
 * are about the file. The service worker is not under assets/ and keeps its CSP, which is its own.
 */
const PAGE_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'Referrer-Policy',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
];

/**
 * Hashed files are kept a year without a check; anything else (the app page, the service worker,
 * the icon) is revalidated on every use, so a new release reaches a phone on its next visit.
 * Called only for a file that is being sent: a 404 keeps every header.
 */
function filePolicy(clientDist: string) {
  return (res: ServerResponse, file: string) => {
    const path = relative(clientDist, file).split(sep);
    const hashed = path.length > 1 && path[0] === 'assets';
    res.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
    if (hashed) for (const name of PAGE_ONLY_HEADERS) res.removeHeader(name);
  };
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The client's files and its screens' paths. */
export function createAppPage(clientDist: string, log: Logger): Router {
  const page = Router();
  if (existsSync(join(clientDist, 'index.html'))) {
    // The list of compressed files is read once here: restart the server after a build.
    const files = expressStaticGzip(clientDist, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        cacheControl: false,
        // The ETag is enough to revalidate; Last-Modified would add bytes to every response.
        lastModified: false,
        setHeaders: filePolicy(clientDist),
      },
    });
    page.use((req, res, next) => {
      // The middleware would answer a malformed path with a plain-text 400; ours is JSON.
      if (!decodable(req.path)) return next(Object.assign(new URIError('malformed path'), { status: 400 }));
      files(req, res, next);
    });
    page.get('/{*path}', (req, res, next) => {
      if (matchRoute(req.path).name === 'notFound') return next();
      // The app page through the same middleware: compressed, with its ETag and no-cache.
      req.url = '/index.html';
      files(req, res, next);
    });
  } else {
    log.warn({ clientDist }, 'client not built; run the build to serve the app');
    page.get('/{*path}', (req, res, next) => {
      if (matchRoute(req.path).name === 'notFound') return next();
      sendError(res, {
        code: ErrorCode.notFound,
        message: 'The client is not built. Run the build command first.',
      });
    });
  }
  return page;
}

/** The last route: 404 for anything not answered, as a small page to browsers and JSON to others. */
export const notFound: RequestHandler = (req, res) => {
  if (req.accepts(['json', 'html']) === 'html') {
    res.status(404).type('html').send(NOT_FOUND_PAGE);
    return;
  }
  sendError(res, { code: ErrorCode.notFound, message: 'Nothing here.' });
};
