import type { LinkStatus } from './useWorkshopDoc';

export type ConnectionState = 'online' | 'connecting' | 'reconnecting' | 'offline';

interface Inputs {
  readonly browserOnline: boolean;
  readonly doc: LinkStatus;
  readonly docSynced: boolean;
  readonly socket: LinkStatus;
  /** Whether this view has been fully connected before; decides "connecting" vs "reconnecting". */
  readonly wasOnline: boolean;
}

/** One word for the person, from the browser's network flag and both channels' states. */
export function connectionState(i: Inputs): ConnectionState {
  if (!i.browserOnline) return 'offline';
  if (i.doc === 'connected' && i.docSynced && i.socket === 'connected') return 'online';
  return i.wasOnline ? 'reconnecting' : 'connecting';
}
