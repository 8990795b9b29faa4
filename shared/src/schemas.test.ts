import { describe, expect, it } from 'vitest';
import { idSchema, longText, sdgSchema } from './fields.js';
import { STAKEHOLDER_GROUPS } from './groups.js';
import { createWorkshopBody, joinBody } from './httpBodies.js';
import { LIMITS } from './limits.js';

const validWorkshop = { title: 'الاستعراض المحلي الطوعي', locale: 'ar' };
const validJoin = { code: '482 913', name: 'Amina', organization: 'UN-Habitat', group: 'un_agency' };

describe('createWorkshopBody', () => {
  it('accepts a title and a locale, the template being optional', () => {
    expect(createWorkshopBody.parse(validWorkshop)).toEqual(validWorkshop);
    expect(createWorkshopBody.parse({ ...validWorkshop, template: 'vlr' }).template).toBe('vlr');
    expect(createWorkshopBody.parse({ ...validWorkshop, template: 'blank' }).template).toBe('blank');
  });

  it('trims the title', () => {
    expect(createWorkshopBody.parse({ ...validWorkshop, title: '  VLR 2025 \n' }).title).toBe('VLR 2025');
  });

  it('accepts a title of exactly the limit and refuses one character more', () => {
    const atLimit = 'ع'.repeat(LIMITS.workshopTitle);
    expect(createWorkshopBody.safeParse({ ...validWorkshop, title: atLimit }).success).toBe(true);
    expect(createWorkshopBody.safeParse({ ...validWorkshop, title: `${atLimit}x` }).success).toBe(false);
  });

  it('measures the limit after trimming', () => {
    const title = ` ${'a'.repeat(LIMITS.workshopTitle)} `;
    expect(createWorkshopBody.parse({ ...validWorkshop, title }).title).toHaveLength(LIMITS.workshopTitle);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only a newline', '\n'],
  ])('refuses a title that is %s', (_label, title) => {
    expect(createWorkshopBody.safeParse({ ...validWorkshop, title }).success).toBe(false);
  });

  it.each([
    ['a newline inside', 'line one\nline two'],
    ['a tab inside', 'a\tb'],
    ['a NUL', 'a\u0000b'],
    ['an escape sequence', 'a\u001b[2Jb'],
  ])('refuses a title with %s', (_label, title) => {
    const result = createWorkshopBody.safeParse({ ...validWorkshop, title });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must not contain control characters');
  });

  it.each([
    ['an unknown locale', { locale: 'fr' }],
    ['an unknown template', { template: 'retro' }],
    ['a title that is not a string', { title: 42 }],
    ['an extra key', { facilitatorKey: 'f.abcdef.secret' }],
  ])('refuses %s', (_label, change) => {
    expect(createWorkshopBody.safeParse({ ...validWorkshop, ...change }).success).toBe(false);
  });

  it('refuses a body without a locale or without a title', () => {
    expect(createWorkshopBody.safeParse({ title: 'x' }).success).toBe(false);
    expect(createWorkshopBody.safeParse({ locale: 'en' }).success).toBe(false);
    expect(createWorkshopBody.safeParse(null).success).toBe(false);
  });

  it('refuses a __proto__ key sent in JSON', () => {
    const body = JSON.parse('{"title":"x","locale":"en","__proto__":{"admin":true}}');
    expect(createWorkshopBody.safeParse(body).success).toBe(false);
  });
});

