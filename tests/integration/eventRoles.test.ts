/**
 * `EVENT_ROLES` is the one place that says who may send what: every event each role may not send is
 * refused with `forbidden` before its payload is read, whatever the payload.
 */
import {
  type ClientEventName,
  type CreateScribeResponse,
  clientEventSchemas,
  EVENT_ROLES,
  type Role,
} from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  api,
  connectSocket,
  createWorkshop,
  joinWorkshop,
  rawCommand,
  useTestServer,
} from '../support/testServer.js';

describe('event roles', () => {
  const t = useTestServer();

  it('refuses each role every event the table does not give it, before reading the payload', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const scribe = await api<CreateScribeResponse>(t.url, `/api/workshops/${w.id}/scribes`, {
      body: { label: 'Rania' },
      token: w.facilitatorKey,
    });
    const tokens: Record<Role, string> = {
      facilitator: w.facilitatorKey,
      participant: phone.token,
      board: w.boardToken,
      scribe: scribe.body.token,
    };
    const events = Object.keys(clientEventSchemas) as ClientEventName[];
    for (const [role, token] of Object.entries(tokens) as Array<[Role, string]>) {
      const socket = await connectSocket(t.url, token);
      const refused: string[] = [];
      const allowed = events.filter((e) => (EVENT_ROLES[e] as readonly Role[]).includes(role));
      for (const event of events) {
        if (allowed.includes(event)) continue;
        const answer = (await rawCommand(socket, event, { junk: true })) as { error?: { code: string } };
        if (answer.error?.code === 'forbidden') refused.push(event);
      }
      expect(refused, role).toEqual(events.filter((e) => !allowed.includes(e)));
      // What the table allows is not refused as forbidden (a junk payload is a bad request).
      for (const event of allowed) {
        const answer = (await rawCommand(socket, event, { junk: true })) as { error?: { code: string } };
        expect(answer.error?.code, `${role} ${event}`).toBe('bad_request');
      }
      socket.close();
    }
  });
});
