import { describe, expect, it } from 'vitest';
import { replicaOf, twoStageWorkshop } from './docTestKit.js';
import { setWorkshopIdentity } from './identityOps.js';
import { setWorkshopEnded } from './lifecycleOps.js';
import { readWorkshop } from './workshopDoc.js';

describe('setWorkshopIdentity', () => {
  it('changes the id and join code and nothing else', () => {
    const doc = twoStageWorkshop();
    const copy = replicaOf(doc);
    setWorkshopIdentity(copy, { id: 'ws_new0001', joinCode: '111222' });
    const before = readWorkshop(doc);
    const after = readWorkshop(copy);
    expect(after?.meta).toMatchObject({ id: 'ws_new0001', joinCode: '111222' });
    expect({ ...after, meta: { ...after?.meta, id: '', joinCode: '' } }).toEqual({
      ...before,
      meta: { ...before?.meta, id: '', joinCode: '' },
    });
  });
});

describe('setWorkshopEnded', () => {
  it('shows the end and the grace period in meta, and a wrong type as not ended', () => {
    const doc = twoStageWorkshop();
    expect(readWorkshop(doc)?.meta).toMatchObject({ endedAt: null, guestsUntil: null });
    setWorkshopEnded(doc, { endedAt: 1_000, guestsUntil: 87_400_000 });
    expect(readWorkshop(replicaOf(doc))?.meta).toMatchObject({ endedAt: 1_000, guestsUntil: 87_400_000 });
    doc.getMap('meta').set('endedAt', 'yesterday');
    expect(readWorkshop(doc)?.meta.endedAt).toBeNull();
  });

  it('is cleared by a new identity: a workshop made from an ended one runs', () => {
    const doc = twoStageWorkshop();
    setWorkshopEnded(doc, { endedAt: 1_000, guestsUntil: 2_000 });
    setWorkshopIdentity(doc, { id: 'ws_new0001', joinCode: '111222' });
    expect(readWorkshop(doc)?.meta).toMatchObject({ endedAt: null, guestsUntil: null });
  });
});
