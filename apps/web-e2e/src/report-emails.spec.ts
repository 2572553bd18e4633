import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, tabTo, test } from './support/fixtures.js';

test('a reader subscribes to a monthly digest of the whole Corporate Plan by keyboard, and stops it', async ({ page }) => {
  await signIn(page, 'leader@steerline.example');
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'Report e-mails' })).toBeVisible();
  await expectNoAxeViolations(page);

  const wholePlan = page.getByLabel('The whole Corporate Plan');
  await tabTo(page, page.getByLabel(/strategy/i).first(), 'Tab', 80);
  await page.keyboard.press('ArrowDown');
  await expect(wholePlan).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Subscribe' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Subscribed: you will get the monthly digest of The whole Corporate Plan.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Your report e-mails' });
  await expect(table.getByRole('rowheader')).toHaveText(['The whole Corporate Plan']);
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);

  await table.getByRole('button', { name: 'Stop the monthly digest of The whole Corporate Plan' }).click();
  await expect(page.getByText('You get no report e-mails.')).toBeVisible();
});

test('an unsubscribe link that is not known says so plainly, signed out', async ({ page }) => {
  // The API answers 404 to a link it does not know.
  expectRefusals(404);
  await page.goto(`/unsubscribe/${'A'.repeat(43)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This unsubscribe link is not known' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an administrator adds an outside address for the monthly digest from Set up, and stops it', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  await page.goto('/admin/setup');
  await page.getByRole('link', { name: 'Report e-mails to outside addresses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report e-mails to outside addresses' })).toBeVisible();
  await expectNoAxeViolations(page);
  const address = `councillors-${Date.now()}@council.example`;
  await page.getByLabel('Email address').fill(address);
  await page.getByLabel('The whole Corporate Plan').check();
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByText(`Subscribed: ${address} will get the monthly digest of The whole Corporate Plan.`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Report e-mails to outside addresses' });
  await expect(table.getByRole('row', { name: new RegExp(address) })).toContainText('Monthly, on the 1st');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
  await table.getByRole('button', { name: `Stop the monthly digest of The whole Corporate Plan to ${address}` }).click();
  await expect(table.getByRole('row', { name: new RegExp(address) })).toHaveCount(0);
});
