/**
 * What a stock client meets when it tries the API with the least it can send: a socket.io client
 * without `auth.protocol`, a vote configured with its kind and budget only.
 */
import { PROTOCOL_VERSION } from '@majlis/shared';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClientSocket,
  createWorkshop,
  startTestServer,
  type TestServer,
} from '../support/testServer.js';

/** A socket.io client with exactly this `auth`, as a stock client would open it. */
function connectWith(baseUrl: string, auth: Record<string, unknown>): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, { auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

describe('protocol ergonomics', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('takes a connection without `protocol` as the current version and refuses only another one', async () => {
    const w = await createWorkshop(t.url);
    const bare = await connectWith(t.url, { token: w.boardToken });
    expect(bare.connected).toBe(true);
    bare.close();
    const current = await connectWith(t.url, { token: w.boardToken, protocol: PROTOCOL_VERSION });
    current.close();
    await expect(
      connectWith(t.url, { token: w.boardToken, protocol: PROTOCOL_VERSION + 1 }),
    ).rejects.toMatchObject({ message: 'protocol_mismatch' });
    await expect(connectWith(t.url, { token: w.boardToken, protocol: '2' })).rejects.toMatchObject({
      message: 'protocol_mismatch',
    });
    // Without a protocol the credential is still checked.
    await expect(connectWith(t.url, { token: 'nonsense' })).rejects.toMatchObject({
      message: 'unauthorized',
    });
  });
});
