/**
 * Issue 8, item 7: join codes cannot be brute-forced, and guessing does not lock out real joins.
 * Wrong codes cost, right ones do not; a join through the link (QR code) carries a key and skips
 * the failure budgets; an honest crowd behind one address passes. Real server on loopback.
 */
import type { CreateWorkshopResponse, JoinPreview, JoinResponse } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { api, createWorkshop, startTestServer, useTestServer } from '../support/testServer.js';

interface Refusal {
  error: { code: string; message: string; retryAfterSeconds?: number };
}

/** The key in a join link's fragment: `/join/<code>#k=<key>`. */
function linkKey(w: CreateWorkshopResponse): string {
  const key = new URLSearchParams(new URL(w.links.join).hash.slice(1)).get('k');
  if (!key) throw new Error(`no key in ${w.links.join}`);
  return key;
}

/** A code that is not this workshop's (and, with a fresh server, nobody's). */
const wrongCode = (right: string, n: number): string => {
  const code = String((Number(right) + 1 + n) % 1_000_000).padStart(6, '0');
  return code;
};

async function rawGet(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as unknown,
  };
}

const person = { name: 'Hala', group: 'government' };

describe('the join guard', () => {
  const t = useTestServer();

  it('puts an unguessable key in the join link, bound to the workshop', async () => {
    const w = await createWorkshop(t.url);
    const other = await createWorkshop(t.url);
    expect(w.links.join).toMatch(new RegExp(`/join/${w.joinCode}#k=[A-Za-z0-9_-]{16,}$`));
    // At least 96 bits: 16 base64url characters.
    expect(linkKey(w).length).toBeGreaterThanOrEqual(16);
    expect(linkKey(w)).not.toBe(linkKey(other));
    const preview = await api<JoinPreview>(t.url, `/api/join/${w.joinCode}?key=${linkKey(w)}`);
    expect(preview.status).toBe(200);
    expect(preview.body.workshopId).toBe(w.id);
    // Another workshop's key opens nothing but the typed path.
    const crossed = await api(t.url, `/api/join/${w.joinCode}?key=${linkKey(other)}`);
    expect(crossed.status).toBe(200);
    const joined = await api<JoinResponse>(t.url, '/api/join', {
      body: { code: w.joinCode, key: linkKey(w), ...person },
    });
    expect(joined.status).toBe(201);
  });

  it('backs a guesser off with 429, Retry-After and how long to wait, and looks nothing up meanwhile', async () => {
    const g = await startTestServer();
    try {
      const w = await createWorkshop(g.url);
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        statuses.push((await rawGet(`${g.url}/api/join/${wrongCode(w.joinCode, i)}`)).status);
      }
      expect(statuses).toEqual(Array(10).fill(404));
      // The eleventh wrong code is still answered; from then on the address waits, doubling.
      expect((await rawGet(`${g.url}/api/join/${wrongCode(w.joinCode, 10)}`)).status).toBe(404);
      const refused = await rawGet(`${g.url}/api/join/${w.joinCode}`);
      expect(refused.status).toBe(429);
      const body = refused.body as Refusal;
      expect(body.error.code).toBe('rate_limited');
      expect(body.error.retryAfterSeconds).toBe(1);
      expect(refused.retryAfter).toBe('1');
      // The right code, typed, is refused like a wrong one: the answer says nothing about the code.
      const typedJoin = await api<Refusal>(g.url, '/api/join', { body: { code: w.joinCode, ...person } });
      expect(typedJoin.status).toBe(429);
      await new Promise((r) => setTimeout(r, 1_100));
      expect((await rawGet(`${g.url}/api/join/${wrongCode(w.joinCode, 11)}`)).status).toBe(404);
      const longer = await rawGet(`${g.url}/api/join/${wrongCode(w.joinCode, 12)}`);
      expect(longer.status).toBe(429);
      expect((longer.body as Refusal).error.retryAfterSeconds).toBe(2);
      // The link still works from the same address.
      const linked = await api(g.url, '/api/join', {
        body: { code: w.joinCode, key: linkKey(w), ...person },
      });
      expect(linked.status).toBe(201);
    } finally {
      await g.stop();
    }
  });

  it('lets a real link join succeed first time while a guesser hammers from the same address', async () => {
    const w = await createWorkshop(t.url);
    let stop = false;
    let guesses = 0;
    const guesser = async (worker: number) => {
      for (let i = 0; !stop; i++) {
        const code = wrongCode(w.joinCode, worker * 100_000 + i);
        const res = await fetch(`${t.url}/api/join/${code}`);
        await res.arrayBuffer();
        guesses += 1;
      }
    };
    const workers = Array.from({ length: 8 }, (_, i) => guesser(i));
    let preview: { status: number };
    let joined: { status: number };
    try {
      // Well past the old per-address burst of 500 requests before the real person arrives.
      while (guesses < 800) await new Promise((r) => setTimeout(r, 10));
      preview = await api<JoinPreview>(t.url, `/api/join/${w.joinCode}?key=${linkKey(w)}`);
      joined = await api<JoinResponse>(t.url, '/api/join', {
        body: { code: w.joinCode, key: linkKey(w), ...person },
      });
    } finally {
      stop = true;
      await Promise.all(workers);
    }
    expect(preview.status).toBe(200);
    expect(joined.status).toBe(201);
    expect(guesses).toBeGreaterThan(800);
  });

  it('lets 1,000 phones behind one address join with the typed code over 10 s', async () => {
    const crowd = await startTestServer();
    try {
      const w = await createWorkshop(crowd.url);
      const results: number[] = [];
      const start = Date.now();
      const phone = async (i: number) => {
        // Spread evenly over ten seconds, as a room arriving.
        await new Promise((r) => setTimeout(r, Math.max(0, start + i * 10 - Date.now())));
        const preview = await api(crowd.url, `/api/join/${w.joinCode}`);
        const joined = await api(crowd.url, '/api/join', {
          body: { code: w.joinCode, name: `Phone ${i}`, group: 'civil_society' },
        });
        results.push(preview.status, joined.status);
      };
      await Promise.all(Array.from({ length: 1_000 }, (_, i) => phone(i)));
      const refused = results.filter((s) => s !== 200 && s !== 201);
      expect(refused).toEqual([]);
      expect(results.filter((s) => s === 201)).toHaveLength(1_000);
    } finally {
      await crowd.stop();
    }
  }, 60_000);
});

