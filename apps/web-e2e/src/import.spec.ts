import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, tabTo, test } from './support/fixtures.js';

const ADMIN = 'admin@steerline.example';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Three actions with titles no other journey uses; the second has an owner Steerline does not know until fixed. */
function plan(run: string, ownerOfSecond: string) {
  return [
    [`Digital champions in every team ${run}`, 'Recruit a champion in each team.', 5, 'working@steerline.example', 'Internal digital inclusion working group', 'Citizens Online', '', '2026-06-01', '2027-01-31', 'In progress', 'Amber'],
    [`Free wifi in community centres ${run}`, '', 1, ownerOfSecond, 'Channel shift board', 'The Forum; The library service', 'Elderly people reliant on state support', '', '2027-03-31', '', ''],
    [`Apply for a digital inclusion grant ${run}`, '', 3, 'leader@steerline.example', 'Corporate leadership team', '', '', '', '', 'Not started', 'Grey'],
  ];
}

/** The downloaded template with its example row replaced by the plan's rows (Reference left blank). */
async function fillTemplate(template: Buffer, rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Actions')!;
  sheet.spliceRows(2, sheet.rowCount - 1);
  for (const row of rows) sheet.addRow(['', ...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

async function expectActionsCreated(page: Page, titles: string[]): Promise<void> {
  const links = page.getByRole('main').getByRole('list').getByRole('link');
  await expect(links).toHaveCount(titles.length);
  for (const [index, title] of titles.entries()) await expect(links.nth(index)).toHaveText(new RegExp(`^DI-\\d{3}: ${title}$`));
  for (const title of titles) {
    const listed = await page.request.get(`/api/actions?pageSize=100&q=${encodeURIComponent(title)}`);
    const found = ((await listed.json()) as { items: { title: string }[] }).items.filter((item) => item.title === title);
    expect(found, `the action "${title}" on the plan`).toHaveLength(1);
  }
}

test('an admin imports an action plan: template, a file with one bad row, the fix, and the new actions', async ({ page }) => {
  const run = `${Date.now()}`;
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(ADMIN);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Import' }).click();

  await expect(page).toHaveURL(/\/admin\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Import an action plan' })).toBeFocused();
  await expect(page).toHaveTitle('Import an action plan - Steerline');
  await expect(page.getByRole('link', { name: 'Download the template as a CSV file (.csv)' })).toHaveAttribute('href', '/api/import/template.csv');
  await page.getByRole('link', { name: 'Read how to fill in each column' }).click();
  await expect(page.getByRole('table', { name: "The template's columns" }).getByRole('rowheader', { name: /^Owner email/ })).toBeVisible();
  await checkPage(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the template as an Excel workbook (.xlsx)' }).click()]);
  expect(download.suggestedFilename()).toBe('steerline-import-template.xlsx');
  const template = await downloaded(download);

  const fileInput = page.getByLabel('Upload the action plan');
  await fileInput.setInputFiles({ name: 'our-plan.xlsx', mimeType: XLSX_TYPE, buffer: await fillTemplate(template, plan(run, 'nobody@steerline.example')) });
  await page.getByRole('button', { name: 'Check the file' }).click();

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Row 3, Owner email: No active person has this email address']);
  await expect(page).toHaveTitle('Error: Import an action plan - Steerline');
  await expect(page.locator('#file-error')).toHaveText('Error: The file has 1 problem. Fix it in the spreadsheet, then upload it again');
  await expect(fileInput, 'emptied, so the corrected file is chosen again').toHaveValue('');
  const problems = page.getByRole('table', { name: '1 problem in our-plan.xlsx' });
  await expect(problems.getByRole('row').nth(1)).toHaveText('3Owner emailNo active person has this email address');
  await checkPage(page);

  await summary.getByRole('link').click();
  await expect(fileInput).toBeFocused();
  await fileInput.setInputFiles({ name: 'our-plan-fixed.xlsx', mimeType: XLSX_TYPE, buffer: await fillTemplate(template, plan(run, 'board@steerline.example')) });
  await expect(summary).toHaveCount(0);
  await page.getByRole('button', { name: 'Check the file' }).click();

  await expect(page.getByRole('heading', { name: 'The file is ready to import' })).toBeFocused();
  await expect(page).toHaveTitle('Import an action plan - Steerline');
  const preview = page.getByRole('table', { name: 'The actions' });
  await expect(preview.getByRole('rowheader')).toHaveText(plan(run, '').map((row) => String(row[0])));
  await expect(preview.getByRole('row').nth(2)).toContainText('Bola Board');
  await checkPage(page);

  await page.getByRole('button', { name: 'Import 3 actions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import complete' })).toBeFocused();
  await expect(page).toHaveTitle('Import complete - Steerline');
  await expect(page.locator('.govuk-panel__body')).toHaveText('3 actions imported');
  const titles = plan(run, '').map((row) => String(row[0]));
  await expectActionsCreated(page, titles);
  await checkPage(page);

  await page.getByRole('link', { name: new RegExp(titles[0]) }).click();
  await expect(page).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^DI-\\d{3}: ${titles[0]}$`));
  await expect(page.getByRole('main').getByText('RAG rating: Amber')).toBeVisible();
  await checkPage(page);
});

test('the same import works with the keyboard alone', async ({ page }) => {
  const run = `${Date.now()}-keys`;
  await page.request.post('/api/auth/sign-in', { data: { email: ADMIN, password: DEMO_PASSWORD } });
  const template = await (await page.request.get('/api/import/template.xlsx')).body();
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import an action plan' })).toBeVisible();

  const fileInput = page.getByLabel('Upload the action plan');
  const chooseWithKey = async (key: 'Enter' | 'Space', rows: (string | number)[][]) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press(key)]);
    await chooser.setFiles({ name: 'keyboard-plan.xlsx', mimeType: XLSX_TYPE, buffer: await fillTemplate(template, rows) });
  };

  await tabTo(page, fileInput, 'Tab', 40);
  await chooseWithKey('Enter', plan(run, 'nobody@steerline.example'));
  await tabTo(page, page.getByRole('button', { name: 'Check the file' }));
  await page.keyboard.press('Enter');

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Row 3, Owner email: No active person has this email address']);
  await checkPage(page);
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fileInput).toBeFocused();

  await chooseWithKey('Space', plan(run, 'board@steerline.example'));
  await tabTo(page, page.getByRole('button', { name: 'Check the file' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The file is ready to import' })).toBeFocused();
  await checkPage(page);

  await tabTo(page, page.getByRole('region', { name: 'Actions to import' }));
  await tabTo(page, page.getByRole('button', { name: 'Import 3 actions' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Import complete' })).toBeFocused();
  const titles = plan(run, '').map((row) => String(row[0]));
  await expectActionsCreated(page, titles);
  await checkPage(page);

  await tabTo(page, page.getByRole('link', { name: new RegExp(titles[0]) }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/actions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^DI-\\d{3}: ${titles[0]}$`));
  await checkPage(page);
});

test('someone who is not an administrator is told they cannot import', async ({ page }) => {
  await page.request.post('/api/auth/sign-in', { data: { email: 'board@steerline.example', password: DEMO_PASSWORD } });
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import an action plan' })).toBeVisible();
  await expect(page.getByText('Only administrators can import an action plan.')).toBeVisible();
  await expect(page.getByLabel('Upload the action plan')).toHaveCount(0);
  await checkPage(page);
});
