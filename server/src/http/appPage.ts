/**
 * The built client: its files, the app page (index.html) for the paths of the client's screens,
 * and a 404 for every other path and method. Sending the app page for any path made every
 * scanner's guess (`/wp-login.php`, `/.env`) and every missing asset look like a page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode, matchRoute } from '@majlis/shared';
import express, { type RequestHandler, Router } from 'express';
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

/** The client's files and its screens' paths. */
export function createAppPage(clientDist: string, log: Logger): Router {
  const page = Router();
  const indexHtml = join(clientDist, 'index.html');
  if (existsSync(indexHtml)) {
    page.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    page.get('/{*path}', (req, res, next) => {
      if (matchRoute(req.path).name === 'notFound') return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
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
