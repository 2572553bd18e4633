import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, tabTo, test } from './support/fixtures.js';
import { createFirstAdministrator, goLive, linkIn, startSmtpServer, type TestSmtpServer } from './support/go-live.js';

/**
 * Going live, from an empty database (`SEED_DEMO=false`) to the first progress update, with the keyboard alone and a
 * real SMTP server: the command line's link sets the first administrator's password; the administrator sets up the
 * strategy, its priorities, bodies and segments, adds a partner, invites a working-group member and a partner's
 * member, and creates an action for the partner; the partner's member follows the e-mailed link, sets a password,
 * signs in and posts an update. Every page on the way is checked with axe.
 */

const ADMIN = { name: 'Alex Rivers', email: 'alex.rivers@council.example', password: 'correct horse battery staple' };
const MEMBER = { name: 'Wyn Working', email: 'wyn.working@council.example' };
const PARTNER = { name: 'Parveen Partner', email: 'parveen@libraries.example', password: 'lending books since 1857' };
const PARTNER_ORGANISATION = 'City library service';
const BODIES = {
  leadership: 'Corporate leadership team',
  board: 'Channel shift board',
  working: 'Digital inclusion working group',
  partnership: 'Digital steering group',
};
const ACTION_TITLE = 'Digital help desks in every library';

let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startSmtpServer();
});
test.afterAll(async () => {
  await smtp.close();
});
test.use({ baseURL: goLive.baseUrl });

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** The keyboard's ways of using a form: Tab to a control, then type, press Enter or Space, or type an option's name. */
function keyboardOf(page: Page) {
  const reach = (control: Locator, direction: 'Tab' | 'Shift+Tab' = 'Tab') => tabTo(page, control, direction, 120);
  return {
    reach,
    async type(field: Locator, text: string) {
      await reach(field);
      await page.keyboard.type(text);
      await expect(field).toHaveValue(text);
    },
    async press(control: Locator, key = 'Enter', direction: 'Tab' | 'Shift+Tab' = 'Tab') {
      await reach(control, direction);
      await page.keyboard.press(key);
    },
    async tick(box: Locator) {
      await reach(box);
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
    },
    /** On a closed select, typing picks the option that starts with the letters. */
    async choose(select: Locator, option: string) {
      await reach(select);
      await page.keyboard.type(option);
      await expect(select.locator('option:checked')).toHaveText(option);
    },
  };
}

async function signInByKeyboard(page: Page, email: string, password: string): Promise<void> {
  const keys = keyboardOf(page);
  await page.goto('/sign-in');
  await keys.type(page.getByLabel('Email address'), email);
  await keys.type(page.getByRole('textbox', { name: 'Password' }), password);
  await page.keyboard.press('Enter');
}

async function setPasswordByKeyboard(page: Page, link: string, password: string): Promise<void> {
  const keys = keyboardOf(page);
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(h1(page)).toBeVisible();
  await checkPage(page);
  await keys.type(page.getByLabel('New password'), password);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText('Your password has been set');
  await checkPage(page);
}

async function openFromMenu(page: Page, name: string): Promise<void> {
  await keyboardOf(page).press(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true }), 'Enter', 'Shift+Tab');
}

