import { request as apiRequest, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectRefusals, test } from './support/fixtures.js';

const PASSWORD = 'tram-lime-harbour-2026';

/** A new person for this journey alone (so no other journey's demo sign-in meets a second factor), added as an administrator would. */
async function addPerson(baseURL: string): Promise<string> {
  const api = await apiRequest.newContext({ baseURL });
  await api.post('/api/auth/sign-in', { data: { email: 'admin@steerline.example', password: DEMO_PASSWORD } });
  const email = `toni.totp.${Date.now()}@steerline.example`;
  const created = await (await api.post('/api/admin/users', { data: { email, name: 'Toni Totp' } })).json();
  const token = new URL(created.invitation.link).searchParams.get('token');
  expect((await api.post('/api/account/set-password', { data: { token, password: PASSWORD } })).ok()).toBe(true);
  await api.dispose();
  return email;
}

async function passwordStep(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter the code from your authenticator app');
}

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', { name: 'Continue' }).click();
}

const signOut = async (page: Page) => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
};

test('two-factor: enrol an app, sign in with its code, use a recovery code once, and be refused it the second time', async ({ page, baseURL }) => {
  const email = await addPerson(baseURL!);
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');

  await page.goto('/account');
  await expect(page.getByRole('region', { name: 'Two-factor authentication' }).getByText('Off', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Set up two-factor authentication' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up two-factor authentication');
  await expect(page.getByRole('img', { name: 'QR code that adds Steerline to your authenticator app' })).toBeVisible();
  await expectNoAxeViolations(page);
  const secret = (await page.getByTestId('totp-key').textContent())!.replace(/\s/g, '');
  await page.getByLabel('Code from the app').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save your recovery codes');
  await expectNoAxeViolations(page);
  const recoveryCodes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
  await expect(page.getByRole('region', { name: 'Two-factor authentication' }).getByText('On', { exact: true })).toBeVisible();
  await signOut(page);

  // The next step's code: the app's current one confirmed the set-up, and each code works once.
  await passwordStep(page, email);
  await expectNoAxeViolations(page);
  await enterCode(page, await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await signOut(page);

  await passwordStep(page, email);
  await enterCode(page, recoveryCodes[0]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await signOut(page);

  await passwordStep(page, email);
  // The recovery code a second time: the API answers 400.
  expectRefusals(400);
  await enterCode(page, recoveryCodes[0]);
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText('Enter the 6-digit code your authenticator app shows now, or one of your recovery codes');
  await expect(page).toHaveURL(/\/sign-in\/two-factor$/);
  await expectNoAxeViolations(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
});
