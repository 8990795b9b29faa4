import { IMPORT_ERROR_CODES, parseItemImport } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { importMessage } from './importMessage';

describe('importMessage', () => {
  it('has a translation for every code the parser can give, in both languages', () => {
    for (const lang of ['ar', 'en'] as const) {
      const t = translatorFor(lang);
      for (const code of IMPORT_ERROR_CODES) {
        const text = importMessage(t, { code, params: { max: '200', value: '18' } });
        expect(text).not.toBe(`import.error.${code}`);
        expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
      }
    }
  });

  it('fills in the values of a real parse in Arabic', () => {
    const [error] = parseItemImport('title,sdgs\nok,18').errors;
    expect(error && importMessage(translatorFor('ar'), error)).toContain('18');
  });
});
