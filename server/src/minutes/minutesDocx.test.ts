/**
 * The Word minutes, unzipped and read as XML: right-to-left where the text is Arabic, every table
 * there, user text escaped, only safe links. When LibreOffice is installed, the file is also
 * converted to PDF and its text checked with pdftotext.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { buildMinutes, hasRtlText, type Locale, textDirection } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
// The fixtures are test-only modules of shared, deliberately not exported from its index.
import { hostileFixture, PAYLOADS } from '../../../shared/src/minutes/hostileFixture.js';
import { minutesFixture } from '../../../shared/src/minutes/minutesFixture.js';
import { minutesDocx } from './minutesDocx.js';

const run = promisify(execFile);

/** The files of a zip archive by name (stored or deflated entries, as docx writes them). */
function unzip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return files;
}

const decode = (s: string): string =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The text of some XML: its `w:t` elements joined. */
const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join('');

/** The paragraphs and runs of a WordprocessingML part. */
const paragraphs = (xml: string): string[] => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
const runsOf = (p: string): string[] => p.match(/<w:r>[\s\S]*?<\/w:r>|<w:r [\s\S]*?<\/w:r>/g) ?? [];

async function docxOf(locale: Locale, hostile = false) {
  const { doc, ctx } = hostile ? hostileFixture(locale) : minutesFixture(locale);
  const m = buildMinutes(doc, ctx);
  const buffer = await minutesDocx(m);
  const files = unzip(buffer);
  const part = (name: string) => files.get(name)?.toString('utf8') ?? '';
  return { m, buffer, files, document: part('word/document.xml'), part };
}

/** The tables of the document, each as its header row's text. */
const tableHeaders = (xml: string): string[] =>
  (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) =>
    textOf(t.match(/<w:tr>[\s\S]*?<\/w:tr>/)?.[0] ?? ''),
  );

