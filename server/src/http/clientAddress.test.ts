import type { IncomingMessage } from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { addressResolver } from './clientAddress.js';

const upgrade = (remoteAddress: string, headers: Record<string, string> = {}) =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('addressResolver', () => {
  it('gives the peer’s address, ignoring X-Forwarded-For, when no proxy is trusted', () => {
    const app = express();
    app.set('trust proxy', false);
    const addressOf = addressResolver(app);
    expect(addressOf(upgrade('10.0.0.5', { 'x-forwarded-for': '203.0.113.9' }))).toBe('10.0.0.5');
  });

  it('follows the app’s trust proxy setting, as req.ip does', () => {
    const app = express();
    app.set('trust proxy', true);
    expect(addressResolver(app)(upgrade('10.0.0.5', { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe(
      '203.0.113.9',
    );
    const one = express();
    one.set('trust proxy', 1);
    expect(
      addressResolver(one)(upgrade('10.0.0.5', { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })),
    ).toBe('198.51.100.7');
  });
});
