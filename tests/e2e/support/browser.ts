/**
 * Debian's Chromium driven by playwright-core, plus the checks every e2e test makes: axe-core on
 * each route, and screenshots written to a folder the test prints.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const screenshotDir = process.env.E2E_SCREENSHOTS ?? join(repoRoot, 'tests/e2e/screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const PROJECTOR = { viewport: { width: 1920, height: 1080 } };
export const LAPTOP = { viewport: { width: 1440, height: 900 } };

/** A browser context (one device) whose language and storage are its own. */
export async function newDevice(
  browser: Browser,
  kind: typeof PHONE | typeof PROJECTOR | typeof LAPTOP,
  locale: 'ar' | 'en' = 'en',
): Promise<BrowserContext> {
  return browser.newContext({ ...kind, locale: locale === 'ar' ? 'ar-JO' : 'en-GB' });
}

/** Waits for running animations: items slide in, and mid-animation they are faded (low contrast). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
}

let axeSource: string | undefined;

/** Runs axe-core on the page and returns its violations, described in one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await settle(page);
  // Evaluated over the DevTools protocol, so the app's CSP (no inline scripts) stays on during the test.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
  return violations;
}

/** Saves a full-viewport screenshot under the screenshot folder and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  // Items slide in; a picture taken mid-animation would show them faded.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
  await page.screenshot({ path });
  return path;
}