describe('minutesDocx', () => {
  it('writes Arabic paragraphs right to left, and every Arabic run right to left', async () => {
    const { document, m } = await docxOf('ar');
    expect(m.dir).toBe('rtl');
    const withArabic = paragraphs(document).filter((p) => hasRtlText(textOf(p)));
    expect(withArabic.length).toBeGreaterThan(50);
    for (const p of withArabic) {
      expect(p, textOf(p)).toContain('<w:bidi/>');
      for (const r of runsOf(p).filter((r) => hasRtlText(textOf(r)))) {
        expect(r).toContain('<w:rtl/>');
        expect(r).toMatch(/<w:rFonts [^>]*w:cs="Arial"/);
      }
    }
    // Tables read right to left too.
    expect(document.match(/<w:bidiVisual\/>/g)?.length).toBe(document.match(/<w:tbl>/g)?.length);
  });

  it('gives each paragraph of the English minutes the direction of its own text', async () => {
    const { document } = await docxOf('en');
    for (const p of paragraphs(document)) {
      const text = textOf(p);
      if (text === '') continue;
      expect(p.includes('<w:bidi/>'), text).toBe(textDirection(text, 'ltr') === 'rtl');
      for (const r of runsOf(p).filter((r) => hasRtlText(textOf(r)))) expect(r).toContain('<w:rtl/>');
    }
    // The mixed title: an English paragraph with an Arabic run in it.
    const mixed = paragraphs(document).find((p) => textOf(p).startsWith('3. Open data platform'));
    expect(mixed).toBeDefined();
    expect(mixed).not.toContain('<w:bidi/>');
    expect(runsOf(mixed ?? '').some((r) => r.includes('<w:rtl/>') && textOf(r).includes('منصة'))).toBe(true);
    expect(document).not.toContain('<w:bidiVisual/>');
  });

  it('has every expected table, headings per stage, A4 and page numbers', async () => {
    const { document, part } = await docxOf('en');
    const headers = tableHeaders(document);
    expect(headers).toEqual([
      'GroupCount',
      'NameOrganizationGroup',
      'RankItemPoints',
      'RankItemPoints',
      'RankItemPoints',
      'RankItemImpactFeasibilityWeighted totalResponses',
      'RankItemImpactFeasibilityWeighted totalResponses',
      'ActionOwnerOrganizationDueStatusLinked itemsSDGs',
      'ActionOwnerOrganizationDueStatusLinked itemsSDGs',
      'GoalItemsVotes',
    ]);
    const headings = paragraphs(document)
      .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
      .map(textOf);
    expect(headings).toEqual([
      'Attendance',
      'Agenda',
      "1. Review of the first review's priorities",
      '2. Brainstorm local priorities',
      '3. Dot vote',
      '4. Impact × feasibility scoring',
      '5. Decisions and action items',
      'Workshop decisions and action items',
      'SDG summary',
      'Appendix: audit log',
    ]);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footer = [...Array(3).keys()].map((i) => part(`word/footer${i + 1}.xml`)).join('');
    expect(footer).toContain('PAGE');
    expect(textOf(footer)).toContain('Page');
    expect(document).toContain('9f2c4e1a7b3d5f6089a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8');
  });

  it('keeps the notes: heading, bold, bullet list and a safe link', async () => {
    const { document, part } = await docxOf('en');
    const highlight = paragraphs(document).find((p) => textOf(p) === 'Highlights');
    expect(highlight).toContain('<w:pStyle w:val="Heading3"/>');
    const bold = runsOf(document).find((r) => textOf(r) === 'public transport');
    expect(bold).toContain('<w:b/>');
    expect(document).toContain('<w:hyperlink');
    expect(part('word/_rels/document.xml.rels')).toContain(
      'https://sdgs.un.org/topics/voluntary-local-reviews',
    );
    const bullets = paragraphs(document).filter((p) => p.includes('<w:numPr>'));
    expect(bullets.map(textOf)).toContain('Link the outer districts to the centre');
  });

  it('writes hostile text as text: escaped, and no unsafe link', async () => {
    const { document, part } = await docxOf('en', true);
    expect(document).not.toMatch(/<script|<img/);
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const text = textOf(document);
    for (const payload of PAYLOADS) {
      for (const line of payload.split(/\r\n|\r|\n/)) expect(text).toContain(line.replaceAll('\t', ' '));
    }
    expect(part('word/_rels/document.xml.rels')).not.toContain('javascript:');
  });

  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));

  /**
   * pdftotext gives Arabic in a form of its own: bidi control characters around runs, a lam-alef
   * ligature as alef then lam, and a shadda or other mark split off its letter. So the PDF's text
   * loses its controls, an expected word has its lam-alef swapped the same way, and words carrying
   * a mark are left out (the title has one, عمّان).
   */
  const pdfWords = (s: string): string[] =>
    s
      .replace(/[()«»:]/g, ' ')
      .split(/\s+/)
      .filter((w) => w !== '' && !/\p{M}/u.test(w))
      .map((w) => w.replace(/ل([اأإآ])/g, '$1ل'));

  it.skipIf(!soffice || !pdftotext)(
    'opens in LibreOffice: the PDF holds the title and every action item, in Arabic and in English',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'majlis-docx-'));
      try {
        const made = await Promise.all((['ar', 'en'] as const).map((locale) => docxOf(locale)));
        const files = (['ar', 'en'] as const).map((locale) => join(dir, `minutes.${locale}.docx`));
        await Promise.all(made.map((d, i) => writeFile(files[i] as string, d.buffer)));
        await run(
          soffice as string,
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            ...files,
          ],
          { timeout: 110_000 },
        );
        for (const [i, locale] of (['ar', 'en'] as const).entries()) {
          const { m } = made[i] as (typeof made)[number];
          const pdf = join(dir, `minutes.${locale}.pdf`);
          const { stdout } = await run(pdftotext as string, ['-layout', pdf, '-']);
          const text = stdout.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
          const actions = [...m.actions, ...m.stages.flatMap((s) => s.actions)];
          expect(actions).toHaveLength(2);
          for (const expected of [m.title, ...actions.map((a) => a.text)])
            for (const w of pdfWords(expected)) expect(text, `${locale}: ${expected}`).toContain(w);
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
