/**
 * Golden files for the Markdown minutes in both languages, and escaping: no user text becomes HTML,
 * a link, emphasis, a heading, a list, a table cell or a code fence. Rewrite the goldens with
 * `UPDATE_SNAPSHOT=1 npx vitest run --project shared minutes` (or vitest's `-u`).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale.js';
import { buildMinutes } from './buildMinutes.js';
import { hostileFixture, PAYLOADS } from './hostileFixture.js';
import { escapeMarkdownLine, markdownLines, notesMarkdownLines } from './markdownText.js';
import { minutesFixture } from './minutesFixture.js';
import { renderMarkdown } from './renderMarkdown.js';

const minutesOf = (locale: 'ar' | 'en') => {
  const { doc, ctx } = minutesFixture(locale);
  return buildMinutes(doc, ctx);
};

/** Drops what is inert (fenced blocks, escaped characters, code spans) so only live syntax remains. */
function liveSyntax(md: string): string {
  const out: string[] = [];
  let fence = '';
  for (const line of md.split('\n')) {
    const open = /^\s*(`{3,})/.exec(line)?.[1];
    if (fence !== '') {
      if (open !== undefined && open.length >= fence.length) fence = '';
    } else if (open !== undefined) fence = open;
    else out.push(line);
  }
  return out
    .join('\n')
    .replace(/\\[\s\S]/g, '')
    .replace(/(`+)[^`\n]*?\1/g, '');
}

describe('renderMarkdown', () => {
  for (const locale of LOCALES) {
    it(`matches the golden minutes in ${locale}`, async () => {
      await expect(renderMarkdown(minutesOf(locale))).toMatchFileSnapshot(`./golden/minutes.${locale}.md`);
    });
  }

  it('keeps the heading, list, bold and safe link of the notes', () => {
    const md = renderMarkdown(minutesOf('en'));
    expect(md).toContain('#### Highlights');
    expect(md).toContain('**public transport**');
    expect(md).toContain(
      '[VLR guide (الاستعراض المحلي)](<https://sdgs.un.org/topics/voluntary-local-reviews>)',
    );
    expect(md).toContain('- Link the outer districts to the centre');
  });

  it('leaves every payload inert', () => {
    const { doc, ctx } = hostileFixture('en');
    const md = renderMarkdown(buildMinutes(doc, ctx));
    const own = '](<https://sdgs.un.org/topics/voluntary-local-reviews>)';
    const live = liveSyntax(md.replaceAll(own, ']'));
    // No raw HTML or entity, no link but the minutes' own, no autolink scheme left unescaped.
    expect(live).not.toMatch(/<[a-z/!?]/i);
    expect(live).not.toMatch(/&[a-z#0-9]+;/i);
    expect(live).not.toMatch(/\]\(|\]\[/);
    expect(live).not.toMatch(/https?:\/\/|www\./i);
    // Every heading, list item, table row and fence line is the renderer's own.
    const headings = md.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(headings.every((h) => !/^#{1,6} heading/.test(h))).toBe(true);
    expect(md).not.toMatch(/^\s*(?:[-+]|\d+[.)]) (?:list|item|heading)/m);
    expect(md).not.toMatch(/^\s*={3}/m);
    for (const row of md.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = row.replace(/\\\|/g, '').split('|').length;
      expect(cells).toBeGreaterThanOrEqual(3);
    }
    expect(md).not.toMatch(/\| pipe \| cell \|/);
    // Fences: only those the renderer opened for code blocks, each closed by the same fence.
    const fences = md.split('\n').filter((l) => /^\s*`{3,}/.test(l));
    expect(fences.length % 2).toBe(0);
    // The payloads' text is all there, escaped.
    for (const payload of PAYLOADS) {
      const first = (payload.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '').trim();
      expect(md).toContain(escapeMarkdownLine(first).slice(1));
    }
  });

  it('keeps line breaks in user text as hard breaks that start no block', () => {
    expect(markdownLines('one\n- two\n# three\n1. four\n===')).toEqual([
      'one\\',
      '\\- two\\',
      '\\# three\\',
      '1\\. four\\',
      '\\===',
    ]);
  });

  it('fences a code block longer than any fence inside it', () => {
    const lines = notesMarkdownLines([{ type: 'code', text: 'a\n````\nb' }], 3);
    expect(lines).toEqual(['`````', 'a', '````', 'b', '`````']);
  });

  it('drops a link that is not http(s) or mailto', () => {
    const lines = notesMarkdownLines(
      [{ type: 'paragraph', inlines: [{ text: 'x', link: 'javascript:alert(1)' }] }],
      3,
    );
    expect(lines).toEqual(['x']);
  });
});
