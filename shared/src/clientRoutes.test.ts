import { describe, expect, it } from 'vitest';
import { matchRoute } from './clientRoutes.js';

describe('matchRoute', () => {
  it('opens each screen from its path', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/join')).toEqual({ name: 'join', code: null });
    expect(matchRoute('/join/123456')).toEqual({ name: 'join', code: '123456' });
    for (const name of ['facilitate', 'board', 'me', 'scribe', 'minutes'] as const)
      expect(matchRoute(`/w/abc_1-2/${name}`)).toEqual({ name, workshopId: 'abc_1-2' });
  });

  it('finds no screen for other paths', () => {
    for (const path of [
      '/wp-login.php',
      '/.env',
      '/w/x/unknown',
      '/w/x',
      '/w/x/board/y',
      '/join/1/2',
      '/assets/a.js',
    ])
      expect(matchRoute(path), path).toEqual({ name: 'notFound' });
    expect(matchRoute('/w/%E0%A4%A/board')).toEqual({ name: 'notFound' });
  });
});
