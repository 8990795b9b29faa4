import { useEffect, useState } from 'react';
import { type ConnectionState, connectionState } from './connectionState';
import { useOnline } from './useOnline';
import type { LinkStatus } from './useWorkshopDoc';

/** The connection word for the indicator, remembering whether we were ever fully online. */
export function useConnection(doc: LinkStatus, docSynced: boolean, socket: LinkStatus): ConnectionState {
  const browserOnline = useOnline();
  const [wasOnline, setWasOnline] = useState(false);
  const state = connectionState({ browserOnline, doc, docSynced, socket, wasOnline });
  useEffect(() => {
    if (state === 'online') setWasOnline(true);
  }, [state]);
  return state;
}
