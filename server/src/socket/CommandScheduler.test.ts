import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { CommandScheduler, type Refusal } from './CommandScheduler.js';

const limits = {
  concurrency: 1,
  perWorkshopQueue: 3,
  totalQueue: 5,
  maxWaitMs: 1_000,
  maxRunMs: 50,
  lagLimitMs: 10_000,
};

describe('CommandScheduler', () => {
  const made: CommandScheduler[] = [];
  const scheduler = (clock?: () => number) => {
    const s = new CommandScheduler(limits, clock);
    made.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of made.splice(0)) s.close();
  });

  it('lets workshops take turns, so a flooded one does not starve another', async () => {
    const s = scheduler();
    const order: string[] = [];
    const done: Promise<void>[] = [];
    const task = (name: string) => () => {
      order.push(name);
      return Promise.resolve();
    };
    for (const name of ['a1', 'a2', 'a3'])
      done.push(
        new Promise((r) =>
          s.submit(
            'a',
            true,
            () => task(name)().then(r),
            () => r(),
          ),
        ),
      );
    done.push(
      new Promise((r) =>
        s.submit(
          'b',
          true,
          () => task('b1')().then(r),
          () => r(),
        ),
      ),
    );
    await Promise.all(done);
    expect(order).toEqual(['a1', 'b1', 'a2', 'a3']);
  });

  it('refuses at once beyond a workshop’s queue and the total queue', () => {
    const s = scheduler();
    const refused: Array<[string, Refusal]> = [];
    const never = () => new Promise<void>(() => undefined);
    for (let i = 0; i < 4; i++) s.submit('a', true, never, (why) => refused.push([`a${i}`, why]));
    for (let i = 0; i < 3; i++) s.submit('b', true, never, (why) => refused.push([`b${i}`, why]));
    expect(refused).toEqual([
      ['a3', 'queue_full'],
      ['b2', 'queue_full'],
    ]);
    expect(s.queued).toBe(5);
  });

  it('refuses a command that waited longer than allowed instead of running it late', async () => {
    let now = 0;
    const s = scheduler(() => now);
    let release: () => void = () => undefined;
    const outcome: string[] = [];
    s.submit(
      'a',
      true,
      () => new Promise<void>((r) => (release = r)),
      () => outcome.push('first refused'),
    );
    s.submit(
      'a',
      true,
      async () => void outcome.push('second ran'),
      (why) => outcome.push(`second ${why}`),
    );
    await new Promise((r) => setImmediate(r));
    now = 2_000;
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(outcome).toEqual(['second too_late']);
  });

  it('lets another workshop’s answer go before a flooded workshop’s backlog', async () => {
    const s = scheduler();
    const sent: string[] = [];
    for (let i = 0; i < 100; i++) s.reply('flooded', () => sent.push('flooded'));
    s.reply('quiet', () => sent.push('quiet'));
    await new Promise((r) => setImmediate(r));
    expect(sent.indexOf('quiet')).toBeLessThan(3);
  });

  it('sends answers a few per turn of the loop, all of them, in order', async () => {
    const s = scheduler();
    const sent: number[] = [];
    for (let i = 0; i < 100; i++) s.reply('a', () => sent.push(i));
    expect(sent).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThan(100);
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('CommandScheduler with a stuck command', () => {
  it('gives the slot back after maxRunMs, so the queue goes on', async () => {
    const s = new CommandScheduler({
      concurrency: 1,
      perWorkshopQueue: 3,
      totalQueue: 5,
      maxWaitMs: 1_000,
      maxRunMs: 30,
      lagLimitMs: 10_000,
    });
    const ran: string[] = [];
    s.submit(
      'a',
      true,
      () => new Promise<void>(() => undefined),
      () => ran.push('stuck refused'),
    );
    const second = new Promise<void>((resolve) =>
      s.submit(
        'a',
        true,
        async () => void ran.push('second ran'),
        () => resolve(),
      ),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(ran).toEqual(['second ran']);
    s.close();
    void second;
  });

  it('reports the event-loop delay of the last second, not counting its own timer', async () => {
    const s = new CommandScheduler(limits);
    onTestFinished(() => s.close());
    await new Promise((r) => setTimeout(r, 1_100));
    expect(s.loopDelay.p50Ms).toBeLessThan(8);
    await new Promise((r) => setTimeout(r, 50));
    const until = Date.now() + 250;
    while (Date.now() < until) {
      // holds the loop, as a runaway command would
    }
    await new Promise((r) => setTimeout(r, 1_100));
    expect(s.loopDelay.maxMs).toBeGreaterThan(200);
    expect(s.loopDelay.maxMs).toBeLessThan(1_000);
  });
});
