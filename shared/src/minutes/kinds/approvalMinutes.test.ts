/**
 * The minutes of an approval vote in both languages: golden Markdown and votes CSV from their own
 * small workshop (approvalFixture.ts), so the goldens of the demo workshop stay as they are.
 * Rewrite them with `UPDATE_SNAPSHOT=1 npx vitest run --project shared minutes` (or vitest's `-u`).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../locale.js';
import { APPROVAL_STAGES, approvalFixture } from '../approvalFixture.js';
import { buildMinutes } from '../buildMinutes.js';
import { renderCsv } from '../renderCsv.js';
import { renderMarkdown } from '../renderMarkdown.js';

const minutesOf = (locale: 'ar' | 'en') => {
  const { doc, ctx } = approvalFixture(locale);
  return buildMinutes(doc, ctx);
};
const voteOf = (locale: 'ar' | 'en') =>
  minutesOf(locale).stages.find((s) => s.id === APPROVAL_STAGES.approval)?.vote;

describe('the minutes of an approval vote', () => {
  it('names the method and its settings', () => {
    expect(voteOf('en')).toMatchObject({
      kind: 'approval',
      method: 'Approval voting',
      settings: [
        'On the items of: “Ideas for the public park”',
        'Each participant approves any number of the items, or none',
        'Anonymous',
        'Results hidden until reveal',
      ],
      shownToRoom: true,
      turnout: 7,
    });
    expect(voteOf('ar')).toMatchObject({ method: 'التصويت بالموافقة' });
  });

  it('ranks the items by approvals with the share of voters, ties sharing a rank', () => {
    expect(voteOf('en')?.overall).toEqual({
      columns: ['Rank', 'Item', 'Approvals', 'Share of voters'],
      rows: [
        ['1', 'Shade over the paths', '6', '86%'],
        ['2=', 'Drinking fountains', '3', '43%'],
        ['2=', 'A playground', '3', '43%'],
        ['4', 'Open the park at night', '0', '0%'],
      ],
    });
    expect(voteOf('ar')?.overall?.columns).toEqual(['الترتيب', 'البند', 'الموافقات', 'نسبة المصوّتين']);
  });

  it('gives each shown group its own share of its own voters', () => {
    const byGroup = voteOf('en')?.byGroup ?? [];
    expect(byGroup.map((g) => [g.group, g.voters])).toEqual([
      ['Community and youth', 3],
      ['Other and smaller groups (pooled)', 4],
    ]);
    expect(byGroup[0]?.table.rows[0]).toEqual(['1', 'Shade over the paths', '3', '100%']);
  });

  it('adds nothing to the SDG summary’s votes: approvals are not points', () => {
    expect(minutesOf('en').sdgSummary).toEqual([expect.objectContaining({ sdg: 11, items: 4, votes: 0 })]);
  });

  for (const locale of LOCALES) {
    it(`matches the golden Markdown in ${locale}`, async () => {
      await expect(renderMarkdown(minutesOf(locale))).toMatchFileSnapshot(`../golden/approval.${locale}.md`);
    });

    it(`matches the golden votes table in ${locale}`, async () => {
      await expect(renderCsv(minutesOf(locale), 'votes')).toMatchFileSnapshot(
        `../golden/approval-votes.${locale}.csv`,
      );
    });
  }
});
