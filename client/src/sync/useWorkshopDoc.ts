/**
 * A live replica of one workshop's Yjs doc over the standard y-websocket protocol. Views render from
 * `readWorkshop(doc)`; only the facilitator console writes (participants and the board are
 * read-only on the server too).
 */
import { readWorkshop, type WorkshopView } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { wsBase } from './wsBase';

export type LinkStatus = 'connecting' | 'connected' | 'disconnected';

export interface WorkshopDocState {
  /** The replica itself. Only the facilitator console writes to it (its key is read-write). */
  readonly doc: Y.Doc | null;
  readonly view: WorkshopView | undefined;
  readonly status: LinkStatus;
  /** True once the first full sync with the server has completed on the current connection. */
  readonly synced: boolean;
  /** Set when the server closed the socket with a 44xx code: the credential was refused. */
  readonly refusedCode: number | null;
}

const INITIAL: WorkshopDocState = {
  doc: null,
  view: undefined,
  status: 'connecting',
  synced: false,
  refusedCode: null,
};

const isRefusal = (code: number) => code >= 4400 && code < 4500;

export function useWorkshopDoc(workshopId: string, token: string | null): WorkshopDocState {
  const [state, setState] = useState<WorkshopDocState>(INITIAL);

  useEffect(() => {
    if (!token) return;
    const doc = new Y.Doc();
    setState({ ...INITIAL, doc });
    const provider = new WebsocketProvider(`${wsBase()}/yjs`, workshopId, doc, {
      params: { token },
      connect: false,
      // Another tab's replica is not the server's word; keep every view on the authoritative socket.
      disableBc: true,
    });
    // Presence comes from the server over socket.io; relaying every phone's awareness to the whole
    // room grows with the square of the crowd (DESIGN.md §6), so this client announces none.
    provider.awareness.setLocalState(null);

    // Many updates arrive in one burst on (re)sync; render once per frame, not once per update.
    let frame = 0;
    const render = () => {
      if (frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        setState((s) => ({ ...s, view: readWorkshop(doc) }));
      });
    };
    doc.on('update', render);
    provider.on('status', ({ status }) => setState((s) => ({ ...s, status })));
    provider.on('sync', (synced: boolean) => {
      setState((s) => ({ ...s, synced, view: readWorkshop(doc) }));
    });
    provider.on('connection-close', (event) => {
      if (event && isRefusal(event.code)) setState((s) => ({ ...s, refusedCode: event.code }));
    });
    provider.connect();

    return () => {
      window.cancelAnimationFrame(frame);
      doc.off('update', render);
      provider.destroy();
      doc.destroy();
    };
  }, [workshopId, token]);

  return state;
}