describe('joinBody', () => {
  it('accepts a full body and keeps the code as typed', () => {
    expect(joinBody.parse({ ...validJoin, locale: 'en' })).toEqual({ ...validJoin, locale: 'en' });
  });

  it('accepts a body without organization and locale', () => {
    expect(joinBody.parse({ code: '482913', name: 'Omar', group: 'community' })).toEqual({
      code: '482913',
      name: 'Omar',
      group: 'community',
    });
  });

  it('accepts an empty organization', () => {
    expect(joinBody.parse({ ...validJoin, organization: '' }).organization).toBe('');
  });

  it('trims the name and the organization', () => {
    const parsed = joinBody.parse({ ...validJoin, name: '  سارة  ', organization: ' UNDP ' });
    expect(parsed.name).toBe('سارة');
    expect(parsed.organization).toBe('UNDP');
  });

  it('accepts every stakeholder group and refuses anything else', () => {
    for (const group of STAKEHOLDER_GROUPS) {
      expect(joinBody.safeParse({ ...validJoin, group }).success).toBe(true);
    }
    for (const group of ['press', 'GOVERNMENT', '', undefined, 0]) {
      expect(joinBody.safeParse({ ...validJoin, group }).success).toBe(false);
    }
  });

  it('refuses an unknown locale', () => {
    expect(joinBody.safeParse({ ...validJoin, locale: 'fa' }).success).toBe(false);
  });

  it('bounds the name at its limit', () => {
    const atLimit = 'n'.repeat(LIMITS.participantName);
    expect(joinBody.safeParse({ ...validJoin, name: atLimit }).success).toBe(true);
    expect(joinBody.safeParse({ ...validJoin, name: `${atLimit}n` }).success).toBe(false);
  });

  it('bounds the organization at its limit', () => {
    const atLimit = 'o'.repeat(LIMITS.organization);
    expect(joinBody.safeParse({ ...validJoin, organization: atLimit }).success).toBe(true);
    expect(joinBody.safeParse({ ...validJoin, organization: `${atLimit}o` }).success).toBe(false);
  });

  it('bounds the raw code at 20 characters', () => {
    expect(joinBody.safeParse({ ...validJoin, code: '4-8-2-9-1-3 '.padEnd(20, ' ') }).success).toBe(true);
    expect(joinBody.safeParse({ ...validJoin, code: '1'.repeat(21) }).success).toBe(false);
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a blank name', { name: ' \t ' }],
    ['a name with a newline', { name: 'Amina\nAdmin' }],
    ['a name with a DEL', { name: 'Amina\u007f' }],
    ['an organization with a newline', { organization: 'UN\nHabitat' }],
    ['a code that is not a string', { code: 482913 }],
    ['an extra key', { role: 'facilitator' }],
  ])('refuses %s', (_label, change) => {
    expect(joinBody.safeParse({ ...validJoin, ...change }).success).toBe(false);
  });

  // Regression: an optional field typed as only spaces should count as empty, not fail with "must not be empty".
  it('treats an organization of only spaces as empty', () => {
    expect(joinBody.safeParse({ ...validJoin, organization: '   ' }).success).toBe(true);
  });
});

describe('longText', () => {
  const description = longText(LIMITS.itemDescription);

  it('keeps newlines, tabs and carriage returns inside the text and trims the ends', () => {
    expect(description.parse('  first\r\n\tsecond\n')).toBe('first\r\n\tsecond');
  });

  it('may be empty', () => {
    expect(description.parse('   ')).toBe('');
  });

  it('refuses other control characters', () => {
    expect(description.safeParse('a\u0000b').success).toBe(false);
    expect(description.safeParse('a\u000bb').success).toBe(false);
  });

  it('accepts exactly the limit and refuses one more', () => {
    const atLimit = 'x\n'.repeat(LIMITS.itemDescription / 2 - 1).concat('xx');
    expect(atLimit).toHaveLength(LIMITS.itemDescription);
    expect(description.safeParse(atLimit).success).toBe(true);
    expect(description.safeParse(`${atLimit}x`).success).toBe(false);
  });
});

describe('idSchema and sdgSchema', () => {
  it('accepts ids of the server shape only', () => {
    expect(idSchema.safeParse('Ab3_-x').success).toBe(true);
    expect(idSchema.safeParse('short').success).toBe(false);
    expect(idSchema.safeParse('has space').success).toBe(false);
    expect(idSchema.safeParse(123456).success).toBe(false);
  });

  it('accepts goal numbers 1 to 17 only', () => {
    for (let n = 1; n <= 17; n++) expect(sdgSchema.safeParse(n).success).toBe(true);
    for (const n of [0, 18, -1, 1.5, Number.NaN, '3', null])
      expect(sdgSchema.safeParse(n).success).toBe(false);
  });
});
