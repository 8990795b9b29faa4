import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setText } from './raw.js';

describe('setText', () => {
  it('changes a Y.Text with the smallest edit, so a concurrent co-editor keeps their typing', () => {
    const a = new Y.Doc();
    const map = a.getMap<unknown>('m');
    map.set('title', new Y.Text('Hello world'));
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));

    setText(map, 'title', 'Hello brave world');
    const other = b.getMap<unknown>('m').get('title') as Y.Text;
    other.insert(other.length, '!');

    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect((map.get('title') as Y.Text).toString()).toBe('Hello brave world!');
    expect(other.toString()).toBe('Hello brave world!');
  });

  it('leaves an unchanged text alone and turns a plain string field into a Y.Text', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>('m');
    map.set('title', new Y.Text('same'));
    let updates = 0;
    doc.on('update', () => updates++);
    setText(map, 'title', 'same');
    expect(updates).toBe(0);
    map.set('plain', 'old');
    setText(map, 'plain', 'new');
    expect(map.get('plain')).toBeInstanceOf(Y.Text);
    expect(String(map.get('plain'))).toBe('new');
  });
});
