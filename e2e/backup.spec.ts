import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createPaper, expectNoAxeViolations, expectPaperTitles, openApp, waitUntilSaved } from './support/app';

async function paperTitles(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Papers' })).toBeVisible();
  await expect(page.locator('.paper-link').first()).toBeVisible(); // every caller has papers; the list loads after the page
  return page.locator('.paper-link').allTextContents();
}

async function chooseBackupFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(file);
}

async function backUpNow(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const path = await (await download).path();
  await expect(page.getByRole('status').filter({ hasText: 'Backup written' })).toBeVisible();
  return path;
}

const restoreDialog = (page: Page) => page.getByRole('dialog', { name: /^Restore from/ });

test('a damaged backup file is refused with a reason before anything is asked, and nothing changes', async ({ page }) => {
  await openApp(page);
  const before = await paperTitles(page);
  expect(before.length).toBeGreaterThan(0);
  await chooseBackupFile(page, {
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"panelwright-backup","version":1,"data":{"papers":[{"id":'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was not restored: nothing on this computer has changed');
  await expect(restoreDialog(page)).toHaveCount(0);
  await expectPaperTitles(page, before);
});

test('a Word document chosen as a backup is refused in a sentence, not parser text', async ({ page }) => {
  await openApp(page);
  const before = await paperTitles(page);
  await chooseBackupFile(page, {
    name: 'Budget report.docx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('"Budget report.docx" was not restored');
  await expect(alert).toContainText('This is a Word document, spreadsheet or other zip file, not a Panelwright backup.');
  await expect(alert).not.toContainText(/Unexpected token|JSON/);
  await expect(restoreDialog(page)).toHaveCount(0);
  await expect(alert).toBeFocused();
  await expectPaperTitles(page, before);
});

test('a backup written by the app restores, after a summary of what it holds in words', async ({ page }) => {
  await openApp(page);
  const path = await backUpNow(page);

  // Delete the sample paper, then restore it from the backup.
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await page.getByRole('button', { name: /^Delete Police and Crime/ }).click();
  await page.getByRole('button', { name: 'Delete paper' }).click();
  await expect(page.getByRole('heading', { name: 'No papers yet' })).toBeVisible();

  await chooseBackupFile(page, path);
  const dialog = restoreDialog(page);
  await expect(dialog).toContainText(/This backup was made on \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d by Panelwright \S+ \(backup format 4\)\./);
  await expect(dialog).toContainText(
    /It holds 1 paper, 13 sections of papers, 2 appendices, 4 committees, 1 delivery plan, \d+ themes?, 13 deliverables, 26 lead officer updates, 10 people named in plans, 9 performance measures, 18 measure figures/,
  );
  await expect(dialog).toContainText(/case studies/);
  await expect(dialog).not.toContainText(/measureValues|forwardPlanItems|caseStudies/);
  await expect(dialog).toContainText('This computer now has 4 committees');
  await expect(dialog.getByRole('radio', { name: /^Everything/ })).toBeFocused();
  await expectNoAxeViolations(page, 'the restore confirmation');
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Backup restored' }).first();
  await expect(done).toBeVisible();
  await expect(done).toContainText('This computer now has 1 paper, 13 sections of papers');
  await expect(done).not.toContainText('measureValues');
  // Focus is on the message, so it is read out.
  await expect(done).toBeFocused();
  await expectPaperTitles(page, [/Police and Crime Commissioner's Update Report/]);
});

test('one paper restores from a backup into what is here; a paper written since stays', async ({ page }) => {
  await openApp(page);
  const path = await backUpNow(page);

  // After the backup: the sample paper's title is spoilt and a new paper is written.
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await page.getByRole('link', { name: /Police and Crime Commissioner's Update Report/ }).click();
  await page.getByLabel('Paper title').fill('Spoilt by mistake');
  await page.getByLabel('Paper title').press('Tab');
  await waitUntilSaved(page);
  await createPaper(page);
  await page.getByLabel('Paper title').fill('Written since the backup');
  await page.getByLabel('Paper title').press('Tab');
  await waitUntilSaved(page);

  await chooseBackupFile(page, path);
  const dialog = restoreDialog(page);
  await dialog.getByRole('radio', { name: 'One paper or delivery plan, into what is here' }).check();
  await expect(dialog.getByLabel('Paper or plan')).toHaveValue(/^paper:/);
  await expect(dialog.getByLabel('Paper or plan').locator('option:checked')).toContainText(
    /Paper: Police and Crime Commissioner's Update Report.*on this computer/,
  );
  // Cancel first: nothing happens, and focus is back on Restore.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore from a backup…' })).toBeFocused();
  await chooseBackupFile(page, path);
  await dialog.getByRole('radio', { name: 'One paper or delivery plan, into what is here' }).check();
  await expect(dialog).toContainText('The backup’s copy replaces the one on this computer, with all its parts; parts added here since the backup are removed.');
  await expectNoAxeViolations(page, 'restoring one paper');
  await dialog.getByRole('button', { name: 'Restore this paper' }).click();
  const done = page
    .getByRole('status')
    .filter({ hasText: /^Restored “Police and Crime Commissioner's Update Report/ })
    .first();
  await expect(done).toBeVisible();
  await expect(done).toContainText('Replaced the paper');
  await expect(done).toContainText('Everything else on this computer is as it was.');
  await expect(async () => {
    const titles = await paperTitles(page);
    expect(titles).toHaveLength(2);
    expect(titles).toContain('Written since the backup');
    expect(titles.some((t) => /Police and Crime Commissioner's Update Report/.test(t))).toBe(true);
    expect(titles.join()).not.toContain('Spoilt by mistake');
  }).toPass({ timeout: 10_000 });
});
