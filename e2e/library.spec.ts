import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

test('the library screens pass an accessibility check and show the sample data', async ({ page }) => {
  await openApp(page, '#/library/case-studies');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Data Integrity and Compliance with NCRS/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the case studies tab');
  await page.getByRole('link', { name: 'Forward plan' }).click();
  await expect(page.getByRole('heading', { name: /2\. Contracts above £250k/ })).toBeVisible();
  await expect(page.getByText('None to report', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the forward plan tab');
  await page.getByRole('link', { name: 'Tables' }).click();
  await expect(page.locator('.total-row').first()).toBeVisible();
  await expectNoAxeViolations(page, 'the tables tab');
  await page.getByRole('link', { name: 'Ambitions' }).click();
  await expectNoAxeViolations(page, 'the ambitions tab');
});

test('a budget table computes variance and total; inserted as an appendix it exports with the total', async ({ page }) => {
  await openApp(page, '#/library/tables');
  await page.getByRole('button', { name: 'New budget table' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Test budget 2018/19');
  await page.getByLabel('Row 1 Entity').fill('Force');
  await page.getByLabel('Row 1 Budget').fill('£1,200,000');
  await page.getByLabel('Row 1 Forecast outturn').fill('1.25m');
  await page.getByRole('button', { name: 'Add row' }).click();
  await page.getByLabel('Row 2 Entity').fill('Office of the Commissioner');
  await page.getByLabel('Row 2 Budget').fill('500,000');
  await page.getByLabel('Row 2 Forecast outturn').fill('(hello');
  await expect(page.getByRole('alert').filter({ hasText: 'is not a number' })).toBeVisible();
  await page.getByLabel('Row 2 Forecast outturn').fill('467,890');
  await waitUntilSaved(page);
  await expect(page.getByLabel('Row 1 Variance')).toHaveText('£50,000');
  await expect(page.getByLabel('Row 2 Variance')).toHaveText('(£32,110)');
  const total = page.locator('.total-row');
  await expect(total).toContainText('£1,700,000');
  await expect(total).toContainText('£1,717,890');
  await expect(total).toContainText('£17,890');

  await page.getByLabel('£ figures print as').selectOption('thousands');
  await expect(total).toContainText('1,718');
  await waitUntilSaved(page);

  await page.goto('/#/');
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  // Into the sample's Appendix B (at the cursor): "Insert as new appendix" currently loses the block in
  // the browser (the same known problem as e2e/plans.spec.ts's fixme; renderer/db/blocks-repo.ts).
  const appendixB = page.getByRole('region', { name: /^Appendix B/ });
  await appendixB.locator('.ProseMirror').first().click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /^Table/ }).check();
  await dialog.getByLabel('Table', { exact: true }).selectOption({ label: 'Test budget 2018/19' });
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  const preview = page.locator('.block-preview').filter({ hasText: 'Forecast outturn' });
  await expect(preview).toContainText('1,718');
  await expect(preview).toContainText('(32)');
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(page.locator('.block-preview').filter({ hasText: 'Forecast outturn' })).toContainText('1,718');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const file = await download;
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, ' ').replace(/&apos;/g, "'");
  expect(text).toContain("Forecast outturn £'000");
  expect(text).toMatch(/Office of the Commissioner\s+500\s+468\s+\(32\)/);
  // Totals from the unrounded figures: 1,700,000 / 1,717,890 / 17,890 → 1,700 / 1,718 / 18.
  expect(text).toMatch(/Total\s+1,700\s+1,718\s+18\s/);
});
