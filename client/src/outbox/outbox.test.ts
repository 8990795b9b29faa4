import { describe, expect, it } from 'vitest';
import type { FetchError } from '../api/apiFetch';
import { createOutbox, type SendResult, type Timers } from './outbox';
import { backoffMs } from './retryPolicy';

interface Entry {
  readonly id: string;
}
type Ack = { readonly ok: true; readonly id: string };

/** A clock that only moves when told to. */
function fakeClock() {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      next += 1;
      due.set(next, { at: now + ms, run });
      return next;
    },
    clear: (handle) => due.delete(handle as number),
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    timers,
    pending: () => [...due.values()].map((t) => t.at - now),
    /** Moves time on by `ms`, running each timer that comes due and letting its sends finish. */
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const first = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!first || first[1].at > end) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].run();
        await settle();
      }
      now = end;
      await settle();
    },
    settle,
  };
}

/** An owner of entries (what the hooks are) and a server whose answers the test scripts. */
function setup(answers: Record<string, Array<FetchError | 'ok'>>) {
  const clock = fakeClock();
  const waiting: Entry[] = [];
  const sent: string[] = [];
  const refusals: Array<{ id: string; code: string; late: boolean }> = [];
  const send = async (entry: Entry): Promise<SendResult<Ack>> => {
    sent.push(entry.id);
    const answer = answers[entry.id]?.shift() ?? 'ok';
    return answer === 'ok' ? { ok: true, id: entry.id } : { ok: false, error: answer };
  };
  const drop = (entry: Entry) => waiting.splice(waiting.indexOf(entry), 1);
  const outbox = createOutbox<Entry, Ack>({
    waiting: () => waiting,
    keyOf: (e) => e.id,
    send,
    delivered: drop,
    refused: (entry, error, late) => {
      drop(entry);
      refusals.push({ id: entry.id, code: error.code, late });
    },
    timers: clock.timers,
    random: () => 1,
  });
  const put = (id: string) => {
    const entry = { id };
    waiting.push(entry);
    return entry;
  };
  return { clock, waiting, sent, refusals, outbox, put };
}

const err = (code: string): FetchError => ({ code, message: code }) as FetchError;

describe('outbox', () => {
  it('keeps an idea that meets the rate limit and sends it again later', async () => {
    const { clock, outbox, put, waiting, sent, refusals } = setup({ idea1: [err('rate_limited')] });
    outbox.setOnline(true);
    const delivery = await outbox.submit(put('idea1'));
    expect(delivery.status).toBe('queued');
    expect(waiting.map((e) => e.id)).toEqual(['idea1']);
    expect(refusals).toEqual([]);
    await clock.advance(backoffMs(1, 1));
    expect(sent).toEqual(['idea1', 'idea1']);
    expect(waiting).toEqual([]);
  });

  it.each(['network', 'timeout', 'rate_limited', 'unavailable', 'internal'])(
    'retries after %s',
    async (code) => {
      const { clock, outbox, put, waiting } = setup({ a: [err(code)] });
      outbox.setOnline(true);
      expect((await outbox.submit(put('a'))).status).toBe('queued');
      await clock.advance(30_000);
      expect(waiting).toEqual([]);
    },
  );

  it('drops what the server refuses, saying whether anyone was waiting for the answer', async () => {
    const { clock, outbox, put, waiting, refusals } = setup({
      now: [err('stage_closed')],
      later: [err('network'), err('vote_closed')],
    });
    outbox.setOnline(true);
    const delivery = await outbox.submit(put('now'));
    expect(delivery).toEqual({ status: 'refused', error: err('stage_closed') });
    await outbox.submit(put('later'));
    await clock.advance(30_000);
    expect(waiting).toEqual([]);
    expect(refusals).toEqual([
      { id: 'now', code: 'stage_closed', late: false },
      { id: 'later', code: 'vote_closed', late: true },
    ]);
  });

  it('waits longer after each failure in a row, and starts again after an answer', async () => {
    const { clock, outbox, put, sent } = setup({
      a: [err('internal'), err('internal'), err('internal')],
      b: [err('internal')],
    });
    outbox.setOnline(true);
    await outbox.submit(put('a'));
    expect(clock.pending()).toEqual([1_000]);
    await clock.advance(999);
    expect(sent).toEqual(['a']);
    await clock.advance(1);
    expect(clock.pending()).toEqual([2_000]);
    await clock.advance(2_000);
    expect(clock.pending()).toEqual([4_000]);
    await clock.advance(4_000);
    expect(sent).toEqual(['a', 'a', 'a', 'a']);
    expect(clock.pending()).toEqual([]);
    await outbox.submit(put('b'));
    expect(clock.pending()).toEqual([1_000]);
    expect(backoffMs(20, 1)).toBe(30_000);
    expect(backoffMs(20, 0)).toBe(15_000);
  });

  it('sends in order and stops at the first failure worth retrying', async () => {
    const { clock, outbox, put, sent, waiting } = setup({ b: [err('timeout')] });
    put('a');
    put('b');
    put('c');
    outbox.setOnline(true);
    await clock.settle();
    expect(sent).toEqual(['a', 'b']);
    expect(waiting.map((e) => e.id)).toEqual(['b', 'c']);
    await clock.advance(1_000);
    expect(sent).toEqual(['a', 'b', 'b', 'c']);
    expect(waiting).toEqual([]);
  });

  it('sends nothing while offline and everything once back', async () => {
    const { clock, outbox, put, sent, waiting } = setup({ a: [err('network')] });
    outbox.setOnline(true);
    await outbox.submit(put('a'));
    outbox.setOnline(false);
    expect(clock.pending()).toEqual([]);
    expect((await outbox.submit(put('b'))).status).toBe('queued');
    await clock.advance(60_000);
    expect(sent).toEqual(['a']);
    outbox.setOnline(true);
    await clock.settle();
    expect(sent).toEqual(['a', 'a', 'b']);
    expect(waiting).toEqual([]);
  });

  it('sends the newest entry under a key, and skips one already on its way', async () => {
    const { clock, waiting, sent } = setup({});
    waiting.push({ id: 'x' });
    let release: () => void = () => undefined;
    const slow = createOutbox<Entry, Ack>({
      waiting: () => waiting,
      keyOf: (e) => e.id,
      send: (e) =>
        new Promise((resolve) => {
          sent.push(e.id);
          release = () => resolve({ ok: true, id: e.id });
        }),
      delivered: (e) => waiting.splice(waiting.indexOf(e), 1),
      refused: () => undefined,
      timers: clock.timers,
    });
    slow.setOnline(true);
    await clock.settle();
    expect(slow.isSending('x')).toBe(true);
    await slow.flush();
    expect(sent).toEqual(['x']);
    release();
    await clock.settle();
    expect(slow.isSending('x')).toBe(false);
    expect(waiting).toEqual([]);
    slow.dispose();
  });
});
