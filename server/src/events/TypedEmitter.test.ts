import { describe, expect, it } from 'vitest';
import { TypedEmitter } from './TypedEmitter.js';

interface Events {
  counted: { n: number };
  reset: undefined;
}

describe('TypedEmitter', () => {
  it('calls each listener of an event in subscription order, and none of another event', () => {
    const events = new TypedEmitter<Events>();
    const heard: string[] = [];
    events.on('counted', ({ n }) => heard.push(`a${n}`));
    events.on('counted', ({ n }) => heard.push(`b${n}`));
    events.on('reset', () => heard.push('reset'));
    events.emit('counted', { n: 1 });
    expect(heard).toEqual(['a1', 'b1']);
    events.emit('reset', undefined);
    expect(heard).toEqual(['a1', 'b1', 'reset']);
  });

  it('stops calling a listener once it unsubscribed, and emits to nobody without a fuss', () => {
    const events = new TypedEmitter<Events>();
    events.emit('counted', { n: 0 });
    const heard: number[] = [];
    const off = events.on('counted', ({ n }) => heard.push(n));
    events.emit('counted', { n: 1 });
    off();
    events.emit('counted', { n: 2 });
    expect(heard).toEqual([1]);
    expect(events.listenerCount('counted')).toBe(0);
  });
});
