import { VOTE_KINDS } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { ar } from '../../i18n/ar';
import { en } from '../../i18n/en';
import { KIND_MESSAGES, KIND_WORDS } from './resultsParts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The words are typed so that a language missing a key, or having one more, does not compile; this
// checks the same at run time, and what the types cannot see: two kinds, or a kind and the app,
// claiming one key (the dictionaries would keep only one of them).
describe("the vote kinds' own words", () => {
  it('holds every vote kind', () => {
    expect(Object.keys(KIND_WORDS).sort()).toEqual([...VOTE_KINDS].sort());
  });

  it.each(VOTE_KINDS)('%s has the same keys and placeholders in both languages, none empty', (kind) => {
    const words = KIND_WORDS[kind];
    expect(Object.keys(words.ar).sort()).toEqual(Object.keys(words.en).sort());
    for (const [key, text] of Object.entries(words.en)) {
      const arabic = (words.ar as Record<string, string>)[key] ?? '';
      expect({ key, ar: placeholders(arabic) }).toEqual({ key, ar: placeholders(text) });
      expect(text.trim()).not.toBe('');
      expect(arabic.trim()).not.toBe('');
    }
  });

  it('claims each key once, and reaches both dictionaries as it is', () => {
    const keys = VOTE_KINDS.flatMap((kind) => Object.keys(KIND_WORDS[kind].en));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(KIND_MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const kind of VOTE_KINDS) {
      expect(en).toMatchObject(KIND_WORDS[kind].en);
      expect(ar).toMatchObject(KIND_WORDS[kind].ar);
    }
  });
});
