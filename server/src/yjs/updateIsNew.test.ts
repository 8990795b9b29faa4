import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateIsNew } from './updateIsNew.js';

/** A replica that has synced everything `from` has. */
function replicaOf(from: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  return doc;
}

/** The update `doc` emits while `change` runs. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  change();
  doc.off('update', record);
  if (updates.length !== 1) throw new Error(`expected one update, got ${updates.length}`);
  return updates[0] as Uint8Array;
}

/** A server doc with a map entry and the text "abcdefghij" written in one go. */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('meta').set('title', 'Workshop');
    doc.getText('notes').insert(0, 'abcdefghij');
  });
  return doc;
}

describe('updateIsNew', () => {
  it('is false for an update the doc already contains', () => {
    const server = serverDoc();
    const older = updateOf(server, () => server.getMap('meta').set('locale', 'ar'));
    server.getMap('meta').set('title', 'Renamed');
    expect(updateIsNew(server, Y.encodeStateAsUpdate(server))).toBe(false);
    expect(updateIsNew(server, older)).toBe(false);
  });

  it('is false for an empty update', () => {
    expect(updateIsNew(serverDoc(), Y.encodeStateAsUpdate(new Y.Doc()))).toBe(false);
  });

  it('is true for an insert the doc has not seen', () => {
    const server = serverDoc();
    const client = replicaOf(server);
    const insert = updateOf(client, () => client.getMap('meta').set('title', 'Mine now'));
    expect(updateIsNew(server, insert)).toBe(true);
  });

  it("is true for a new client's whole state", () => {
    const server = serverDoc();
    const stranger = new Y.Doc();
    stranger.getArray('stages').push(['injected']);
    expect(updateIsNew(server, Y.encodeStateAsUpdate(stranger))).toBe(true);
  });

  it('is true for a delete-only update of content the doc still has', () => {
    const server = serverDoc();
    const client = replicaOf(server);
    const removal = updateOf(client, () => client.getMap('meta').delete('title'));
    expect(Y.decodeUpdate(removal).structs).toHaveLength(0);
    expect(updateIsNew(server, removal)).toBe(true);
  });

  it('is false for deleting content the doc has already deleted', () => {
    const server = serverDoc();
    const client = replicaOf(server);
    const removal = updateOf(client, () => client.getText('notes').delete(2, 3));
    Y.applyUpdate(server, removal);
    expect(server.getText('notes').toString()).toBe('abfghij');
    expect(updateIsNew(server, removal)).toBe(false);
  });

  it("is false for a client's full state after it synced from the server, deletions included", () => {
    const server = serverDoc();
    server.getText('notes').delete(0, 2);
    server.getMap('meta').delete('title');
    server.getText('notes').delete(3, 2);
    const client = replicaOf(server);
    expect(updateIsNew(server, Y.encodeStateAsUpdate(client))).toBe(false);
    expect(updateIsNew(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false);
  });

  it('is true when a deletion only partly overlaps what the doc deleted', () => {
    const server = serverDoc();
    const client = replicaOf(server);
    server.getText('notes').delete(0, 5); // abcde
    const overlapping = updateOf(client, () => client.getText('notes').delete(3, 4)); // defg
    expect(updateIsNew(server, overlapping)).toBe(true);
  });

  it('is false when a deletion lies inside what the doc deleted', () => {
    const server = serverDoc();
    const client = replicaOf(server);
    server.getText('notes').delete(0, 5); // abcde
    const inside = updateOf(client, () => client.getText('notes').delete(1, 3)); // bcd
    expect(updateIsNew(server, inside)).toBe(false);
  });

  it('is true when a deletion spans a gap between two deleted ranges', () => {
    const server = serverDoc();
    const client = replicaOf(server);
    const twin = replicaOf(server);
    server.transact(() => {
      server.getText('notes').delete(6, 2); // gh
      server.getText('notes').delete(0, 2); // ab
    });
    const spanning = updateOf(client, () => client.getText('notes').delete(0, 8)); // abcdefgh
    expect(updateIsNew(server, spanning)).toBe(true);
    const same = updateOf(twin, () =>
      twin.transact(() => {
        twin.getText('notes').delete(6, 2);
        twin.getText('notes').delete(0, 2);
      }),
    );
    expect(updateIsNew(server, same)).toBe(false);
  });

  // Regression: Y.encodeStateVectorFromUpdate reports clock 0 for a client whose structs in the update do not
  // start at clock 0, so an incremental edit by a client the doc already knows passes as "not new".
  // The room then ignores a read-only client's second edit silently instead of closing with 4403.
  it("is true for a known client's next edit", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    client.getMap('meta').set('title', 'first');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const next = updateOf(client, () => client.getMap('meta').set('locale', 'en'));
    expect(Y.decodeUpdate(next).ds.clients.size).toBe(0);
    expect(updateIsNew(server, next)).toBe(true);
  });

  it('agrees with applying the update, for random edits on both sides and partial syncs', () => {
    type Side = 'server' | 'client';
    type Op =
      | { kind: 'insert'; who: Side; at: number; s: string }
      | { kind: 'delete'; who: Side; at: number; len: number }
      | { kind: 'set'; who: Side; key: string }
      | { kind: 'unset'; who: Side; key: string }
      | { kind: 'push' }
      | { kind: 'pull' };
    const who = fc.constantFrom<Side>('server', 'client');
    const key = fc.constantFrom('a', 'b', 'c');
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        who,
        at: fc.nat(),
        s: fc.string({ minLength: 1, maxLength: 4 }),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        who,
        at: fc.nat(),
        len: fc.integer({ min: 1, max: 4 }),
      }),
      fc.record({ kind: fc.constant('set' as const), who, key }),
      fc.record({ kind: fc.constant('unset' as const), who, key }),
      fc.constant({ kind: 'push' as const }),
      fc.constant({ kind: 'pull' as const }),
    );

    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const server = serverDoc();
        const client = replicaOf(server);
        for (const o of ops) {
          switch (o.kind) {
            case 'push':
              Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
              break;
            case 'pull':
              Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
              break;
            case 'insert': {
              const text = (o.who === 'server' ? server : client).getText('notes');
              text.insert(o.at % (text.length + 1), o.s);
              break;
            }
            case 'delete': {
              const text = (o.who === 'server' ? server : client).getText('notes');
              if (text.length === 0) break;
              const at = o.at % text.length;
              text.delete(at, Math.min(o.len, text.length - at));
              break;
            }
            case 'set':
              (o.who === 'server' ? server : client).getMap('m').set(o.key, o.who);
              break;
            case 'unset':
              (o.who === 'server' ? server : client).getMap('m').delete(o.key);
              break;
          }
        }
        // What a read-only client sends after reconnecting: its whole state.
        const update = Y.encodeStateAsUpdate(client);
        const probe = replicaOf(server);
        const before = Y.snapshot(probe);
        Y.applyUpdate(probe, update);
        const changes = !Y.equalSnapshots(before, Y.snapshot(probe));
        expect(updateIsNew(server, update)).toBe(changes);
      }),
      { numRuns: 300 },
    );
  });
});
