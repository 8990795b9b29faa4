/** The minutes' header, kept in the doc's meta map: the title, the day, the place and the organizers. */
import type * as Y from 'yjs';
import type { JoinMode } from '../domain.js';
import { metaMap, setText } from './raw.js';

export interface MinutesInfoChange {
  readonly title?: string;
  /** `YYYY-MM-DD`, or '' to fall back to the day the workshop was created. */
  readonly date?: string;
  readonly place?: string;
  /** One organizer per line. */
  readonly organizers?: string;
}

/** Closes joining (or opens it again): people already in stay; the code lets nobody new in. */
export function setJoinLocked(doc: Y.Doc, locked: boolean): void {
  metaMap(doc).set('joinLocked', locked);
}

/** Who may join: anyone with the workshop's code, or only invited people with their personal codes. */
export function setJoinMode(doc: Y.Doc, mode: JoinMode): void {
  metaMap(doc).set('joinMode', mode);
}

/** Sets some header fields in one transaction; text fields with the smallest edit. */
export function setMinutesInfo(doc: Y.Doc, change: MinutesInfoChange): void {
  const meta = metaMap(doc);
  doc.transact(() => {
    if (change.title !== undefined) meta.set('title', change.title);
    if (change.date !== undefined) meta.set('date', change.date);
    if (change.place !== undefined) setText(meta, 'place', change.place);
    if (change.organizers !== undefined) setText(meta, 'organizers', change.organizers);
  });
}
