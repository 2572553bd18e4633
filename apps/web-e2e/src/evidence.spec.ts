import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { ActionDetail, BodySummary, PersonRef, PriorityRef } from '@steerline/contracts';
import { expect, expectNoAxeViolations, expectNoHorizontalScrollAt320, expectRefusals, signIn, tabTo, test } from './support/fixtures.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const CSV = Buffer.from('Date,People helped\r\n2026-11-03,38\r\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

/** A fresh action owned by Bola Board, set up through the API with the page's own session. */
async function boardAction(page: Page, title: string): Promise<ActionDetail> {
  const [priorities, people, bodies] = await Promise.all([
    page.request.get('/api/priorities').then((r) => r.json() as Promise<PriorityRef[]>),
    page.request.get('/api/people').then((r) => r.json() as Promise<PersonRef[]>),
    page.request.get('/api/bodies').then((r) => r.json() as Promise<BodySummary[]>),
  ]);
  const response = await page.request.post('/api/actions', {
    data: {
      title,
      priorityId: priorities.find((priority) => priority.number === 1)!.id,
      ownerId: people.find((person) => person.name === 'Bola Board')!.id,
      owningBodyId: bodies.find((body) => body.name === 'Channel shift board')!.id,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as ActionDetail;
}

async function checkPage(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScrollAt320(page);
}

test('an owner adds evidence by keyboard, several files at once, downloads one, and is told why a program is refused', async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  const action = await boardAction(page, `Evidence journey ${Date.now()}`);
  await page.goto(`/actions/${action.id}`);
  const evidence = page.getByRole('heading', { name: 'Evidence', level: 2 });
  await expect(evidence).toBeVisible();
  await expect(page.getByText('No evidence has been added.')).toBeVisible();
  await checkPage(page);

  // The file input is reached with Tab and opened with Space, as any button; two files are chosen at once.
  const input = page.getByLabel('Add evidence');
  await tabTo(page, input, 'Tab', 200);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles([
    { name: 'Attendance sheet.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'People helped.csv', mimeType: 'text/csv', buffer: CSV },
  ]);
  await expect(page.getByText('Chosen: Attendance sheet.pdf, People helped.csv')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Upload files' }));
  await page.keyboard.press('Enter');

  // The action page has other live regions (dependencies): the upload's is the one that counts the files.
  await expect(page.getByRole('status').filter({ hasText: '2 files added' })).toHaveCount(1);
  await expect(page.getByRole('listitem').filter({ hasText: 'Attendance sheet.pdf: added' })).toBeVisible();
  const table = page.getByRole('table', { name: /Evidence on/ });
  await expect(table.getByRole('rowheader')).toHaveText(['Attendance sheet.pdf', 'People helped.csv']);
  await expect(table.getByRole('row', { name: /Attendance sheet\.pdf/ })).toContainText('Action');
  await expect(table.getByRole('row', { name: /Attendance sheet\.pdf/ })).toContainText('Bola Board');
  await checkPage(page);

  // The download is the same file, saved under its name.
  const download = page.waitForEvent('download');
  await table.getByRole('link', { name: 'Attendance sheet.pdf' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('Attendance sheet.pdf');
  expect((await readFile((await saved.path())!)).equals(PDF)).toBe(true);

  // A program named .pdf is refused (415): the error summary takes focus and links to the file input.
  expectRefusals(415);
  await input.setInputFiles({ name: 'leaflet.pdf', mimeType: 'application/pdf', buffer: EXE });
  await page.getByRole('button', { name: 'Upload files' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('leaflet.pdf: The file must be one of these kinds');
  await summary.getByRole('link', { name: /leaflet\.pdf/ }).click();
  await expect(input).toBeFocused();
  await expect(table.getByRole('rowheader')).toHaveCount(2);
  await checkPage(page);

  // Choosing nothing is an error too.
  await page.getByRole('button', { name: 'Upload files' }).click();
  await expect(summary).toContainText('Choose one or more files to upload');

  // Removing one's own file.
  await table.getByRole('button', { name: 'Remove People helped.csv' }).click();
  await expect(table.getByRole('rowheader')).toHaveText(['Attendance sheet.pdf']);
});

test('a file dropped on the upload is sent like a chosen one, and someone else sees it without a Remove button', async ({ page, browser }) => {
  await signIn(page, 'board@steerline.example');
  const action = await boardAction(page, `Evidence dropped ${Date.now()}`);
  await page.goto(`/actions/${action.id}`);
  await page.getByTestId('evidence-drop-zone').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'Dropped notes.txt', { type: 'text/plain' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, 'Notes from the drop-in');
  await expect(page.getByText('Chosen: Dropped notes.txt')).toBeVisible();
  await page.getByRole('button', { name: 'Upload files' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 file added' })).toHaveCount(1);

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, 'partner@steerline.example');
  await other.goto(`/actions/${action.id}`);
  const table = other.getByRole('table', { name: /Evidence on/ });
  await expect(table.getByRole('rowheader')).toHaveText(['Dropped notes.txt']);
  await expect(table.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(other.getByLabel('Add evidence')).toHaveCount(0);
  await expectNoAxeViolations(other);
  await context.close();
});

test('the author of a progress update adds evidence to it by keyboard, and the action lists it as on that update', async ({ page }) => {
  await signIn(page, 'board@steerline.example');
  const action = await boardAction(page, `Evidence on an update ${Date.now()}`);
  const posted = await page.request.post(`/api/actions/${action.id}/updates`, { data: { commentary: 'Leaflets printed and handed out', rag: 'green', percentComplete: 30 } });
  expect(posted.status(), await posted.text()).toBe(201);
  await page.goto(`/actions/${action.id}`);

  const timeline = page.getByRole('list', { name: 'Progress updates, newest first' });
  const opener = timeline.getByText('Add evidence to this update');
  await tabTo(page, timeline.locator('summary'), 'Tab', 300);
  await page.keyboard.press('Enter');
  const input = timeline.getByLabel('Files for this update');
  await expect(input).toBeVisible();
  await checkPage(page);
  await tabTo(page, input);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: 'Leaflet run.csv', mimeType: 'text/csv', buffer: CSV });
  await tabTo(page, timeline.getByRole('button', { name: 'Upload files' }));
  await page.keyboard.press('Enter');
  await expect(timeline.getByRole('status')).toHaveText('1 file added');

  const table = page.getByRole('table', { name: /Evidence on/ });
  await expect(table.getByRole('row', { name: /Leaflet run\.csv/ })).toContainText('Progress update');
  await expect(opener).toBeVisible();
  await checkPage(page);
});
