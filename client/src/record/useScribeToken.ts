import { useEffect } from 'react';
import { fragmentParam } from '../lib/fragment';
import { readString, writeString } from '../lib/storage';

const storageKey = (workshopId: string) => `majlis:scribe:${workshopId}`;

/**
 * The scribe's token from `#token=…`, else from this device's memory; written back into the
 * fragment, as the console does with its key, so the address bar always holds the whole link.
 */
export function useScribeToken(workshopId: string, hash: string): string | null {
  const fromLink = fragmentParam(hash, 'token');
  const token = fromLink ?? readString(storageKey(workshopId));

  useEffect(() => {
    if (fromLink) writeString(storageKey(workshopId), fromLink);
    else if (token) {
      const url = new URL(window.location.href);
      url.hash = `token=${encodeURIComponent(token)}`;
      window.history.replaceState(null, '', url.href);
    }
  }, [workshopId, fromLink, token]);

  return token;
}
