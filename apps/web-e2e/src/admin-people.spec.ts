import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, test } from './support/fixtures.js';

const SAM = { name: 'Sam Smith', email: 'sam.smith@example.org', password: 'a-tram-to-the-forum' };

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

test('an administrator adds a person who signs in, then deactivates them, and the audit trail shows both', async ({ page, browser, baseURL }) => {
  await signIn(page, 'admin@steerline.example');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeFocused();
  await expect(page).toHaveTitle('People - Steerline');
  const people = page.getByRole('table', { name: 'People who can sign in to Steerline' });
  const bola = people.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bola Board' }) });
  await expect(bola.getByRole('cell')).toHaveText(['board@steerline.example', 'Channel shift board', 'None', 'No', 'Active']);
  await checkPage(page);

  // Add a person: a malformed address is refused beside the field; no password is asked for.
  await page.getByRole('link', { name: 'Add a person' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Add a person' })).toBeFocused();
  await expect(page.getByLabel(/password/i)).toHaveCount(0);
  await checkPage(page);
  await page.getByLabel('Full name').fill(SAM.name);
  // A malformed address and, below, a date that is not real: the API answers 400 to each.
  expectRefusals(400);
  await page.getByLabel('Email address').fill('sam.smith-at-example.org');
  await page.getByRole('group', { name: 'Governance bodies' }).getByLabel('Internal digital inclusion working group').check();
  await page.getByRole('button', { name: 'Add person and send invitation' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter an email address in the correct format, like name@example.com' })).toHaveAttribute('href', '#user-email');
  await checkPage(page);

  // Without a mail server (none is set up here) the invitation link is shown to the administrator, once.
  await page.getByLabel('Email address').fill(SAM.email);
  await page.getByRole('button', { name: 'Add person and send invitation' }).click();
  const added = page.getByRole('alert').filter({ hasText: 'Sam Smith has been added' });
  await expect(added).toBeFocused();
  const link = (await page.locator('#invitation-link').textContent())!;
  expect(link).toMatch(/\/set-password\?token=[A-Za-z0-9_-]{43}$/);
  await checkPage(page);
  await page.getByRole('link', { name: 'Back to people' }).click();
  const sam = people.getByRole('row').filter({ has: page.getByRole('rowheader', { name: SAM.name }) });
  await expect(sam.getByRole('cell').last()).toContainText('Invited');
  await expect(sam.getByRole('button', { name: 'Resend invitation to Sam Smith' })).toBeVisible();

  // Sam follows the link in a browser of their own, sets a password, signs in and is not an administrator.
  const samContext = await browser.newContext({ baseURL });
  const samPage = await samContext.newPage();
  await samPage.goto(new URL(link).pathname + new URL(link).search);
  await expect(samPage.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible();
  await samPage.getByLabel('New password').fill(SAM.password);
  await samPage.getByRole('button', { name: 'Set password' }).click();
  await expect(samPage.getByRole('heading', { level: 1, name: 'Your password has been set' })).toBeVisible();
  await signIn(samPage, SAM.email, SAM.password);
  await expect(samPage.getByRole('main').getByText('Internal digital inclusion working group')).toBeVisible();
  await samPage.goto('/admin/users');
  await expect(samPage.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
  await checkPage(samPage);
  await page.reload();
  await expect(sam.getByRole('cell')).toHaveText([SAM.email, 'Internal digital inclusion working group', 'None', 'No', 'Active']);

  // The administrator changes Sam's partner, then deactivates the account after confirming.
  await sam.getByRole('link', { name: SAM.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: SAM.name })).toBeFocused();
  await checkPage(page);
  await page.getByLabel('Partner organisation (optional)').selectOption({ label: 'The Forum' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Changes to Sam Smith saved' })).toBeFocused();
  await expect(page.getByLabel('Partner organisation (optional)')).toHaveValue(/[0-9a-f-]{36}/);

  await page.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(page.getByRole('heading', { name: "Are you sure you want to deactivate Sam Smith's account?" })).toBeFocused();
  await checkPage(page);
  await page.getByRole('button', { name: 'Yes, deactivate account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: "Sam Smith's account has been deactivated" })).toBeFocused();
  await expect(page.getByRole('definition').filter({ hasText: 'Deactivated' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reactivate account' })).toBeVisible();
  await checkPage(page);

  // Sam's next page load finds the session gone and asks them to sign in.
  await samPage.goto('/');
  await expect(samPage).toHaveURL(/\/sign-in$/);
  await expect(samPage.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await samContext.close();

  // The audit trail, filtered to people, shows the deactivation and the creation.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeFocused();
  await checkPage(page);
  await page.getByLabel('Kind of record').selectOption({ label: 'Person' });
  await page.getByLabel('Changed by').selectOption({ label: 'Alex Admin' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?entityType=user&actor=[0-9a-f-]{36}$/);
  const events = page.getByRole('table', { name: /^Showing 1 to \d+ of \d+ changes? matching the filters/ });
  const samEvents = events.getByRole('row').filter({ hasText: 'Person: Sam Smith' });
  await expect(samEvents.getByRole('cell').nth(2)).toHaveText('Deactivated');
  await expect(samEvents.first().getByRole('cell').nth(4)).toHaveText('Active: Yes → changed to No');
  const createdRow = samEvents.filter({ has: page.getByRole('cell', { name: 'Created', exact: true }) });
  await expect(createdRow.getByRole('listitem').filter({ hasText: /^Bodies:/ })).toHaveText('Bodies: none → changed to Internal digital inclusion working group');
  await expect(createdRow.getByRole('listitem').filter({ hasText: /^Email address:/ })).toHaveText(`Email address: none → changed to ${SAM.email}`);
  await expect(samEvents.filter({ hasText: 'Partner: none → changed to The Forum' })).toHaveCount(1);
  await checkPage(page);

  await page.getByLabel('Operation').selectOption({ label: 'Deactivated' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/operation=deactivate/);
  await expect(events.getByRole('row')).toHaveCount(2);
  await expect(page.getByLabel('Kind of record')).toHaveValue('user');

  // A date that is not real is explained beside its field.
  await page.getByLabel('From date (optional)').fill('2026-13-01');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page.locator('#filter-from-error')).toContainText('from must be');
  await expect(page).toHaveTitle('Error: Audit trail - Steerline');
  await checkPage(page);

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(page.getByLabel('From date (optional)')).toHaveValue('');
  await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
});

test('the audit trail pages through many changes and keeps its filters from page to page', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  // Thirty changes to one segment, more than a page holds.
  const created = await page.request.post('/api/segments', { data: { name: 'Households sharing one device', householdShare: 1 } });
  expect(created.status(), await created.text()).toBe(201);
  let segment = (await created.json()) as { id: string; version: number };
  for (let share = 2; share <= 30; share++) {
    const edited = await page.request.patch(`/api/segments/${segment.id}`, { data: { version: segment.version, householdShare: share } });
    expect(edited.status(), await edited.text()).toBe(200);
    segment = (await edited.json()) as { id: string; version: number };
  }

  await page.goto('/admin/audit?entityType=segment');
  await expect(page.getByLabel('Kind of record')).toHaveValue('segment');
  const events = page.getByRole('table', { name: /^Showing 1 to 25 of \d+ changes matching the filters, newest first$/ });
  await expect(events.getByRole('row').filter({ hasText: 'Population segment: Households sharing one device' }).first()).toContainText(
    'Share of households: 29 → changed to 30',
  );
  const pages = page.getByRole('navigation', { name: 'Pages of results' });
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await checkPage(page);

  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?entityType=segment&page=2$/);
  await expect(page.getByRole('table', { name: /^Showing 26 to \d+ of \d+ changes/ })).toBeVisible();
  await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('Kind of record')).toHaveValue('segment');
  await expect(page.getByRole('cell', { name: 'Created' })).toBeVisible();
  await checkPage(page);

  await pages.getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?entityType=segment$/);
});
