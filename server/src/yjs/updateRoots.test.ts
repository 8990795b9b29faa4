import {
  addItem,
  addOutcome,
  appendNotes,
  initWorkshopDoc,
  itemText,
  outcomeText,
  removeOutcome,
  setCurrentStage,
  stageNotesFragment,
  templateStages,
} from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateRoots } from './updateRoots.js';

/** A server doc with a workshop, one idea, one outcome and some notes; and a scribe's replica of it. */
function setup() {
  const server = new Y.Doc();
  initWorkshopDoc(server, {
    id: 'ws_000001',
    title: 'Workshop',
    locale: 'ar',
    joinCode: '123456',
    createdAt: 1,
    stages: templateStages('vlr').map((template, i) => ({ id: `stage_${i}`, template })),
  });
  addItem(server, {
    id: 'item_0001',
    stageId: 'stage_1',
    title: 'Parks',
    description: '',
    sdgs: [11],
    createdAt: 2,
  });
  addOutcome(server, { id: 'outcome_1', kind: 'decision', text: 'Adopt the top five', createdAt: 3 });
  appendNotes(server, 'stage_4', [{ type: 'paragraph', inlines: [{ text: 'بداية المحضر' }] }]);
  const scribe = new Y.Doc();
  Y.applyUpdate(scribe, Y.encodeStateAsUpdate(server));
  return { server, scribe };
}

/** What `edit` makes the scribe's replica send, as one update. */
function sent(scribe: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listen = (u: Uint8Array) => updates.push(u);
  scribe.on('update', listen);
  edit(scribe);
  scribe.off('update', listen);
  return Y.mergeUpdates(updates);
}

const rootsOf = (server: Y.Doc, update: Uint8Array) => {
  const { roots, unresolved } = updateRoots(server, update);
  return { roots: [...roots].sort(), unresolved };
};

describe('updateRoots', () => {
  it("places typing into a stage's notes, at the start, in the middle and at the end", () => {
    const { server, scribe } = setup();
    const update = sent(scribe, (doc) => {
      const paragraph = stageNotesFragment(doc, 'stage_4').get(0) as Y.XmlElement;
      const text = paragraph.get(0) as Y.XmlText;
      text.insert(0, 'A ');
      text.insert(5, ' middle ');
      text.insert(text.length, ' end', { bold: {} });
      text.delete(1, 1);
    });
    expect(rootsOf(server, update)).toEqual({ roots: ['notes:stage_4'], unresolved: false });
  });

  it('places new notes of a stage that had none, and new and edited outcomes', () => {
    const { server, scribe } = setup();
    const update = sent(scribe, (doc) => {
      appendNotes(doc, 'stage_2', [{ type: 'heading', level: 2, inlines: [{ text: 'Dots' }] }]);
      addOutcome(doc, { id: 'outcome_2', kind: 'action', text: 'Collect data', createdAt: 4 });
      outcomeText(doc, 'outcome_1', 'text')?.insert(0, 'We ');
    });
    expect(rootsOf(server, update)).toEqual({ roots: ['notes:stage_2', 'outcomes'], unresolved: false });
  });

  it('places the deletion of an outcome', () => {
    const { server, scribe } = setup();
    const update = sent(scribe, (doc) => removeOutcome(doc, 'outcome_1'));
    expect(rootsOf(server, update)).toEqual({ roots: ['outcomes'], unresolved: false });
  });

  it('places edits of ideas, stages and the current stage outside the notes', () => {
    const { server, scribe } = setup();
    expect(
      rootsOf(
        server,
        sent(scribe, (doc) => itemText(doc, 'item_0001', 'title')?.insert(5, '!')),
      ).roots,
    ).toEqual(['items']);
    expect(
      rootsOf(
        server,
        sent(scribe, (doc) => setCurrentStage(doc, 'stage_3')),
      ).roots,
    ).toEqual(['meta']);
    expect(
      rootsOf(
        server,
        sent(scribe, (doc) => doc.getMap('items').delete('item_0001')),
      ).roots,
    ).toEqual(['items']);
    expect(
      rootsOf(
        server,
        sent(scribe, (doc) => doc.getMap('stages').delete('stage_0')),
      ).roots,
    ).toEqual(['stages']);
  });

  it("counts nothing of a reconnecting replica's echo, deletions included", () => {
    const { server, scribe } = setup();
    // Something the server deleted long ago travels in every full state as a delete set.
    itemText(server, 'item_0001', 'title')?.delete(0, 2);
    Y.applyUpdate(scribe, Y.encodeStateAsUpdate(server));
    expect(rootsOf(server, Y.encodeStateAsUpdate(scribe))).toEqual({ roots: [], unresolved: false });
    sent(scribe, (doc) => appendNotes(doc, 'stage_4', [{ type: 'paragraph', inlines: [{ text: 'more' }] }]));
    expect(rootsOf(server, Y.encodeStateAsUpdate(scribe))).toEqual({
      roots: ['notes:stage_4'],
      unresolved: false,
    });
  });

  it('leaves unresolved a deletion of content the server has never seen', () => {
    const { server } = setup();
    const facilitator = [...server.store.clients.keys()][0] as number;
    const update = craftDeleteOnly(facilitator, 10_000, 5);
    expect(rootsOf(server, update).unresolved).toBe(true);
  });

  it('leaves unresolved an insertion next to content the server does not have', () => {
    const { server, scribe } = setup();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(scribe));
    sent(other, (doc) => itemText(doc, 'item_0001', 'title')?.insert(0, 'x'));
    Y.applyUpdate(scribe, Y.encodeStateAsUpdate(other));
    // The scribe now sends only its own insertion after the unknown 'x'.
    const update = sent(scribe, (doc) => itemText(doc, 'item_0001', 'title')?.insert(1, 'y'));
    expect(rootsOf(server, update).unresolved).toBe(true);
  });
});

