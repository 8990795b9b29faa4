/**
 * Issue 8, item 2 in the browser: the facilitator pastes the invited stakeholders (Arabic and English
 * names), switches the workshop to invited-only, prints the A4 badges (the PDF holds every name and
 * code); a phone scans a badge and joins as that person; a typed workshop code is turned away; a
 * script's burst of joins shows as a warning and one click removes them all; a removed phone is
 * told so. axe-core on every screen; screenshots in Arabic and English.
 */
import { join } from 'node:path';
import { type InviteInfo, normalizeInviteCode } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { api, createWorkshop, eventually } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PHONE, screenshot, screenshotDir } from './support/browser.js';
import { expectAccessible, joinPhone } from './support/flows.js';
import { pdfHolds, pdfText } from './support/room.js';

const TITLE = 'Voluntary Local Review 2026 — stakeholder consultation';
const GUESTS = [
  ['ليلى منصور', 'أمانة عمّان الكبرى', 'جهات حكومية'],
  ['Rana Haddad', 'UNDP Jordan', 'UN agencies'],
  ['خالد العلي', 'Jordan University of Science and Technology', 'Academia'],
  ['Omar Saleh', 'جمعية الأسر المنتجة', 'civil society'],
  ['Sara Al-Masri', '', 'youth'],
  ['محمد الزعبي', 'Orange Jordan', 'private sector'],
  ['Nadia Khoury', 'Ministry of Planning and International Cooperation', 'government'],
  ['هبة عبد الرحمن', 'UN-Habitat', 'UN'],
  ['Yousef Darwish', 'Amman Chamber of Industry', 'private'],
] as const;

