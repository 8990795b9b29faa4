import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.js';
import { MAX_IMPORT_ROWS, parseItemImport } from './parseItemImport.js';

describe('parseItemImport', () => {
  it('reads a CSV with a BOM, quotes, CRLF and SDG lists', () => {
    const csv =
      '\ufefftitle,description,sdgs\r\n' +
      '"Extend the bus rapid transit network","Phase 2, east",11;9\r\n' +
      'توسيع شبكة الحافلات,,"11, 9, 11"\r\n' +
      '"He said ""green""",,SDG 13\r\n';
    const result = parseItemImport(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, title: 'Extend the bus rapid transit network', description: 'Phase 2, east', sdgs: [9, 11] },
      { line: 3, title: 'توسيع شبكة الحافلات', description: '', sdgs: [9, 11] },
      { line: 4, title: 'He said "green"', description: '', sdgs: [13] },
    ]);
  });

  it('detects semicolon-separated CSV as Excel writes it in Arabic locales', () => {
    const result = parseItemImport('العنوان;الأهداف\nالحد من فاقد المياه;6\n');
    expect(result.rows).toEqual([{ line: 2, title: 'الحد من فاقد المياه', description: '', sdgs: [6] }]);
  });

  it('names each bad row and keeps the good ones', () => {
    const csv = `title,sdgs\nGood,3\n,4\nBad goal,18\nToo long,${''}\n${'x'.repeat(LIMITS.itemTitle + 1)},1\n`;
    const result = parseItemImport(csv);
    expect(result.rows.map((r) => r.title)).toEqual(['Good', 'Too long']);
    expect(result.errors).toEqual([
      { line: 3, code: 'titleEmpty', message: 'The title is empty.' },
      { line: 4, code: 'sdg', params: { value: '18' }, message: '"18" is not an SDG number (1–17).' },
      {
        line: 6,
        code: 'titleLong',
        params: { max: String(LIMITS.itemTitle) },
        message: `The title is longer than ${LIMITS.itemTitle} characters.`,
      },
    ]);
  });

  it('refuses a CSV without a title column', () => {
    expect(parseItemImport('name,goal\na,1\n').errors[0]?.message).toMatch(/title/);
  });

  it('reads JSON arrays of objects or strings, and the kit’s previousPriorities in either language', () => {
    const kit = JSON.stringify({
      previousPriorities: [
        { ar: 'توسيع شبكة الحافلات سريعة التردد', en: 'Extend the bus rapid transit network', sdgs: [11, 9] },
        { ar: 'الحد من فاقد المياه في الشبكة', en: 'Reduce water losses in the network', sdgs: [6] },
      ],
    });
    expect(parseItemImport(kit, { language: 'en' }).rows.map((r) => r.title)).toEqual([
      'Extend the bus rapid transit network',
      'Reduce water losses in the network',
    ]);
    expect(parseItemImport(kit, { language: 'ar' }).rows[0]).toEqual({
      line: 1,
      title: 'توسيع شبكة الحافلات سريعة التردد',
      description: '',
      sdgs: [9, 11],
    });
    const mixed = parseItemImport('["Plain string", 42, null, {"title": "ok", "sdgs": [0]}]');
    expect(mixed.rows.map((r) => r.title)).toEqual(['Plain string']);
    expect(mixed.errors.map((e) => e.line)).toEqual([2, 3, 4]);
  });

  it('explains malformed JSON, empty files, oversized files and too many rows', () => {
    expect(parseItemImport('[{"title": ').errors[0]?.message).toMatch(/not valid JSON/);
    expect(parseItemImport('  ').errors[0]?.message).toBe('The file is empty.');
    expect(parseItemImport('x'.repeat(1_000_001)).errors[0]?.message).toMatch(/larger than 1 MB/);
    const many = parseItemImport(
      JSON.stringify(Array.from({ length: MAX_IMPORT_ROWS + 5 }, (_, i) => `idea ${i}`)),
    );
    expect(many.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(many.errors[0]).toMatchObject({ code: 'tooMany', params: { max: '500' } });
    expect(many.errors[0]?.message).toMatch(/first 500/);
  });

  it('refuses control characters in imported text', () => {
    const result = parseItemImport('[{"title": "a\\u0007b"}]');
    expect(result.errors[0]?.message).toMatch(/control characters/);
  });
});
