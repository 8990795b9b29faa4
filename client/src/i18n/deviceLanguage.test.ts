import { describe, expect, it } from 'vitest';
import { browserLanguage, resolveLanguage } from './deviceLanguage';

describe('the interface language', () => {
  it('keeps an English phone English in an Arabic workshop, and the reverse', () => {
    expect(resolveLanguage({ imposed: null, chosen: null, device: 'en', suggested: 'ar' })).toBe('en');
    expect(resolveLanguage({ imposed: null, chosen: null, device: 'ar', suggested: 'en' })).toBe('ar');
  });

  it('follows the workshop only when the device speaks neither language, and a choice over both', () => {
    expect(resolveLanguage({ imposed: null, chosen: null, device: null, suggested: 'ar' })).toBe('ar');
    expect(resolveLanguage({ imposed: null, chosen: null, device: null, suggested: null })).toBe('en');
    expect(resolveLanguage({ imposed: null, chosen: 'ar', device: 'en', suggested: 'en' })).toBe('ar');
    expect(resolveLanguage({ imposed: 'en', chosen: 'ar', device: 'ar', suggested: 'ar' })).toBe('en');
  });

  it('reads the first preferred language the app speaks', () => {
    expect(browserLanguage(['fr-FR', 'ar-JO', 'en'])).toBe('ar');
    expect(browserLanguage(['en-GB'])).toBe('en');
    expect(browserLanguage(['fr', 'de'])).toBeNull();
  });
});
