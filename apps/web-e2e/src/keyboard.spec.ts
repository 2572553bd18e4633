import { DEMO_PASSWORD, expect, tabTo, test } from './support/fixtures.js';

test('signing in and out works with the keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type('working@steerline.example');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');

  await expect(page.getByText('Signed in as', { exact: false })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your governance bodies' }).getByText('Internal digital inclusion working group')).toBeVisible();

  const signOut = page.getByRole('button', { name: 'Sign out' });
  await tabTo(page, signOut, 'Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('alert').filter({ hasText: 'You have signed out' })).toBeFocused();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/accessibility');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});
