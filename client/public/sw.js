/**
 * The offline app shell for phones and the board. Venue Wi-Fi comes and goes; without this, a reload
 * while offline shows the browser's error page instead of the workshop the device already holds
 * (the workshop itself is cached in IndexedDB by the page, not here).
 *
 * - Page loads: network first, so a new version is picked up at once; the last good index.html
 *   when the network fails (every route is the same single-page app).
 * - Built assets (/assets/*, content-hashed): cache first; they never change under a name.
 * - The API, socket.io and Yjs endpoints are never touched: live data must not come from a cache.
 */
const SHELL = 'majlis-shell-v1';
const ASSETS = 'majlis-assets-v1';
const SHELL_KEY = '/';
/** Old builds' assets are dropped beyond this many, oldest first. */
const MAX_ASSETS = 120;
const LIVE = ['/api/', '/socket.io/', '/yjs/', '/healthz'];

self.addEventListener('install', (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k !== SHELL && k !== ASSETS).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

/** The page lists what it has loaded, so the first visit (made before this worker ran) is kept too. */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'majlis:keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(keep(data.urls.filter((u) => typeof u === 'string')));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (LIVE.some((prefix) => url.pathname.startsWith(prefix))) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(asset(request));
  } else {
    event.respondWith(other(request));
  }
});

async function page(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL_KEY, response.clone());
    return response;
  } catch (error) {
    const shell = await cache.match(SHELL_KEY);
    if (shell) return shell;
    throw error;
  }
}

async function asset(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    await trim(cache);
  }
  return response;
}

/** Small files outside /assets (the icon): fresh when online, the last copy when not. */
async function other(request) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw error;
  }
}

async function keep(urls) {
  const assets = await caches.open(ASSETS);
  const shell = await caches.open(SHELL);
  for (const raw of urls) {
    const url = new URL(raw, self.location.origin);
    if (url.origin !== self.location.origin) continue;
    if (LIVE.some((prefix) => url.pathname.startsWith(prefix))) continue;
    const isAsset = url.pathname.startsWith('/assets/');
    const cache = isAsset ? assets : shell;
    const key = isAsset ? url.pathname : url.pathname.startsWith('/w/') ? SHELL_KEY : url.pathname;
    if (await cache.match(key)) continue;
    try {
      const response = await fetch(isAsset ? url.pathname : url.href, { credentials: 'same-origin' });
      if (response.ok) await cache.put(key, response);
    } catch {
      // Offline already: the next visit will try again.
    }
  }
  await trim(assets);
}

async function trim(cache) {
  const keys = await cache.keys();
  const extra = keys.length - MAX_ASSETS;
  for (let i = 0; i < extra; i++) await cache.delete(keys[i]);
}
