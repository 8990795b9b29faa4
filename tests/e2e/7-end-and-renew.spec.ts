/**
 * The end of a workshop, as people do it: the QR code carries the join link's key, so a phone on a
 * network where someone has been guessing codes still joins through it; the facilitator renews the
 * board link (the open board goes dark, the console opens the new one), ends the workshop (the
 * board, the phone and the console say so) and renews the facilitator link (shown once; the old
 * one stops). Every state is checked with axe-core.
 */
import type { CreateWorkshopResponse } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { api } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PHONE, PROJECTOR, screenshot } from './support/browser.js';
import { expectAccessible, joinOnPage } from './support/flows.js';

describe('ending a workshop and renewing its links', () => {
  const suite = useBrowserAndApp();

  it('joins through the QR code past a guesser, renews the board link, ends, renews the key', async () => {
    const { body: w } = await api<CreateWorkshopResponse>(suite.app.url, '/api/workshops', {
      body: { title: 'Amman VLR review', locale: 'en' },
    });
    expect(w.links.join).toContain('#k=');

    const laptop = await newDevice(suite.browser, LAPTOP, 'en');
    const console_ = await laptop.newPage();
    await console_.goto(w.links.facilitate);
    // The console's QR code and copied link are the join link with its key.
    await console_
      .locator(
        `svg.join-panel__qr[aria-label$="/join/${w.joinCode}#k=${new URL(w.links.join).hash.slice(3)}"]`,
      )
      .waitFor();

    const projector = await newDevice(suite.browser, PROJECTOR, 'en');
    const board = await projector.newPage();
    await board.goto(w.links.board);
    await board.locator(`svg[role="img"][aria-label*="/join/${w.joinCode}#k="]`).waitFor();

    // Someone on the venue's network guesses codes until typed codes from it must wait…
    let refused = 0;
    for (let i = 1; refused === 0 && i < 40; i++) {
      const code = String((Number(w.joinCode) + i) % 1_000_000).padStart(6, '0');
      if ((await api(suite.app.url, `/api/join/${code}`)).status === 429) refused += 1;
    }
    expect(refused).toBe(1);
    // …and a phone on the same network joins through the QR code all the same.
    const phone = await (await newDevice(suite.browser, PHONE, 'en')).newPage();
    await joinOnPage(phone, w.links.join, { lang: 'en', name: 'Omar Khalil', group: 'un_agency' });

    // A new board link: the open board goes dark, and the console opens the new one.
    await console_.getByRole('button', { name: 'New board link' }).click();
    await expectAccessible(console_, '/w/:id/facilitate (confirm)');
    await console_.getByRole('button', { name: 'Make a new board link now' }).click();
    await console_.getByText('New board link made.', { exact: false }).waitFor();
    await board.getByText('This link is not valid or has expired').waitFor();
    const newBoard = await console_.getByRole('link', { name: 'Open the board' }).getAttribute('href');
    expect(newBoard).not.toBe(new URL(w.links.board).pathname + new URL(w.links.board).hash);
    await board.goto(`${suite.app.url}${newBoard}`);
    await board.locator('.board-join').waitFor();

    // The end: the console asks once more, then everyone sees it.
    await console_.getByRole('button', { name: 'End the workshop' }).click();
    await console_.getByText('Everyone can read the workshop until', { exact: false }).waitFor();
    await console_.getByRole('button', { name: 'End the workshop now' }).click();
    await console_.getByText('This workshop ended at', { exact: false }).waitFor();
    await expectAccessible(console_, '/w/:id/facilitate (ended)');
    await screenshot(console_, 'console-ended-en');
    await board.getByText('The workshop has ended').waitFor();
    await expectAccessible(board, '/w/:id/board (ended)');
    await screenshot(board, 'board-ended-en');
    await phone.getByText('This workshop has ended').waitFor();
    await expect(phone.getByRole('button', { name: 'Add an idea' }).count()).resolves.toBe(0);
    await expectAccessible(phone, '/w/:id/me (ended)');
    await screenshot(phone, 'phone-ended-en');
    const late = await (await newDevice(suite.browser, PHONE, 'en')).newPage();
    await late.goto(w.links.join);
    await late.getByText('This workshop has ended.').waitFor();

    // A new facilitator link, shown once; the old one stops.
    await console_.getByRole('button', { name: 'New facilitator link' }).click();
    await console_.getByRole('button', { name: 'Make a new facilitator link now' }).click();
    await console_.getByText('This is your new secret facilitator link.', { exact: false }).waitFor();
    await console_.waitForURL((url) => url.hash !== new URL(w.links.facilitate).hash);
    const newKey = decodeURIComponent(new URL(console_.url()).hash.replace('#key=', ''));
    expect(newKey).not.toBe(w.facilitatorKey);
    expect((await api(suite.app.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).status).toBe(
      401,
    );
    expect((await api(suite.app.url, `/api/workshops/${w.id}`, { token: newKey })).status).toBe(200);
    // The console carries on with the new key.
    await console_.getByText('This workshop ended at', { exact: false }).waitFor();
    await expectAccessible(console_, '/w/:id/facilitate (new key)');
  });
});
