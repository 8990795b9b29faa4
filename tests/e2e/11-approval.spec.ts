/**
 * Approval voting in the room (issue 10): the facilitator sets the VLR template's dot stage to an
 * approval vote by its kind alone, an Arabic phone approves two priorities and an English phone
 * approves none of them ("none of these" is a ballot, and the button says so). After the reveal the
 * Arabic board and the English console show each priority's approvals and its share of the voters.
 * Priorities are titled in English on the Arabic screens. axe-core on the ballot, board and console.
 */
import type { VoteResults, WorkshopSummary } from '@majlis/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, command, connectSocket, createWorkshop } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PHONE, PROJECTOR, screenshot } from './support/browser.js';
import { expectAccessible, joinPhone, type Lang } from './support/flows.js';

const L = {
  ar: { approve: 'أوافق على: ', send: 'أرسل صوتي', none: 'أرسل: لا أوافق على أيٍّ منها', in: 'وصل صوتك' },
  en: { approve: 'Approve: ', send: 'Submit my vote', none: 'Submit: I approve none', in: 'Your vote is in' },
} as const;

const IDEAS = ['Safe walking routes around schools', 'Solar street lighting', 'Flood early-warning system'];

function approveButton(page: Page, lang: Lang, title: string) {
  return page.getByRole('button', { name: `${L[lang].approve}${title}` });
}

describe('an approval vote', () => {
  const suite = useBrowserAndApp();

  it('takes any number of approvals, none included, and shows approvals with their share', async () => {
    const created = await createWorkshop(suite.app.url, { title: 'ورشة الموافقة', locale: 'ar' });
    const { body: summary } = await api<WorkshopSummary>(suite.app.url, `/api/workshops/${created.id}`, {
      token: created.facilitatorKey,
    });
    const [, brainstorm, dots] = summary.stages;
    const voteId = dots?.id as string;
    const facilitator = await connectSocket(suite.app.url, created.facilitatorKey);
    for (const title of IDEAS)
      await command(facilitator, 'item:add', { stageId: brainstorm?.id as string, title });
    expect(
      await command(facilitator, 'vote:configure', { stageId: voteId, settings: { kind: 'approval' } }),
    ).toMatchObject({ ok: true });
    await command(facilitator, 'stage:goto', { stageId: voteId });
    expect(await command(facilitator, 'vote:open', { stageId: voteId })).toMatchObject({ ok: true });

    const board = await (await newDevice(suite.browser, PROJECTOR, 'ar')).newPage();
    await board.goto(created.links.board);
    const console_ = await (await newDevice(suite.browser, LAPTOP, 'en')).newPage();
    await console_.goto(created.links.facilitate);

    const ar = await joinPhone(await newDevice(suite.browser, PHONE, 'ar'), created.links.join, {
      lang: 'ar',
      name: 'ليلى',
      group: 'government',
    });
    const en = await joinPhone(await newDevice(suite.browser, PHONE, 'en'), created.links.join, {
      lang: 'en',
      name: 'Omar',
      group: 'civil_society',
    });

    // Arabic: two approvals; the toggle says it is pressed, and the meter counts.
    for (const title of [IDEAS[0], IDEAS[2]] as string[]) await approveButton(ar, 'ar', title).click();
    await expect
      .poll(() => approveButton(ar, 'ar', IDEAS[0] as string).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await approveButton(ar, 'ar', IDEAS[1] as string).getAttribute('aria-pressed')).toBe('false');
    await ar.getByText('وافقت على 2 من 3').waitFor();
    await expectAccessible(ar, 'phone (ar), approval ballot');
    await screenshot(ar, 'p11-phone-ar-approval');
    await ar.getByRole('button', { name: L.ar.send }).click();
    await ar.getByText(L.ar.in).first().waitFor();

    // English: a change of mind back to none; the button says what is sent.
    await approveButton(en, 'en', IDEAS[1] as string).click();
    await en.getByRole('button', { name: L.en.send }).waitFor();
    await approveButton(en, 'en', IDEAS[1] as string).click();
    await en.getByText('Approved: 0 of 3').waitFor();
    await expectAccessible(en, 'phone (en), approval ballot, none approved');
    await screenshot(en, 'p11-phone-en-approval-none');
    await en.getByRole('button', { name: L.en.none }).click();
    await en.getByText(L.en.in).first().waitFor();

    const results = async () =>
      (
        await api<{ results: VoteResults }>(
          suite.app.url,
          `/api/workshops/${created.id}/stages/${voteId}/results`,
          { token: created.facilitatorKey },
        )
      ).body.results;
    await expect.poll(async () => (await results()).voters, { timeout: 10_000 }).toBe(2);
    const overall = (await results()).overall;
    expect(overall.kind).toBe('approval');
    if (overall.kind === 'approval')
      expect(overall.items.map((i) => [i.approvals, i.share])).toEqual([
        [1, 0.5],
        [1, 0.5],
        [0, 0],
      ]);

    await command(facilitator, 'vote:close', { stageId: voteId });
    await command(facilitator, 'vote:reveal', { stageId: voteId });

    // The board: each priority's approvals and the share of the two voters.
    const bars = board.locator('.results-bar');
    await expect.poll(() => bars.count(), { timeout: 10_000 }).toBe(3);
    const top = board.locator('.results-bar', { hasText: IDEAS[0] as string });
    await expect.poll(async () => (await top.textContent()) ?? '').toMatch(/50%/);
    expect(
      (await board.locator('.results-bar', { hasText: IDEAS[1] as string }).textContent()) ?? '',
    ).toMatch(/0%/);
    await expectAccessible(board, 'board (ar), approval results');
    await screenshot(board, 'p11-board-ar-approval-results');

    // The console: approvals in words, with the share beside them.
    const consoleTop = console_.locator('.vote-bar', { hasText: IDEAS[0] as string });
    await expect
      .poll(async () => (await consoleTop.textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/1 approval · 50%/);
    await expectAccessible(console_, 'console (en), approval results');
    await screenshot(console_, 'p11-console-en-approval-results');
    await screenshot(ar, 'p11-phone-ar-approval-results');
    facilitator.close();
  });
});
