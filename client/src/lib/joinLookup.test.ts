import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { joinLookupPath, lookUpJoin, startJoinLookup } from './joinLookup';

describe('the early join lookup', () => {
  const asked: string[] = [];
  beforeEach(() => {
    asked.length = 0;
    vi.stubGlobal('fetch', async (path: string) => {
      asked.push(path);
      return new Response(JSON.stringify({ title: `answer ${asked.length}` }), { status: 200 });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks once for the address’s code and link key, and the join page takes that answer', async () => {
    startJoinLookup({ pathname: '/join/123%20456', hash: '#k=Ab_c-9' });
    expect(asked).toEqual(['/api/join/123456?key=Ab_c-9']);
    const first = await lookUpJoin(joinLookupPath('123456', 'Ab_c-9'));
    expect(first).toMatchObject({ ok: true, data: { title: 'answer 1' } });
    expect(asked).toHaveLength(1);
    // Taken once: checking the code again is a new request.
    await lookUpJoin(joinLookupPath('123456', 'Ab_c-9'));
    expect(asked).toHaveLength(2);
  });

  it('is not used for another code or key', async () => {
    startJoinLookup({ pathname: '/join/123456', hash: '' });
    await lookUpJoin(joinLookupPath('654321', null));
    expect(asked).toEqual(['/api/join/123456', '/api/join/654321']);
    await lookUpJoin(joinLookupPath('123456', 'key'));
    expect(asked.at(-1)).toBe('/api/join/123456?key=key');
  });

  it('asks nothing on other screens or for what is not a code', () => {
    for (const pathname of ['/', '/join', '/join/12', '/join/abcdef', '/w/abcdefgh/me', '/i/ABCDE-12345']) {
      startJoinLookup({ pathname, hash: '#k=x' });
    }
    expect(asked).toEqual([]);
  });
});
