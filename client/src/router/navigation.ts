/**
 * A pathname router in a few lines: history.pushState plus an event, read back through
 * useSyncExternalStore. Query and fragment are part of the snapshot because credentials and
 * overrides travel there (`#key=`, `?lang=`).
 */
const CHANGE = 'majlis:navigate';

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.origin);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return;
  }
  if (options.replace) window.history.replaceState(null, '', url.href);
  else window.history.pushState(null, '', url.href);
  window.dispatchEvent(new Event(CHANGE));
  if (!options.replace) window.scrollTo(0, 0);
}

export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('hashchange', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/** The current URL as one string, so the snapshot compares by value. */
export function locationSnapshot(): string {
  return window.location.pathname + window.location.search + window.location.hash;
}
