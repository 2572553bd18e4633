import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, test } from './support/fixtures.js';

test('a board member signs in, sees their bodies, signs out and is then kept out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveTitle('Sign in - Steerline');
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);

  await page.getByLabel('Email address').fill('board@steerline.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(/^Signed in as .+ \(board@steerline\.example\)$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your governance bodies' }).getByText('Channel shift board')).toBeVisible();
  await expect(page).toHaveTitle('Dashboard - Steerline');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const banner = page.getByRole('alert').filter({ hasText: 'You have signed out' });
  await expect(banner).toBeVisible();
  await expect(banner).toBeFocused();
  await expectNoAxeViolations(page);

  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});

test('a wrong password shows a focused error summary that leads to the email field', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('board@steerline.example');
  // A wrong password: the API answers 401.
  expectRefusals(401);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page).toHaveTitle('Error: Sign in - Steerline');
  await expect(page.locator('#email-error')).toHaveText('Error: Enter a correct email address and password');
  await expectNoAxeViolations(page);

  await summary.getByRole('link', { name: 'Enter a correct email address and password' }).click();
  await expect(page.getByLabel('Email address')).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a malformed email address is named in the summary and beside the field', async ({ page }) => {
  await page.goto('/sign-in');
  // A malformed address and no password: the API answers 400.
  expectRefusals(400);
  await page.getByLabel('Email address').fill('board-at-steerline');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Enter an email address in the correct format, like name@example.com', 'Enter your password']);
  await expect(page.locator('#password-error')).toHaveText('Error: Enter your password');
  await expectNoAxeViolations(page);
});
