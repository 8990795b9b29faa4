/** Issue 8, item 2 (open mode): the facilitator can close joining, and a workshop takes a bounded crowd. */
import { setJoinLocked } from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  startTestServer,
  synced,
  type TestServer,
} from '../support/testServer.js';

describe('joining under the facilitator’s control', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { MAX_PARTICIPANTS: '3' } });
  });
  afterAll(async () => {
    await t.stop();
  });

  const join = (code: string, name: string) =>
    api<{ error?: { code: string } }>(t.url, '/api/join', { body: { code, name, group: 'government' } });

  it('refuses new joins while joining is locked, and keeps those already in', async () => {
    const w = await createWorkshop(t.url);
    const inside = await joinWorkshop(t.url, w.joinCode, { name: 'Early' });
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitator);
    setJoinLocked(facilitator.doc, true);
    await eventually(async () => (await join(w.joinCode, 'Late')).status === 403, 3_000, 'joining closed');
    const refused = await join(w.joinCode, 'Late');
    expect(refused.body.error?.code).toBe('joining_closed');
    // The one already in still connects.
    const socket = await connectSocket(t.url, inside.token);
    socket.close();
    setJoinLocked(facilitator.doc, false);
    await eventually(
      async () => (await join(w.joinCode, 'Later')).status === 201,
      3_000,
      'joining open again',
    );
    facilitator.destroy();
  });

  it('takes at most MAX_PARTICIPANTS people, with too_many after that', async () => {
    const w = await createWorkshop(t.url);
    for (const name of ['A', 'B', 'C']) expect((await join(w.joinCode, name)).status).toBe(201);
    const fourth = await join(w.joinCode, 'D');
    expect(fourth.status).toBe(409);
    expect(fourth.body.error?.code).toBe('too_many');
  });
});
