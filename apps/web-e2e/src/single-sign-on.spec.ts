import { startOidcProvider } from '@steerline/testing';
import { createFirstAdministrator, goLive } from './support/go-live.js';
import type { BrowserContext } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, test } from './support/fixtures.js';

const CASEY = { login: 'casey.sso', email: 'casey.sso@council.example', name: 'Casey Council' };

test.use({ baseURL: goLive.baseUrl });

/**
 * The test provider's own sign-in page (oidc-provider's development one, not Steerline's) links a Google font, which
 * cannot load offline, and has no favicon: answered here so that the console holds Steerline's errors alone.
 */
async function quietProviderPages(context: BrowserContext, issuer: string): Promise<void> {
  await context.route('https://fonts.googleapis.com/**', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
  await context.route(`${issuer}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
}

test('a council officer signs in through the council’s identity provider, and a stranger is told why not', async ({ page, browser }) => {
  const provider = await startOidcProvider({
    publicUrl: goLive.baseUrl,
    port: goLive.oidcPort,
    people: { [CASEY.login]: { email: CASEY.email, email_verified: true, name: CASEY.name }, stranger: { email: 'sam.stranger@council.example', email_verified: true } },
  });
  try {
    // An administrator added Casey (here on the command line); Casey never sets a Steerline password.
    await createFirstAdministrator(CASEY.email, CASEY.name);
    await quietProviderPages(page.context(), provider.issuer);

    await page.goto('/sign-in');
    const button = page.getByRole('link', { name: 'Sign in with your council account' });
    await expect(button).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Partners and others: sign in with a password' })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScrollAt320(page);

    await button.click();
    await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill(CASEY.login);
    await page.locator('input[name="password"]').fill('the provider checks this, not Steerline');
    await page.locator('button[type="submit"]').click();

    await expect(page).toHaveURL(`${goLive.baseUrl}/`);
    // Casey is an administrator; on this database (no strategy yet, unless the go-live journey ran first) home may be the set-up page.
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    expect(await (await page.request.get('/api/me')).json()).toMatchObject({ email: CASEY.email, name: CASEY.name });

    // A fresh browser, so the provider asks who is signing in again.
    const strangers = await browser.newContext({ baseURL: goLive.baseUrl });
    await quietProviderPages(strangers, provider.issuer);
    const stranger = await strangers.newPage();
    await stranger.goto('/sign-in');
    await stranger.getByRole('link', { name: 'Sign in with your council account' }).click();
    await stranger.locator('input[name="login"]').fill('stranger');
    await stranger.locator('input[name="password"]').fill('any password');
    await stranger.locator('button[type="submit"]').click();
    await expect(stranger).toHaveURL(`${goLive.baseUrl}/sign-in/refused?reason=unknown_person`);
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveText('You do not have a Steerline account');
    await expect(stranger.getByText('Ask your Steerline administrator to add you.')).toBeVisible();
    await expectNoAxeViolations(stranger);
    await stranger.goto('/');
    await expect(stranger).toHaveURL(/\/sign-in$/);
    await strangers.close();
  } finally {
    await provider.close();
  }
});
