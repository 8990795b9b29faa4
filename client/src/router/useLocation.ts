import { useMemo, useSyncExternalStore } from 'react';
import { locationSnapshot, subscribeToLocation } from './navigation';

export interface CurrentLocation {
  readonly pathname: string;
  readonly search: URLSearchParams;
  readonly hash: string;
}

export function useLocation(): CurrentLocation {
  const href = useSyncExternalStore(subscribeToLocation, locationSnapshot);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    return { pathname: url.pathname, search: url.searchParams, hash: url.hash };
  }, [href]);
}
