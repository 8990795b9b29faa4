import { describe, expect, it } from 'vitest';
import { linkHref } from './linkHref';

describe('linkHref', () => {
  it('keeps http, https and mailto addresses', () => {
    expect(linkHref('https://amman.jo/vlr')).toBe('https://amman.jo/vlr');
    expect(linkHref(' http://example.org ')).toBe('http://example.org');
    expect(linkHref('mailto:vlr@amman.jo')).toBe('mailto:vlr@amman.jo');
  });

  it('adds https to a bare host and mailto to a bare e-mail address', () => {
    expect(linkHref('sdgs.un.org/goals')).toBe('https://sdgs.un.org/goals');
    expect(linkHref('vlr@amman.jo')).toBe('mailto:vlr@amman.jo');
  });

  it('refuses other schemes and empty input', () => {
    expect(linkHref('javascript:alert(1)')).toBeNull();
    expect(linkHref('JavaScript:alert(1)')).toBeNull();
    expect(linkHref('data:text/html,<b>x</b>')).toBeNull();
    expect(linkHref('ftp://example.org')).toBeNull();
    expect(linkHref('   ')).toBeNull();
    expect(linkHref('two words')).toBeNull();
  });
});