describe('who takes part: invitations, badges, bursts and removal', () => {
  const suite = useBrowserAndApp();

  it('invites, prints badges, joins by badge, and removes a burst of joins', {
    timeout: 240_000,
  }, async () => {
    const created = await createWorkshop(suite.app.url, { title: TITLE, locale: 'ar' });
    const consoleLink = `${suite.app.url}/w/${created.id}/facilitate#key=${encodeURIComponent(created.facilitatorKey)}`;

    // The facilitator (Arabic console) pastes the list and invites everyone on it.
    const laptop = await (await newDevice(suite.browser, LAPTOP, 'ar')).newPage();
    await laptop.goto(consoleLink);
    const panel = laptop.locator('.people-panel');
    await panel.waitFor();
    await panel.getByText('الدعوات:').click();
    await panel
      .getByLabel('المدعوّون', { exact: true })
      .fill(`${GUESTS.map((g) => g.join(', ')).join('\n')}\nBad Row, Org, martians`);
    await panel.getByText('جاهزون للدعوة: 9').waitFor();
    await panel.getByText('السطر 10:').waitFor();
    await panel.getByRole('button', { name: 'دعوة 9' }).click();
    await panel.locator('.invite-row').nth(8).waitFor();
    await panel.getByRole('radio', { name: 'المدعوّون فقط' }).click();
    await eventually(
      () => panel.getByRole('radio', { name: 'المدعوّون فقط' }).isChecked(),
      3_000,
      'invited only',
    );
    await panel.getByText('لا ينضم إلا أصحاب الرموز الشخصية').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await expectAccessible(laptop, '/w/:id/facilitate (ar), invitations');
    await screenshot(laptop, 'p8-console-ar-invites');

    const invites = (
      await api<{ invites: InviteInfo[] }>(suite.app.url, `/api/workshops/${created.id}/invites`, {
        token: created.facilitatorKey,
      })
    ).body.invites;
    expect(invites.map((i) => i.name)).toEqual(GUESTS.map((g) => g[0]));
    expect(invites.map((i) => i.group)).toEqual([
      'government',
      'un_agency',
      'academia',
      'civil_society',
      'community',
      'private_sector',
      'government',
      'un_agency',
      'private_sector',
    ]);

    // The badges: two A4 sheets (eight and one), every name and code in the PDF.
    for (const lang of ['ar', 'en'] as const) {
      const sheet = await (await newDevice(suite.browser, LAPTOP, lang)).newPage();
      await sheet.goto(
        `${suite.app.url}/w/${created.id}/badges?locale=${lang}#key=${encodeURIComponent(created.facilitatorKey)}`,
      );
      await sheet.locator('.badge').nth(8).waitFor();
      expect(await sheet.locator('.badge-sheet').count()).toBe(2);
      await expectAccessible(sheet, `/w/:id/badges (${lang})`);
      await screenshot(sheet, `p8-badges-${lang}`);
      if (lang === 'ar') {
        const pdf = join(screenshotDir, 'p8-badges.pdf');
        await sheet.emulateMedia({ media: 'print' });
        await sheet.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
        const text = await pdfText(pdf);
        for (const [name] of GUESTS) expect(pdfHolds(text, name), name).toBe(true);
        for (const i of invites) expect(text).toContain(`${i.code.slice(0, 5)}-${i.code.slice(5)}`);
      }
    }

    // A phone scans Rana's badge (an English phone) and joins as her, in her group.
    const rana = invites[1] as InviteInfo;
    const phone = await (await newDevice(suite.browser, PHONE, 'en')).newPage();
    await phone.goto(`${suite.app.url}/i/${rana.code.slice(0, 5)}-${rana.code.slice(5)}`);
    await phone.getByText('Welcome,').waitFor();
    await phone.getByText('UNDP Jordan').waitFor();
    await expectAccessible(phone, '/i/:code (en)');
    await screenshot(phone, 'p8-invite-en');
    await phone.getByRole('button', { name: 'Join the workshop' }).click();
    await phone.waitForURL(/\/w\/[^/]+\/me/);
    await phone.locator('.you-are, .phone').first().waitFor();

    // An Arabic phone types Layla's code by hand, in lower case.
    const layla = invites[0] as InviteInfo;
    const phoneAr = await (await newDevice(suite.browser, PHONE, 'ar')).newPage();
    await phoneAr.goto(`${suite.app.url}/i`);
    await phoneAr.getByLabel('الرمز الشخصي').fill(layla.code.toLowerCase());
    await phoneAr.getByRole('button', { name: 'متابعة' }).click();
    await phoneAr.getByText('أهلًا بك').waitFor();
    expect(normalizeInviteCode(layla.code.toLowerCase())).toBe(layla.code);
    await expectAccessible(phoneAr, '/i/:code (ar)');
    await screenshot(phoneAr, 'p8-invite-ar');

    // The workshop's own code turns people to their badges.
    const typed = await (await newDevice(suite.browser, PHONE, 'ar')).newPage();
    await typed.goto(created.links.join);
    await typed.getByText('هذه الورشة للمدعوّين').waitFor();
    await expectAccessible(typed, '/join/:code (ar), invited only');
    await screenshot(typed, 'p8-join-ar-invited-only');
  });

  it('warns of a burst of joins, removes them in one click, and tells a removed phone', {
    timeout: 240_000,
  }, async () => {
    const created = await createWorkshop(suite.app.url, { title: 'ورشة مفتوحة', locale: 'ar' });
    // A script joins 40 times from one address within seconds.
    const scripted: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await api<{ participantId: string }>(suite.app.url, '/api/join', {
        body: { code: created.joinCode, name: `Voter ${i + 1}`, group: 'government' },
      });
      scripted.push(r.body.participantId);
    }
    const consoleLink = `${suite.app.url}/w/${created.id}/facilitate#key=${encodeURIComponent(created.facilitatorKey)}`;
    for (const lang of ['en', 'ar'] as const) {
      const laptop = await (await newDevice(suite.browser, LAPTOP, lang)).newPage();
      await laptop.goto(consoleLink);
      const alert = laptop.locator('.join-burst');
      await alert.waitFor();
      await alert.scrollIntoViewIfNeeded();
      await expectAccessible(laptop, `/w/:id/facilitate (${lang}), join burst`);
      await screenshot(laptop, `p8-console-${lang}-burst`);
      if (lang === 'ar') {
        await alert.getByRole('button', { name: /إزالة هؤلاء/ }).click();
        await alert.getByRole('button', { name: /إزالة الـ/ }).click();
        await alert.waitFor({ state: 'detached' });
        await laptop.locator('.people-panel').getByText('المشاركون: 0').waitFor();
      }
    }
    const listed = (
      await api<{ participants: Array<{ id: string; removedAt: number | null }> }>(
        suite.app.url,
        `/api/workshops/${created.id}/participants`,
        { token: created.facilitatorKey },
      )
    ).body.participants;
    expect(
      listed
        .filter((p) => p.removedAt !== null)
        .map((p) => p.id)
        .sort(),
    ).toEqual([...scripted].sort());

    // The phone's own language wins over the workshop's (issue 9, item 7): an English phone sees the
    // Arabic workshop's join form in English, and an Arabic phone an English workshop's in Arabic.
    const enPhone = await (await newDevice(suite.browser, PHONE, 'en')).newPage();
    await enPhone.goto(created.links.join);
    await enPhone.getByRole('heading', { name: 'Join a workshop' }).waitFor();
    await enPhone.getByText('ورشة مفتوحة').waitFor();
    expect(await enPhone.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(enPhone, 'p9-join-en-phone-ar-workshop');
    const english = await createWorkshop(suite.app.url, { title: 'Open consultation', locale: 'en' });
    const arPhone = await (await newDevice(suite.browser, PHONE, 'ar')).newPage();
    await arPhone.goto(english.links.join);
    await arPhone.getByRole('heading', { name: 'الانضمام إلى ورشة' }).waitFor();
    await arPhone.getByText('Open consultation').waitFor();
    expect(await arPhone.evaluate(() => document.documentElement.lang)).toBe('ar');
    await expectAccessible(arPhone, '/join/:code (ar phone, en workshop)');
    await screenshot(arPhone, 'p9-join-ar-phone-en-workshop');

    // Someone joins for real afterwards; removed, their phone is told so.
    const honest = await joinPhone(await newDevice(suite.browser, PHONE, 'en'), created.links.join, {
      lang: 'en',
      name: 'Honest Person',
      group: 'academia',
    });
    await honest.getByText('Honest Person').first().waitFor();
    const everyone = (
      await api<{ participants: Array<{ id: string }> }>(
        suite.app.url,
        `/api/workshops/${created.id}/participants`,
        {
          token: created.facilitatorKey,
        },
      )
    ).body.participants;
    const honestId = everyone.find((p) => !scripted.includes(p.id))?.id as string;
    await api(suite.app.url, `/api/workshops/${created.id}/participants/remove`, {
      token: created.facilitatorKey,
      body: { participantIds: [honestId] },
    });
    await honest.getByText('You were removed from this workshop').waitFor();
    await expectAccessible(honest, '/w/:id/me (en), removed');
    await screenshot(honest, 'p8-phone-en-removed');
  });
});
