import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

async function paperTitles(page: import('@playwright/test').Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('heading', { name: 'Papers' })).toBeVisible();
  return page.locator('.paper-link').allTextContents();
}

test('a damaged backup file is refused with a reason, and nothing changes', async ({ page }) => {
  await openApp(page);
  const before = await paperTitles(page);
  expect(before.length).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"panelwright-backup","version":1,"data":{"papers":[{"id":') });
  await page.getByRole('button', { name: 'Restore backup' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('was not restored: nothing on this computer has changed');
  expect(await paperTitles(page)).toEqual(before);
});

test('a backup written by the app restores', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const file = await download;
  const path = await file.path();
  await expect(page.getByRole('status').filter({ hasText: 'Backup written' })).toBeVisible();

  // Delete the sample paper, then restore it from the backup.
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('button', { name: /^Delete Police and Crime/ }).click();
  await page.getByRole('button', { name: 'Delete paper' }).click();
  await expect(page.getByRole('heading', { name: 'No papers yet' })).toBeVisible();

  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' }).first()).toBeVisible();
  expect(await paperTitles(page)).toEqual([expect.stringMatching(/Police and Crime Commissioner's Update Report/)]);
});
