import { useEffect } from 'react';
import { credentials } from './credentials';
import { fragmentParam } from './fragment';

/**
 * The facilitator key from `#key=…`, else from this device's memory. It is written back into the
 * fragment so the address bar always holds the full secret link (copy it, bookmark it, reopen it).
 */
export function useFacilitatorKey(workshopId: string, hash: string): string | null {
  const fromLink = fragmentParam(hash, 'key');
  const key = fromLink ?? credentials.facilitator.get(workshopId);

  useEffect(() => {
    if (fromLink) credentials.facilitator.set(workshopId, fromLink);
    else if (key) {
      const url = new URL(window.location.href);
      url.hash = `key=${encodeURIComponent(key)}`;
      window.history.replaceState(null, '', url.href);
    }
  }, [workshopId, fromLink, key]);

  return key;
}
