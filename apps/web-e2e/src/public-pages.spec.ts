import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, test } from './support/fixtures.js';

test('an unknown address shows the page not found page', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found - Steerline');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);

  await page.getByRole('link', { name: 'Go to the Steerline home page' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('the accessibility statement is linked from every page footer and is accessible', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();

  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement for Steerline');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Enforcement procedure' })).toBeVisible();
  await expect(page).toHaveTitle('Accessibility statement - Steerline');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
});

test('a fresh browser opening a deep link gets the page from the API server', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();

  const response = await page.goto('/accessibility');

  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement for Steerline');
  await context.close();
});
