import { isAbsolute, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: resolve('./data'),
      publicUrl: undefined,
      redisUrl: undefined,
      logLevel: 'info',
      trustProxy: false,
    });
    expect(isAbsolute(config.clientDist)).toBe(true);
    expect(config.clientDist.endsWith('/client/dist')).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/majlis',
      PUBLIC_URL: 'https://majlis.example.org',
      REDIS_URL: 'redis://cache:6379',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
      CLIENT_DIST: '/srv/client',
      MAX_DOC_BYTES: '2000000',
      SHED_LAG_MS: '300',
      MAX_PARTICIPANTS: '100',
      MAX_ITEMS_PER_STAGE: '500',
      MAX_ITEMS_PER_PARTICIPANT: '10',
      ENDED_TOKEN_GRACE_HOURS: '2.5',
      METRICS_TOKEN: 'scrape-0123456789abcdef',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/majlis',
      publicUrl: 'https://majlis.example.org',
      redisUrl: 'redis://cache:6379',
      logLevel: 'warn',
      trustProxy: 1,
      clientDist: '/srv/client',
      maxDocBytes: 2_000_000,
      shedLagMs: 300,
      maxParticipants: 100,
      maxItemsPerStage: 500,
      maxItemsPerParticipant: 10,
      endedGraceMs: 9_000_000,
      metricsToken: 'scrape-0123456789abcdef',
    });
  });

  it('refuses a METRICS_TOKEN that is short enough to guess, and reads an empty one as unset', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'secret' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_TOKEN: 'a long token with spaces' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({ METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
  });

  it('accepts port 0 (any free port) and 65535', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  it('drops trailing slashes from PUBLIC_URL so links can be appended', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://majlis.example.org/' }).publicUrl).toBe(
      'https://majlis.example.org',
    );
    expect(loadConfig({ PUBLIC_URL: 'http://host:8080/majlis///' }).publicUrl).toBe(
      'http://host:8080/majlis',
    );
  });

  it('reads an empty REDIS_URL as unset', () => {
    expect(loadConfig({ REDIS_URL: '' }).redisUrl).toBeUndefined();
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' }).port).toBe(3000);
  });

  it.each(['abc', '70000', '65536', '-1', '3.5', '80 tcp'])(
    'refuses PORT=%j with a message naming PORT',
    (port) => {
      expect(() => loadConfig({ PORT: port })).toThrow(/^Bad configuration:\n[\s\S]*PORT/);
    },
  );

  it('reads an empty PUBLIC_URL as unset', () => {
    expect(loadConfig({ PUBLIC_URL: '' }).publicUrl).toBeUndefined();
  });

  it.each(['not a url', 'majlis.example.org', '/relative/path'])(
    'refuses PUBLIC_URL=%j with a message naming PUBLIC_URL',
    (url) => {
      expect(() => loadConfig({ PUBLIC_URL: url })).toThrow(/^Bad configuration:\n[\s\S]*PUBLIC_URL/);
    },
  );

  it('refuses a bad LOG_LEVEL, TRUST_PROXY or empty HOST', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ HOST: '' }).host).toBe('0.0.0.0'); // empty means unset
  });

  it('reads TRUST_PROXY as off, a hop count, or a list of proxy addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8,192.0.2.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.7',
    ]);
  });

  it.each([
    ['true', /believe any X-Forwarded-For/],
    ['yes', /not a proxy address/],
    ['11', /hop count/],
    ['-1', /not a proxy address/],
    ['10.0.0.0/33', /not a proxy address/],
    ['10.0.0.256', /not a proxy address/],
    ['loopback,,', /not a proxy address/],
    ['localhost', /not a proxy address/],
  ])('refuses TRUST_PROXY=%j at start-up, saying why', (value, why) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(why);
  });

  it('reads the grace period after a workshop ends in hours, 24 by default', () => {
    expect(loadConfig({}).endedGraceMs).toBe(24 * 3_600_000);
    expect(loadConfig({ ENDED_TOKEN_GRACE_HOURS: '0' }).endedGraceMs).toBe(0);
    expect(() => loadConfig({ ENDED_TOKEN_GRACE_HOURS: '-1' })).toThrow(/ENDED_TOKEN_GRACE_HOURS/);
    expect(() => loadConfig({ ENDED_TOKEN_GRACE_HOURS: 'a day' })).toThrow(/ENDED_TOKEN_GRACE_HOURS/);
  });

  it('lists every bad variable in one error', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'http', PUBLIC_URL: 'nope', LOG_LEVEL: 'loud' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/PUBLIC_URL/);
    expect(message).toMatch(/LOG_LEVEL/);
  });

  // Regression: z.coerce.number() turns '' into 0, so `PORT=` (set but empty, common in compose files) makes the
  // server listen on a random port instead of 3000 or refusing to start.
  it('does not read an empty PORT as port 0', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  // Regression: any URL scheme passes, and PUBLIC_URL is the base of the join and board links handed out.
  it('refuses a PUBLIC_URL that is not http or https', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });
});
