import { parseItemImport } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translate';
import { importMessage } from './importMessage';

/** Every sentence the shared parser writes must have an Arabic version, or an Arabic console shows English. */
describe('importMessage', () => {
  const ar = translatorFor('ar');
  const samples = [
    parseItemImport('title\n\n'),
    parseItemImport(`title\n${'x'.repeat(300)}`),
    parseItemImport('title\nbad\u0007title'),
    parseItemImport(`title,description\nok,${'x'.repeat(3000)}`),
    parseItemImport('title,sdgs\nok,18'),
    parseItemImport(''),
    parseItemImport('[{"title": "x"'),
    parseItemImport('{"nothing": 1}'),
    parseItemImport('name\nok'),
    parseItemImport('[1]'),
    parseItemImport(`title\n${'ok\n'.repeat(501)}`),
  ];
  it('translates each of them', () => {
    const messages = samples.flatMap((r) => r.errors.map((e) => e.message));
    expect(messages.length).toBeGreaterThanOrEqual(10);
    for (const message of messages) expect(importMessage(ar, message)).not.toBe(message);
  });
});