describe('the global failure budget and TRUST_PROXY', () => {
  it('without TRUST_PROXY, a guesser cannot dodge the backoff with X-Forwarded-For', async () => {
    const t = await startTestServer();
    try {
      const w = await createWorkshop(t.url);
      const statuses: number[] = [];
      for (let i = 0; i < 14; i++) {
        const forged = { 'x-forwarded-for': `198.51.100.${i}` };
        statuses.push((await rawGet(`${t.url}/api/join/${wrongCode(w.joinCode, i)}`, forged)).status);
      }
      expect(statuses.slice(0, 11)).toEqual(Array(11).fill(404));
      expect(statuses.slice(11)).toEqual([429, 429, 429]);
    } finally {
      await t.stop();
    }
  });

  it('with TRUST_PROXY=loopback, clients behind the proxy have separate allowances', async () => {
    const t = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    try {
      const w = await createWorkshop(t.url);
      const a = { 'x-forwarded-for': '198.51.100.1' };
      const b = { 'x-forwarded-for': '198.51.100.2' };
      for (let i = 0; i < 11; i++) {
        expect((await rawGet(`${t.url}/api/join/${wrongCode(w.joinCode, i)}`, a)).status).toBe(404);
      }
      expect((await rawGet(`${t.url}/api/join/${w.joinCode}`, a)).status).toBe(429);
      expect((await rawGet(`${t.url}/api/join/${w.joinCode}`, b)).status).toBe(200);
      expect((await rawGet(`${t.url}/api/join/${wrongCode(w.joinCode, 50)}`, b)).status).toBe(404);
    } finally {
      await t.stop();
    }
  });

  it('refuses typed codes everywhere once the global budget is spent, and still takes link joins', async () => {
    const t = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    try {
      const w = await createWorkshop(t.url);
      // Twenty addresses, ten wrong codes each: the whole burst of 200.
      for (let a = 0; a < 20; a++) {
        for (let i = 0; i < 10; i++) {
          const res = await rawGet(`${t.url}/api/join/${wrongCode(w.joinCode, a * 10 + i)}`, {
            'x-forwarded-for': `203.0.113.${a}`,
          });
          expect(res.status).toBe(404);
        }
      }
      const fresh = { 'x-forwarded-for': '192.0.2.77' };
      const typed = await rawGet(`${t.url}/api/join/${w.joinCode}`, fresh);
      expect(typed.status).toBe(429);
      expect(Number(typed.retryAfter)).toBeGreaterThan(0);
      const linked = await api(t.url, '/api/join', {
        body: { code: w.joinCode, key: linkKey(w), ...person },
        headers: fresh,
      });
      expect(linked.status).toBe(201);
    } finally {
      await t.stop();
    }
  });
});
