/**
 * A live replica of one workshop's Yjs doc over the standard y-websocket protocol. Views render from
 * `readWorkshop(doc)`; only the facilitator console and the scribes write (scribes only the notes
 * and outcomes; participants and the board are read-only on the server too).
 *
 * With `cache`, the replica is also kept in IndexedDB (y-indexeddb), so a phone on bad Wi-Fi, or a
 * board reopened without network, shows the workshop at once. Only read-only views use it: their
 * replica never holds a change of its own, so what is cached is a copy of server state, which the
 * server accepts when it is echoed back on reconnect.
 */
import { readWorkshop, stableView, type WorkshopView, YjsCloseCode } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openDocCache } from './docCache';
import { wsBase } from './wsBase';

/** The co-editors' names and carets (y-protocols' Awareness, as the provider holds it). */
export type Awareness = WebsocketProvider['awareness'];

export type LinkStatus = 'connecting' | 'connected' | 'disconnected';

export interface WorkshopDocState {
  /** The replica itself. Only the facilitator console and the scribes' notes editor write to it. */
  readonly doc: Y.Doc | null;
  readonly view: WorkshopView | undefined;
  readonly status: LinkStatus;
  /** True once the first full sync with the server has completed on the current connection. */
  readonly synced: boolean;
  /** Set when the server closed the socket with a 44xx code: the credential was refused. */
  readonly refusedCode: number | null;
  /** The provider's awareness, for the notes editor's carets; announced only with `awareness`. */
  readonly awareness: Awareness | null;
}

export interface WorkshopDocOptions {
  /** Keep a copy in IndexedDB for offline use. For read-only views only (see above). */
  readonly cache?: boolean;
  /**
   * This client co-edits the notes (facilitator, scribe): it announces an awareness state, so the
   * other editors see its name and caret. The server relays it to editors only.
   */
  readonly awareness?: boolean;
}

const INITIAL: WorkshopDocState = {
  doc: null,
  view: undefined,
  status: 'connecting',
  synced: false,
  refusedCode: null,
  awareness: null,
};

const isRefusal = (code: number) => code >= 4400 && code < 4500;

export function useWorkshopDoc(
  workshopId: string,
  token: string | null,
  options: WorkshopDocOptions = {},
): WorkshopDocState {
  const [state, setState] = useState<WorkshopDocState>(INITIAL);
  // A new replica after the server refused the cached one; see `connection-close` below.
  const [generation, setGeneration] = useState(0);
  const cache = options.cache === true;
  const announce = options.awareness === true;

  useEffect(() => {
    if (!token) return;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${wsBase()}/yjs`, workshopId, doc, {
      params: { token },
      connect: false,
      // Another tab's replica is not the server's word; keep every view on the authoritative socket.
      disableBc: true,
    });
    // Presence comes from the server over socket.io; relaying every phone's awareness to the whole
    // room grows with the square of the crowd (DESIGN.md §6), so only the notes' editors announce one.
    if (!announce) provider.awareness.setLocalState(null);
    setState({ ...INITIAL, doc, awareness: announce ? provider.awareness : null });

    // Many updates arrive in one burst on (re)sync; render once per frame, not once per update.
    let frame = 0;
    const render = () => {
      if (frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        // Unchanged entries keep their objects, so memoized parts of the screen do not redraw.
        setState((s) => {
          const view = stableView(s.view, readWorkshop(doc));
          return view === s.view ? s : { ...s, view };
        });
      });
    };
    doc.on('update', render);
    provider.on('status', ({ status }) => setState((s) => ({ ...s, status })));
    provider.on('sync', (synced: boolean) => {
      setState((s) => ({ ...s, synced, view: stableView(s.view, readWorkshop(doc)) }));
    });

    const docCache = cache ? openDocCache(workshopId, doc) : null;
    let stopped = false;
    provider.on('connection-close', (event) => {
      if (!event || !isRefusal(event.code)) return;
      // The cache held something the server does not (its data was restored from an older backup,
      // say). That is no reason to lock the person out: drop the copy and sync afresh, once.
      if (docCache && event.code === YjsCloseCode.readOnly && generation === 0) {
        stopped = true;
        void docCache.clear().then(() => setGeneration((g) => g + 1));
        return;
      }
      // A refused credential: what this device kept of the workshop is no longer its to keep.
      void docCache?.clear();
      setState((s) => ({ ...s, refusedCode: event.code }));
    });

    // The cached copy is applied before the socket opens, so the first sync only fetches what is new
    // and nothing from the cache travels to the server as an update of its own.
    void (docCache ? docCache.ready : Promise.resolve()).then(() => {
      if (stopped) return;
      if (docCache) setState((s) => ({ ...s, view: stableView(s.view, readWorkshop(doc)) }));
      provider.connect();
    });

    return () => {
      stopped = true;
      window.cancelAnimationFrame(frame);
      doc.off('update', render);
      provider.destroy();
      docCache?.close();
      doc.destroy();
    };
  }, [workshopId, token, cache, announce, generation]);

  return state;
}