test('from an empty database to the first update, with the keyboard alone', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const keys = keyboardOf(page);

  // On the server: the first administrator, and the one-time link the command prints.
  const printed = await createFirstAdministrator(ADMIN.email, ADMIN.name);
  await setPasswordByKeyboard(page, linkIn(printed), ADMIN.password);
  await keys.press(page.getByRole('main').getByRole('link', { name: 'Sign in' }));
  await expect(h1(page)).toHaveText('Sign in');
  await keys.type(page.getByLabel('Email address'), ADMIN.email);
  await keys.type(page.getByRole('textbox', { name: 'Password' }), ADMIN.password);
  await page.keyboard.press('Enter');

  await setUpTheStrategy(page);

  // A partner organisation, then two people invited: one inside the council, one from the partner.
  await openFromMenu(page, 'Partners');
  await expect(h1(page)).toHaveText('Partners');
  await keys.press(page.getByRole('button', { name: 'Add a partner' }));
  await keys.type(page.getByLabel('Name'), PARTNER_ORGANISATION);
  await keys.press(page.getByRole('button', { name: 'Add partner' }));
  await expect(h1(page)).toHaveText(PARTNER_ORGANISATION);
  await checkPage(page);

  await invite(page, MEMBER, BODIES.working);
  await invite(page, PARTNER, BODIES.partnership, PARTNER_ORGANISATION);
  const invitations = await Promise.all([smtp.mailTo(MEMBER.email, /invit/i), smtp.mailTo(PARTNER.email, /invit/i)]);
  expect(invitations.map((mail) => mail.text)).toEqual([expect.stringContaining(MEMBER.name), expect.stringContaining(PARTNER.name)]);

  // An action owned by the partnership group, with the partner organisation working on it.
  await openFromMenu(page, 'Actions');
  await expect(h1(page)).toHaveText('Actions');
  await checkPage(page);
  await keys.press(page.getByRole('link', { name: 'Create an action' }));
  await expect(h1(page)).toHaveText('Create an action');
  await keys.type(page.getByLabel('Title'), ACTION_TITLE);
  await keys.type(page.getByLabel('Description'), 'A staffed help desk for getting online in each branch library.');
  await keys.reach(page.getByRole('radio', { name: /^1\. / }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /^1\. / })).toBeChecked();
  await keys.choose(page.getByLabel('Lead owner'), ADMIN.name);
  await keys.choose(page.getByLabel('Owning body'), BODIES.partnership);
  await keys.tick(page.getByRole('group', { name: 'Partners' }).getByLabel(PARTNER_ORGANISATION));
  await checkPage(page);
  await keys.press(page.getByRole('button', { name: 'Create action' }));
  await expect(h1(page)).toHaveText(new RegExp(`^[A-Z]+-001: ${ACTION_TITLE}$`));
  await checkPage(page);

  // The partner's member, in a browser of their own: the e-mailed link, a password, and the first update.
  const partnerContext = await browser.newContext({ baseURL: goLive.baseUrl });
  const partner = await partnerContext.newPage();
  const partnerKeys = keyboardOf(partner);
  await setPasswordByKeyboard(partner, linkIn(invitations[1].text), PARTNER.password);
  await signInByKeyboard(partner, PARTNER.email, PARTNER.password);
  await expect(h1(partner)).toHaveText('Dashboard');
  await checkPage(partner);
  await openFromMenu(partner, 'Actions');
  await partnerKeys.press(partner.getByRole('link', { name: ACTION_TITLE }));
  await expect(h1(partner)).toHaveText(new RegExp(`${ACTION_TITLE}$`));
  await partnerKeys.press(partner.getByRole('button', { name: 'Post a progress update' }), 'Space');
  await expect(h1(partner)).toHaveText('Post a progress update');
  await partnerKeys.reach(partner.getByRole('radio', { name: 'Red' }));
  await partner.keyboard.press('ArrowDown');
  await partner.keyboard.press('ArrowDown');
  await expect(partner.getByRole('radio', { name: 'Green' })).toBeChecked();
  await partnerKeys.type(partner.getByLabel('Commentary'), 'Help desks are open in three of eight libraries.');
  await partnerKeys.type(partner.getByLabel('Percent complete'), '40');
  await checkPage(partner);
  await partnerKeys.press(partner.getByRole('button', { name: 'Post update' }));
  await expect(partner.getByRole('alert').filter({ hasText: 'Progress update posted' })).toBeFocused();
  await expect(partner.locator('.moj-timeline__item').first()).toContainText('Help desks are open in three of eight libraries.');
  await expect(partner.locator('.moj-timeline__item').first()).toContainText(PARTNER.name);
  await checkPage(partner);
  await partnerContext.close();
});

/** People, Add a person: name, e-mail, one body and, for a partner's member, the organisation; the invitation goes by e-mail. */
async function invite(page: Page, person: { name: string; email: string }, body: string, organisation?: string): Promise<void> {
  const keys = keyboardOf(page);
  await openFromMenu(page, 'People');
  await expect(h1(page)).toHaveText('People');
  await keys.press(page.getByRole('link', { name: 'Add a person' }));
  await expect(h1(page)).toHaveText('Add a person');
  await keys.type(page.getByLabel('Full name'), person.name);
  await keys.type(page.getByLabel('Email address'), person.email);
  await keys.tick(page.getByRole('group', { name: 'Governance bodies' }).getByLabel(body));
  if (organisation) await keys.choose(page.getByLabel('Partner organisation (optional)'), organisation);
  await checkPage(page);
  await keys.press(page.getByRole('button', { name: 'Add person and send invitation' }));
  await expect(page.getByRole('alert').filter({ hasText: `${person.name} has been added and invited at ${person.email}` })).toBeFocused();
  await checkPage(page);
}

