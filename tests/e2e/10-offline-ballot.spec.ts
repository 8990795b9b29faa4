/**
 * A ballot cast without a network is kept on the phone, survives closing the page, and is counted
 * exactly once when the phone comes back (issue 10: one outbox for ideas and ballots, kept in
 * checked storage). Both languages: the Arabic phone reopens the page while still offline, the
 * English one after the network is back.
 */
import type { VoteResults, WorkshopSummary } from '@majlis/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, command, connectSocket, createWorkshop } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { newDevice, PHONE, screenshot } from './support/browser.js';
import { expectAccessible, joinPhone, type Lang } from './support/flows.js';

const L = {
  ar: { addDot: 'أضف نقطة إلى: ', send: 'أرسل صوتي', queued: 'محفوظ على هذا الهاتف', in: 'وصل صوتك' },
  en: {
    addDot: 'Add a dot to: ',
    send: 'Submit my vote',
    queued: 'Saved on this phone',
    in: 'Your vote is in',
  },
} as const;

const IDEAS = ['Safe walking routes around schools', 'Solar street lighting', 'Flood early-warning system'];

async function castOffline(context: BrowserContext, page: Page, lang: Lang, titles: readonly string[]) {
  await context.setOffline(true);
  for (const title of titles) await page.getByRole('button', { name: `${L[lang].addDot}${title}` }).click();
  await page.getByRole('button', { name: L[lang].send }).click();
  await page.getByText(L[lang].queued).first().waitFor();
}

describe('an offline ballot', () => {
  const suite = useBrowserAndApp();

  it('is kept on the phone through a reload and counted once when back online', async () => {
    const created = await createWorkshop(suite.app.url, { title: 'Offline ballots', locale: 'en' });
    const { body: summary } = await api<WorkshopSummary>(suite.app.url, `/api/workshops/${created.id}`, {
      token: created.facilitatorKey,
    });
    const [, brainstorm, dots] = summary.stages;
    const dotsId = dots?.id as string;
    const facilitator = await connectSocket(suite.app.url, created.facilitatorKey);
    for (const title of IDEAS)
      await command(facilitator, 'item:add', { stageId: brainstorm?.id as string, title });
    await command(facilitator, 'stage:goto', { stageId: dotsId });
    await command(facilitator, 'vote:open', { stageId: dotsId });

    const arContext = await newDevice(suite.browser, PHONE, 'ar');
    const ar = await joinPhone(arContext, created.links.join, {
      lang: 'ar',
      name: 'ليلى',
      group: 'government',
    });
    const enContext = await newDevice(suite.browser, PHONE, 'en');
    const en = await joinPhone(enContext, created.links.join, {
      lang: 'en',
      name: 'Omar',
      group: 'civil_society',
    });

    await castOffline(arContext, ar, 'ar', [IDEAS[0] as string, IDEAS[0] as string, IDEAS[2] as string]);
    await castOffline(enContext, en, 'en', [IDEAS[1] as string]);
    await expectAccessible(en, 'phone (en), ballot saved offline');
    await screenshot(ar, 'p10-phone-ar-ballot-offline');
    const phoneUrl = en.url().replace(/#.*$/, '');

    // Nothing has reached the server yet.
    const results = async () =>
      (
        await api<{ results: VoteResults }>(
          suite.app.url,
          `/api/workshops/${created.id}/stages/${dotsId}/results`,
          { token: created.facilitatorKey },
        )
      ).body.results;
    expect((await results()).voters).toBe(0);

    // The Arabic phone closes its page while offline and opens the workshop again once back.
    await ar.close();
    await arContext.setOffline(false);
    const arAgain = await arContext.newPage();
    await arAgain.goto(phoneUrl);
    await arAgain.getByText(L.ar.in).first().waitFor({ timeout: 20_000 });

    // The English phone comes back online and reloads at once, before its outbox's next try.
    await enContext.setOffline(false);
    await en.reload();
    await en.getByText(L.en.in).first().waitFor({ timeout: 20_000 });

    await expect.poll(async () => (await results()).voters, { timeout: 10_000 }).toBe(2);
    // Replays after the reload must not count twice: wait past a retry and look again.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const final = await results();
    expect(final.voters).toBe(2);
    expect(final.overall.kind).toBe('dots');
    if (final.overall.kind === 'dots') {
      const points = Object.fromEntries(final.overall.items.map((item) => [item.id, item.points]));
      expect(Object.values(points).sort()).toEqual([1, 1, 2]);
    }
    facilitator.close();
  });
});
