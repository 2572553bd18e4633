import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'steerline-demo-2026';

/** Signs in through the sign-in page and waits for the dashboard it lands on. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails on WCAG 2.2 AA violations axe-core can find on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const described = violations.map(({ id, help, nodes }) => `${id}: ${help} at ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(described, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** At 320 CSS pixels wide (WCAG 1.4.10 reflow), the page must not scroll sideways. */
export async function expectNoHorizontalScrollAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll at 320 px on ${page.url()}`).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

/** Presses Tab (or Shift+Tab) until the target has focus, failing if it never gets it. */
export async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', maxPresses = 20): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press(key);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${String(target)} was not reached within ${maxPresses} presses of ${key}`);
}

const REFUSAL = 'expected refusal';
const FAILED_REQUEST = /^Failed to load resource: the server responded with a status of (\d{3})\b/;

/**
 * For a journey that provokes refusals on purpose (a form sent with mistakes, a stale edit): Chromium logs each 4xx
 * answer as a console error, and these statuses are the only ones this test lets through. A normal visit has none.
 * Each status declared must be met at least once, so a declaration cannot outlive the refusal it stood for.
 */
export function expectRefusals(...statuses: number[]): void {
  for (const status of statuses) test.info().annotations.push({ type: REFUSAL, description: String(status) });
}

/**
 * Every page is checked for script errors (which is how a Content Security Policy violation shows) and console
 * errors, failed requests included, but those the test said it provokes.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await use(errors);
      const expected = testInfo.annotations.filter((note) => note.type === REFUSAL).map((note) => note.description ?? '');
      const refused = errors.map((error) => FAILED_REQUEST.exec(error)?.[1] ?? '');
      const unexpected = errors.filter((_, index) => !expected.includes(refused[index]));
      expect(unexpected, 'errors in the browser console').toEqual([]);
      // Only when the journey got to its end: a failure on the way leaves refusals unmet, and is the failure to report.
      if (testInfo.status === 'passed') {
        const unmet = [...new Set(expected)].filter((status) => !refused.includes(status));
        expect(unmet, 'refusals the test declared but did not provoke').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