/** The first-run checklist, worked through from its links: the strategy, three priorities, four bodies and two segments. */
async function setUpTheStrategy(page: Page): Promise<void> {
  const keys = keyboardOf(page);
  const checklist = async () => {
    await expect(h1(page)).toHaveText('Set up Steerline');
    await checkPage(page);
  };
  const backToChecklist = () => keys.press(page.getByRole('link', { name: 'Back to set up' }), 'Enter', 'Shift+Tab');
  await checklist();
  await expect(page.getByRole('link', { name: 'Set up the strategy' })).toBeVisible();

  await keys.press(page.getByRole('link', { name: 'Set up the strategy' }));
  await expect(h1(page)).toHaveText('Set up the strategy');
  await checkPage(page);
  await keys.type(page.getByLabel('Title'), 'Digital inclusion strategy');
  await keys.type(page.getByLabel('Reference prefix'), 'DI');
  await keys.type(page.getByLabel('Start of the period (optional)'), '2026-04-01');
  await keys.type(page.getByLabel('End of the period (optional)'), '2029-03-31');
  await keys.type(page.getByLabel('Vision'), 'To support all our customers and citizens to access and use the internet.');
  await keys.press(page.getByRole('button', { name: 'Set up the strategy' }));
  await expect(page.getByText('Digital inclusion strategy has been set up')).toBeVisible();
  await checkPage(page);
  await backToChecklist();
  await checklist();

  await keys.press(page.getByRole('link', { name: 'Add priorities' }));
  await expect(h1(page)).toHaveText('Priorities');
  for (const [number, title] of [
    ['1', 'Support and promote awareness of free digital access points'],
    ['2', 'Target digital access and support to the most vulnerable groups'],
    ['3', 'Identify potential funding opportunities'],
  ]) {
    await keys.press(page.getByRole('link', { name: 'Add a priority' }));
    await expect(h1(page)).toHaveText('Add a priority');
    await keys.type(page.getByLabel('Number'), number);
    await keys.type(page.getByLabel('Title'), title);
    if (number === '1') await checkPage(page);
    await keys.press(page.getByRole('button', { name: 'Add priority' }));
    await expect(h1(page)).toHaveText('Priorities');
    await expect(page.getByRole('table').getByText(title)).toBeVisible();
  }
  await checkPage(page);
  await backToChecklist();
  await checklist();

  await keys.press(page.getByRole('link', { name: 'Add governance bodies' }));
  await expect(h1(page)).toHaveText('Governance bodies');
  // The kind radios in their order: Leadership team, Board, Working group, Partnership group.
  for (const [index, name] of [BODIES.leadership, BODIES.board, BODIES.working, BODIES.partnership].entries()) {
    await keys.press(page.getByRole('link', { name: 'Add a governance body' }));
    await expect(h1(page)).toHaveText('Add a governance body');
    await keys.type(page.getByLabel('Name'), name);
    await keys.reach(page.getByRole('radio', { name: 'Leadership team' }));
    if (index === 0) await page.keyboard.press('Space');
    for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('group', { name: /Kind of body/ }).getByRole('radio').nth(index)).toBeChecked();
    if (index > 0) await keys.choose(page.getByLabel('Reports to (optional)'), index === 1 ? BODIES.leadership : BODIES.board);
    if (index === 0) await checkPage(page);
    await keys.press(page.getByRole('button', { name: 'Add body' }));
    await expect(h1(page)).toHaveText('Governance bodies');
    await expect(page.getByRole('table').getByRole('link', { name })).toBeVisible();
  }
  await checkPage(page);
  await backToChecklist();
  await checklist();

  await keys.press(page.getByRole('link', { name: 'Add population segments' }));
  await expect(h1(page)).toHaveText('Coverage of population segments');
  for (const [name, share, veryLow] of [
    ['Elderly people reliant on state support', '13', true],
    ['Young, well-educated city dwellers', '29', false],
  ] as const) {
    await keys.press(page.getByRole('button', { name: 'Add a population segment' }));
    await keys.type(page.getByLabel('Name'), name);
    await keys.type(page.getByLabel('Share of households'), share);
    if (veryLow) await keys.tick(page.getByLabel('Very low propensity to self-serve'));
    await keys.press(page.getByRole('button', { name: 'Add segment' }));
    await expect(page.getByRole('alert').filter({ hasText: `${name} has been added` })).toBeFocused();
  }
  await checkPage(page);
  await openFromMenu(page, 'Set up');
  await checklist();
  for (const step of ['Set up the strategy', 'Add priorities', 'Add governance bodies', 'Add population segments']) {
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: step }) })).toContainText('Done');
  }
}
