// Issue 12: house style per committee with an organisation default. Setting a committee's style
// changes the paper's preview and its Word file; the settings screen passes axe.
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

const COMMITTEE = 'Joint Audit & Scrutiny Panel'; // the sample paper's committee

async function exportedXml(page: import('@playwright/test').Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  return { document: await zip.file('word/document.xml')!.async('string'), styles: await zip.file('word/styles.xml')!.async('string') };
}

test('a committee’s house style changes the preview and the Word file; the organisation default applies to the rest', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  // Theme 6's update goes in as an appendix: its status cells print "■ G" out of the box
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /Theme update/ }).check();
  await dialog.getByLabel('Theme', { exact: true }).selectOption('5a3e1e00-2017-4000-8012-000000000006');
  await dialog.getByLabel('Reporting period').selectOption({ label: 'Q2 2017/18' });
  await dialog.getByRole('button', { name: 'Insert as new appendix' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  const appendix = page.locator('.block-preview').filter({ hasText: 'STATUS KEY' });
  await appendix.scrollIntoViewIfNeeded();
  await expect(appendix.locator('td .status-tag').first()).toContainText('■');
  const before = await exportedXml(page);
  expect(before.document).toContain('8th December 2017');

  await page.getByRole('link', { name: 'Committees' }).click();
  await page.getByLabel('House style of the organisation').getByLabel('Dates').selectOption({ label: '8 May 2019' });
  await page.getByText(`House style of ${COMMITTEE}`).click();
  const style = page.getByRole('group', { name: `House style of ${COMMITTEE}` });
  await expect(style.getByLabel('Dates')).toHaveValue(''); // follows the organisation …
  await expect(style.getByLabel('Dates').locator('option:checked')).toHaveText('As the organisation (8 May 2019)');
  await style.getByLabel('Section headings').selectOption({ label: 'As typed' });
  await style.getByLabel('Status cells').selectOption({ label: 'Green (word)' });
  await style.getByLabel('£ figures in tables and the forward plan').selectOption({ label: '£400k, £1.4m' });
  // saved as it changes (the box shows the stored setting)
  await style.getByLabel(/Organisation \(NOPCC/).click();
  await expect(style.getByLabel(/Organisation \(NOPCC/)).toBeChecked();
  await waitUntilSaved(page);
  await expectNoAxeViolations(page, 'the Committees screen with a house style open');
  await page.screenshot({ path: 'test-results/house-style-settings.png', fullPage: true });

  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  // headings as typed in the editor, status cells in words
  const heading = page.getByRole('textbox', { name: 'Section 1 title' });
  await expect(heading).toHaveCSS('text-transform', 'none');
  await appendix.scrollIntoViewIfNeeded();
  const cell = appendix.locator('td .status-tag').first();
  await expect(cell).not.toContainText('■');
  await expect(cell).toHaveText(/^[A-Z][a-z]+/);
  await expect(appendix.locator('th', { hasText: 'Organisation' })).toHaveCount(1);
  await appendix.screenshot({ path: 'test-results/house-style-preview.png' });

  const after = await exportedXml(page);
  expect(after.document).toContain('8 December 2017');
  expect(after.document).not.toContain('8th December 2017');
  const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1"[\s\S]*?<\/w:style>/;
  expect(heading1.exec(before.styles)![0]).toContain('<w:caps/>');
  expect(heading1.exec(after.styles)![0]).not.toContain('<w:caps/>');
  expect(after.document).toContain('>Organisation<');
});
