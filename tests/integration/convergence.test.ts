import {
  addItem,
  addTheme,
  itemText,
  mergeItems,
  moveItem,
  readItems,
  readWorkshop,
  setItemTheme,
  unmergeItem,
  updateStage,
} from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectYjs,
  createWorkshop,
  eventually,
  synced,
  useTestServer,
  type YClient,
} from '../support/testServer.js';

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('randomized convergence of facilitator replicas through the server', () => {
  const t = useTestServer();

  for (const seed of [1, 2, 3]) {
    it(`ends with identical docs everywhere (seed ${seed})`, async () => {
      const random = rng(seed);
      const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
      const w = await createWorkshop(t.url, { title: 'Convergence', locale: 'en', template: 'vlr' });
      const replicas: YClient[] = Array.from({ length: 4 }, () => connectYjs(t.url, w.id, w.facilitatorKey));
      await Promise.all(replicas.map((r) => synced(r)));
      const stageIds =
        replicas[0]
          ?.view()
          ?.stages.filter((s) => s.kind === 'list')
          .map((s) => s.id) ?? [];
      let counter = 0;

      for (let step = 0; step < 300; step++) {
        const replica = pick(replicas) as YClient;
        const doc = replica.doc;
        const stageId = pick(stageIds) as string;
        const items = readItems(doc, stageId).filter((i) => i.status === 'active');
        const roll = random();
        if (roll < 0.05) {
          // Drop or restore this replica's connection; it keeps editing offline.
          if (replica.provider.shouldConnect) replica.provider.disconnect();
          else replica.provider.connect();
        } else if (roll < 0.3 || items.length === 0) {
          counter += 1;
          addItem(doc, {
            id: `item${seed}x${counter}`,
            stageId,
            title: `idea ${counter}`,
            description: '',
            sdgs: [1 + Math.floor(random() * 17)],
            createdAt: counter,
          });
        } else if (roll < 0.6) {
          const text = itemText(doc, (pick(items) as { id: string }).id, 'title');
          if (text)
            text.insert(
              Math.floor(random() * (text.length + 1)),
              String.fromCharCode(97 + Math.floor(random() * 26)),
            );
        } else if (roll < 0.7) {
          moveItem(doc, (pick(items) as { id: string }).id, Math.floor(random() * items.length));
        } else if (roll < 0.78 && items.length > 1) {
          mergeItems(doc, (items[0] as { id: string }).id, [(pick(items.slice(1)) as { id: string }).id]);
        } else if (roll < 0.82) {
          const merged = readItems(doc, stageId).filter((i) => i.status === 'merged');
          const one = pick(merged);
          if (one) unmergeItem(doc, one.id);
        } else if (roll < 0.9) {
          counter += 1;
          addTheme(doc, { id: `theme${seed}x${counter}`, stageId, name: `theme ${counter}` });
          setItemTheme(doc, (pick(items) as { id: string }).id, `theme${seed}x${counter}`);
        } else {
          updateStage(doc, stageId, { locked: random() < 0.5 });
        }
        if (step % 25 === 0) await new Promise((r) => setTimeout(r, 5));
      }

      for (const r of replicas) if (!r.provider.shouldConnect) r.provider.connect();
      await Promise.all(replicas.map((r) => synced(r, 10_000)));
      await eventually(
        () =>
          replicas.every(
            (r) =>
              JSON.stringify(readWorkshop(r.doc)) === JSON.stringify(readWorkshop(replicas[0]?.doc as Y.Doc)),
          ),
        10_000,
        'replicas converge',
      ).catch((err: Error) => {
        const state = replicas.map((r) => ({
          closes: r.closes,
          connected: r.provider.wsconnected,
          synced: r.provider.synced,
          sv: Buffer.from(Y.encodeStateVector(r.doc)).toString('base64'),
        }));
        throw new Error(`${err.message}: ${JSON.stringify(state)}`);
      });
      const expected = JSON.stringify(readWorkshop(replicas[0]?.doc as Y.Doc));
      const stateVectors = replicas.map((r) => Buffer.from(Y.encodeStateVector(r.doc)).toString('base64'));
      expect(new Set(stateVectors).size).toBe(1);

      // The server's copy, as a fresh read-only client sees it, equals them too.
      const observer = connectYjs(t.url, w.id, w.boardToken);
      await synced(observer);
      expect(JSON.stringify(readWorkshop(observer.doc))).toBe(expected);
      expect(readItems(observer.doc).length).toBeGreaterThan(20);
      observer.destroy();
      for (const r of replicas) r.destroy();
    });
  }
});
