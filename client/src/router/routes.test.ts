import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes';

describe('routes of the people screens', () => {
  it('opens the invitation page with or without a code, and the badges of a workshop', () => {
    expect(matchRoute('/i')).toEqual({ name: 'invite', code: null });
    expect(matchRoute('/i/ABCDE-12345')).toEqual({ name: 'invite', code: 'ABCDE-12345' });
    expect(matchRoute('/i/a/b')).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/ws_abc123/badges')).toEqual({ name: 'badges', workshopId: 'ws_abc123' });
  });

  it('builds the links the console and badges use', () => {
    expect(paths.invite('ABCDE-12345')).toBe('/i/ABCDE-12345');
    expect(paths.badges('ws_abc123', 'f.ws_abc123.s3cr3t', 'ar')).toBe(
      '/w/ws_abc123/badges?locale=ar#key=f.ws_abc123.s3cr3t',
    );
    expect(matchRoute(paths.badges('ws_abc123').split('?')[0] ?? '')).toEqual({
      name: 'badges',
      workshopId: 'ws_abc123',
    });
  });
});
