import { useEffect } from 'react';

/**
 * Registers the offline app shell (public/sw.js) for the views that must survive a reload without
 * network: the phone and the board. Production builds only: in development Vite serves modules
 * that must not be cached. Then hands the worker the files this page already loaded, since the
 * first visit happened before the worker could see them.
 */
export function useOfflineShell(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (cancelled) return;
        const urls = [
          window.location.pathname,
          ...performance
            .getEntriesByType('resource')
            .map((entry) => entry.name)
            .filter((name) => name.startsWith(window.location.origin)),
        ];
        registration.active?.postMessage({ type: 'majlis:keep', urls });
      })
      .catch(() => {
        // No worker (private mode, an http origin that is not localhost): the page still works online.
      });
    return () => {
      cancelled = true;
    };
  }, []);
}