/** An update (v1) holding no structs and a delete set of one range. */
function craftDeleteOnly(client: number, clock: number, len: number): Uint8Array {
  const bytes: number[] = [0]; // no struct groups
  const varUint = (n: number) => {
    let v = n;
    while (v > 0x7f) {
      bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    bytes.push(v);
  };
  varUint(1); // one client in the delete set
  varUint(client);
  varUint(1); // one range
  varUint(clock);
  varUint(len);
  return new Uint8Array(bytes);
}

describe('updateRoots against forged clients', () => {
  it('leaves unresolved a struct that starts inside what the server has and runs past it', () => {
    const { server } = setup();
    const serverClient = server.clientID;
    const before = Y.encodeStateVector(server);
    const evil = new Y.Doc();
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(server));
    // The server writes one more character into an idea's title...
    itemText(server, 'item_0001', 'title')?.insert(5, '!');
    // ...while a scribe, posing as the server's client, writes notes from the state before it.
    evil.clientID = serverClient;
    stageNotesFragment(evil, 'stage_1').insert(0, [new Y.XmlText('PWNED')]);
    const update = Y.encodeStateAsUpdate(evil, before);
    const { roots, unresolved } = updateRoots(server, update);
    // Refused either way: it cannot be placed, or it lands where the server's item is (an idea).
    expect(unresolved || [...roots].some((root) => !root.startsWith('notes:'))).toBe(true);
  });

  it("leaves unresolved one struct that straddles the server's clock (it would be linked after an idea's text)", () => {
    const { server } = setup();
    const before = Y.encodeStateVector(server);
    const evil = new Y.Doc();
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(server));
    itemText(server, 'item_0001', 'title')?.insert(5, '!');
    evil.clientID = server.clientID;
    evil.getText('notes:stage_1').insert(0, 'PWNED');
    expect(updateRoots(server, Y.encodeStateAsUpdate(evil, before)).unresolved).toBe(true);
  });
});
