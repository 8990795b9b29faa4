import { describe, expect, it } from 'vitest';
import { replicaOf, twoStageWorkshop } from './docTestKit.js';
import { setWorkshopIdentity } from './identityOps.js';
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
