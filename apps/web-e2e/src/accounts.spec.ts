import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, tabTo, test } from './support/fixtures.js';
import type { Page } from '@playwright/test';

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

/** An invitation link as the administrator is shown it (no mail server here), for a new person. */
async function invite(page: Page, email: string, name: string): Promise<string> {
  const created = await page.request.post('/api/admin/users', { data: { email, name } });
  expect(created.status(), await created.text()).toBe(201);
  const link = ((await created.json()) as { invitation: { link: string } }).invitation.link;
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

test('a set-password link greets the person, refuses a weak password, sets a good one, and is refused once used', async ({ page, browser, baseURL }) => {
  await signIn(page, 'admin@steerline.example');
  const path = await invite(page, 'casey.council@norwich.example', 'Casey Council');

  const casey = await (await browser.newContext({ baseURL })).newPage();
  await casey.goto(path);
  await expect(casey.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await expect(casey.getByText('Hello Casey Council.', { exact: false })).toBeVisible();
  await expect(casey).toHaveTitle('Set your password - Steerline');
  await checkPage(casey);

  // By keyboard alone: the field, then the button.
  await tabTo(casey, casey.getByLabel('New password'));
  await casey.keyboard.type('password1234');
  await casey.keyboard.press('Enter');
  const summary = casey.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(casey.locator('#new-password-error')).toHaveText('Error: Choose a password that is harder to guess: this one is on a list of common passwords');
  await checkPage(casey);

  await casey.getByLabel('New password').fill('a-tram-to-the-forum');
  await casey.getByRole('button', { name: 'Set password' }).click();
  await expect(casey.getByRole('heading', { level: 1, name: 'Your password has been set' })).toBeFocused();
  await checkPage(casey);

  await casey.goto(path);
  await expect(casey.getByRole('heading', { level: 1, name: 'This link has already been used' })).toBeVisible();
  await expect(casey).toHaveTitle('This link has already been used - Steerline');
  await expect(casey.getByRole('link', { name: 'ask for a link to reset it' })).toHaveAttribute('href', '/forgot-password');
  await checkPage(casey);
  await casey.context().close();
});

test('a link that was never issued, and one superseded by a resent invitation, each say so', async ({ page, browser, baseURL }) => {
  await signIn(page, 'admin@steerline.example');
  const first = await invite(page, 'dana.digital@norwich.example', 'Dana Digital');
  const id = ((await (await page.request.get('/api/admin/users')).json()) as { id: string; email: string }[]).find((user) => user.email === 'dana.digital@norwich.example')!.id;
  expect((await page.request.post(`/api/admin/users/${id}/invitation`)).status()).toBe(200);

  const dana = await (await browser.newContext({ baseURL })).newPage();
  await dana.goto(first);
  await expect(dana.getByRole('heading', { level: 1, name: 'A newer link has been sent' })).toBeVisible();
  await checkPage(dana);
  await dana.goto(`/set-password?token=${'A'.repeat(43)}`);
  await expect(dana.getByRole('heading', { level: 1, name: 'This link is not recognised' })).toBeVisible();
  await checkPage(dana);
  await dana.context().close();
});

test('"Forgot your password?" leads from sign-in to a page that answers the same for any address', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeFocused();
  await checkPage(page);

  // Not an email address: the API answers 400.
  expectRefusals(400);
  await page.getByLabel('Email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page.locator('#email-error')).toHaveText('Error: Enter an email address in the correct format, like name@example.com');
  await checkPage(page);

  await page.getByLabel('Email address').fill('nobody@steerline.example');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeFocused();
  await expect(page.getByText('If nobody@steerline.example has a Steerline account')).toBeVisible();
  await checkPage(page);
});

test('"Your account" shows the bodies and roles and changes the password, keeping this session', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  const created = await page.request.post('/api/admin/users', { data: { email: 'wes.working@norwich.example', name: 'Wes Working', isAdmin: true } });
  const link = new URL(((await created.json()) as { invitation: { link: string } }).invitation.link);
  expect((await page.request.post('/api/account/set-password', { data: { token: link.searchParams.get('token'), password: 'first-wes-password' } })).status()).toBe(200);
  await page.context().clearCookies();

  await signIn(page, 'wes.working@norwich.example', 'first-wes-password');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
  await expect(page.getByRole('definition').filter({ hasText: 'Administrator' })).toBeVisible();
  await checkPage(page);

  // The wrong current password: the API answers 400.
  expectRefusals(400);
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password').fill('second-password-of-mine');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page.locator('#current-password-error')).toHaveText('Error: Your current password is not correct');
  await checkPage(page);

  await page.getByLabel('Current password').fill('first-wes-password');
  await page.getByLabel('New password').fill('second-password-of-mine');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Your password has been changed' })).toBeFocused();
  await checkPage(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
});
