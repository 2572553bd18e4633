import type { Page } from '@playwright/test';
import type { PartnerSummary } from '@steerline/contracts';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, test } from './support/fixtures.js';

/** Every page and state of the journey: no WCAG 2.2 AA problems axe can find, and no sideways scrolling at 320 px. */
async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

test('an administrator adds a partner, a contact and a signed protocol, and changes them', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Partners' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeFocused();
  await expect(page).toHaveTitle('Partners - Steerline');
  const partners = page.getByRole('table', { name: 'Partner organisations' });
  await expect(partners.getByRole('rowheader', { name: 'Citizens Online' })).toBeVisible();
  await checkPage(page);

  await page.getByRole('button', { name: 'Add a partner' }).click();
  await expect(page.getByRole('heading', { name: 'Add a partner' })).toBeFocused();
  // A partner with no name, a contact with a wrong address and a protocol signed in the future: the API answers 400 to each.
  expectRefusals(400);
  await page.getByRole('button', { name: 'Add partner' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: "Enter the partner's name" })).toHaveAttribute('href', '#partner-name');
  await expect(page.locator('#partner-name-error')).toHaveText("Error: Enter the partner's name");
  await checkPage(page);

  await page.getByLabel('Name').fill('Norwich Community Hub');
  await page.getByLabel('Description (optional)').fill('Runs digital help sessions in community centres.');
  await page.getByRole('button', { name: 'Add partner' }).click();

  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Norwich Community Hub' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Norwich Community Hub has been added' })).toBeFocused();
  await expect(page).toHaveTitle('Norwich Community Hub - Steerline');
  await expect(page.getByText('No contacts have been recorded yet.')).toBeVisible();
  await expect(page.getByText('No shared protocols have been signed yet.')).toBeVisible();
  await expect(page.getByText('This partner is not working on any live action.')).toBeVisible();
  await checkPage(page);

  // A contact: a wrong email address is shown beside the field, then the contact is added.
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeFocused();
  await page.getByLabel('Name').fill('Jo Bloggs');
  await page.getByLabel('Role (optional)').fill('Centre manager');
  await page.getByLabel('Email address (optional)').fill('jo-at-hub');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.locator('#contact-email-error')).toHaveText('Error: Enter an email address in the correct format, like name@example.com');
  await checkPage(page);
  await page.getByLabel('Email address (optional)').fill('jo@hub.example');
  await page.getByLabel('Phone number (optional)').fill('01603 212121');
  await page.getByRole('button', { name: 'Add contact' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Contact Jo Bloggs added' })).toBeFocused();
  const contacts = page.getByRole('table', { name: 'Contacts' });
  const jo = contacts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jo Bloggs' }) });
  await expect(jo.getByRole('cell')).toHaveText(['Centre manager', 'jo@hub.example', '01603 212121', /Change.*Remove/]);

  // A signed protocol: a date in the future is refused, a past one recorded.
  await page.getByRole('button', { name: 'Record a signed protocol' }).click();
  await page.getByLabel('Protocol').fill('Inline for online signposting protocol');
  await page.getByLabel('Version signed').fill('1.0');
  await page.getByLabel('Date signed').fill('2999-01-01');
  await page.getByLabel('Signed by').fill('Jo Bloggs, Centre manager');
  await page.getByRole('button', { name: 'Record signed protocol' }).click();
  await expect(page.locator('#protocol-signed-on-error')).toHaveText('Error: The date signed must be today or in the past');
  await checkPage(page);
  await page.getByLabel('Date signed').fill('2026-04-01');
  await page.getByRole('button', { name: 'Record signed protocol' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Signed protocol recorded: Inline for online signposting protocol' })).toBeFocused();
  const protocols = page.getByRole('table', { name: 'Shared protocols signed' });
  await expect(protocols.getByRole('rowheader')).toHaveText(['Inline for online signposting protocol']);
  await expect(protocols.getByRole('cell')).toHaveText(['1.0', '1 April 2026', 'Jo Bloggs, Centre manager']);
  await checkPage(page);

  // Change the contact, then remove it after confirming.
  await contacts.getByRole('button', { name: 'Change Jo Bloggs' }).click();
  await expect(page.getByRole('heading', { name: 'Change contact: Jo Bloggs' })).toBeFocused();
  await page.getByLabel('Role (optional)').fill('Hub director');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Contact Jo Bloggs saved' })).toBeVisible();
  await expect(jo.getByRole('cell').first()).toHaveText('Hub director');

  await contacts.getByRole('button', { name: 'Remove Jo Bloggs' }).click();
  await expect(page.getByRole('heading', { name: 'Remove Jo Bloggs?' })).toBeFocused();
  await checkPage(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(contacts.getByRole('button', { name: 'Remove Jo Bloggs' })).toBeFocused();
  await contacts.getByRole('button', { name: 'Remove Jo Bloggs' }).click();
  await page.getByRole('button', { name: 'Yes, remove contact' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Contact Jo Bloggs removed' })).toBeVisible();
  await expect(page.getByText('No contacts have been recorded yet.')).toBeVisible();

  // The partner's own details.
  await page.getByRole('button', { name: 'Change name or description' }).click();
  await page.getByLabel('Description (optional)').fill('Runs digital help sessions in six community centres.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Partner details saved' })).toBeVisible();
  await expect(page.getByText('Runs digital help sessions in six community centres.')).toBeVisible();

  await page.getByRole('link', { name: 'Back to partners' }).click();
  const hub = partners.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Norwich Community Hub' }) });
  await expect(hub.getByRole('cell')).toHaveText(['Runs digital help sessions in six community centres.', '0']);
});

test('when someone else saved the partner first, the administrator is told and reloads it, and nothing is overwritten', async ({ page }) => {
  await signIn(page, 'admin@steerline.example');
  const partners = (await (await page.request.get('/api/partners')).json()) as PartnerSummary[];
  const forum = partners.find((partner) => partner.name === 'The Forum')!;
  await page.goto(`/partners/${forum.id}`);
  await page.getByRole('button', { name: 'Change name or description' }).click();
  await page.getByLabel('Description (optional)').fill('My edit, based on an old version.');

  const otherEdit = await page.request.patch(`/api/partners/${forum.id}`, { data: { version: forum.version, description: 'Hosts Get online Tuesdays every month.' } });
  expect(otherEdit.status()).toBe(200);

  // Saving over the other edit: the API answers 409.
  expectRefusals(409);
  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this partner while you were editing' });
  await expect(notice).toBeFocused();
  await checkPage(page);

  await notice.getByRole('button', { name: 'Reload the latest version' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByLabel('Description (optional)')).toHaveValue('Hosts Get online Tuesdays every month.');
  await expect(page.getByLabel('Name')).toBeFocused();
  await expect(page.getByRole('definition').filter({ hasText: 'Hosts Get online Tuesdays every month.' })).toBeVisible();
});

test("a partner's member sees its page, with its signed protocols and live actions, but cannot change it", async ({ page, browser, baseURL }) => {
  // An administrator records a signed protocol for the partner first, through the API.
  const adminContext = await browser.newContext({ baseURL });
  const signedIn = await adminContext.request.post('/api/auth/sign-in', { data: { email: 'admin@steerline.example', password: DEMO_PASSWORD } });
  expect(signedIn.ok()).toBe(true);
  const partners = (await (await adminContext.request.get('/api/partners')).json()) as PartnerSummary[];
  const eagles = partners.find((partner) => partner.name === 'Barclays Digital Eagles')!;
  const signed = await adminContext.request.post(`/api/partners/${eagles.id}/protocols`, {
    data: { protocolName: 'Get online Tuesdays volunteer protocol', protocolVersion: '2', signedOn: '2026-05-12', signedBy: 'Dee Eagle' },
  });
  expect(signed.status(), await signed.text()).toBe(201);
  await adminContext.close();

  await signIn(page, 'partner@steerline.example');
  await page.goto('/partners');
  await expect(page.getByRole('button', { name: 'Add a partner' })).toHaveCount(0);
  await checkPage(page);

  await page.getByRole('link', { name: 'Barclays Digital Eagles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Barclays Digital Eagles' })).toBeFocused();
  const protocols = page.getByRole('table', { name: 'Shared protocols signed' });
  await expect(protocols.getByRole('row').filter({ hasText: 'Get online Tuesdays volunteer protocol' }).getByRole('cell')).toHaveText(['2', '12 May 2026', 'Dee Eagle']);
  const actions = page.getByRole('table', { name: 'Live actions Barclays Digital Eagles works on' });
  await expect(actions.getByRole('link', { name: /^DI-\d{3} / }).first()).toBeVisible();
  await expect(actions.locator('.govuk-tag').first()).toHaveText(/Red|Amber|Green|Blue \(complete\)|Grey \(not started\)/);

  for (const name of ['Change name or description', 'Add a contact', 'Record a signed protocol']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /^(Change|Remove) / })).toHaveCount(0);
  await checkPage(page);
});
