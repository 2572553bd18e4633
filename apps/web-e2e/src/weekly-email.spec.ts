import { expect, expectNoAxeViolations, signIn, tabTo, test } from './support/fixtures.js';

test('an owner turns the weekly "what is due" e-mail off by keyboard on their account page, and it stays off', async ({ page }) => {
  await signIn(page, 'working@steerline.example');
  await page.goto('/account');
  const box = page.getByLabel('Send me a weekly e-mail of what is due from me');
  await expect(box).toBeChecked();
  await expectNoAxeViolations(page);

  await tabTo(page, box, 'Tab', 60);
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Save e-mail choice' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved: you will not get the weekly e-mail.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByLabel('Send me a weekly e-mail of what is due from me')).not.toBeChecked();
  // Back on, as the demo account had it.
  await page.getByLabel('Send me a weekly e-mail of what is due from me').check();
  await page.getByRole('button', { name: 'Save e-mail choice' }).click();
  await expect(page.getByText('Saved: you will get the weekly e-mail.')).toBeVisible();
});
