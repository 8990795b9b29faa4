import { describe, expect, it } from 'vitest';
import { chooseJoinBase, joinAddress, joinUrl } from './joinLink';

const lan = { publicUrl: null, lanUrls: ['http://192.168.1.20:3000', 'http://10.0.0.5:3000'] };

describe('chooseJoinBase', () => {
  it('prefers the configured public address', () => {
    const info = { publicUrl: 'https://majlis.example.org', lanUrls: lan.lanUrls };
    expect(chooseJoinBase(info, { origin: 'http://localhost:3000', hostname: 'localhost' })).toBe(
      'https://majlis.example.org',
    );
  });

  it('replaces a loopback origin with the laptop’s network address, so phones can reach it', () => {
    for (const hostname of ['localhost', '127.0.0.1', '[::1]']) {
      expect(chooseJoinBase(lan, { origin: `http://${hostname}:3000`, hostname })).toBe(
        'http://192.168.1.20:3000',
      );
    }
  });

  it('keeps an origin phones can already reach, and falls back to it when the server says nothing', () => {
    expect(chooseJoinBase(lan, { origin: 'http://192.168.1.20:3000', hostname: '192.168.1.20' })).toBe(
      'http://192.168.1.20:3000',
    );
    expect(chooseJoinBase(null, { origin: 'http://localhost:3000', hostname: 'localhost' })).toBe(
      'http://localhost:3000',
    );
    expect(
      chooseJoinBase(
        { publicUrl: null, lanUrls: [] },
        { origin: 'http://localhost:3000', hostname: 'localhost' },
      ),
    ).toBe('http://localhost:3000');
  });

  it('builds the QR link and the short typed address from the base', () => {
    expect(joinUrl('482913', 'http://192.168.1.20:3000')).toBe('http://192.168.1.20:3000/join/482913');
    expect(joinAddress('https://majlis.example.org')).toBe('majlis.example.org/join');
  });

  it('puts the join link’s key in the fragment, so it never reaches a server log', () => {
    expect(joinUrl('482913', 'http://192.168.1.20:3000', 'AbC-_12345678901')).toBe(
      'http://192.168.1.20:3000/join/482913#k=AbC-_12345678901',
    );
    expect(joinUrl('482913', 'http://h', null)).toBe('http://h/join/482913');
  });
});
