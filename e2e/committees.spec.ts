import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openApp, openPaper } from './support/app';

const PANEL = 'Joint Audit & Scrutiny Panel';

test('removing a committee that a paper uses asks first, naming the paper; the paper keeps it on its cover and in Word', async ({ page }) => {
  await openApp(page, '#/committees');
  await expectNoAxeViolations(page, 'the committees list');
  await page.getByRole('button', { name: `Remove ${PANEL}` }).click();
  const ask = page.getByRole('dialog', { name: /Remove “Joint Audit & Scrutiny Panel”\?/ });
  await expect(ask).toContainText("Police and Crime Commissioner's Update Report");
  await expectNoAxeViolations(page, 'the question before removing a committee in use');
  // Cancel changes nothing.
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: `Remove ${PANEL}` })).toBeVisible();

  await page.getByRole('button', { name: `Remove ${PANEL}` }).click();
  await page
    .getByRole('dialog', { name: /Remove/ })
    .getByRole('button', { name: 'Remove from the list' })
    .click();
  await expect(page.getByRole('button', { name: `Remove ${PANEL}` })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'removed from the list' })).toBeVisible();

  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const reportTo = page.getByLabel('Report to');
  await expect(reportTo.locator('option:checked')).toHaveText(`${PANEL} (no longer in the list)`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const xml = await (await JSZip.loadAsync(await readFile(await (await download).path()))).file('word/document.xml')!.async('string');
  expect(xml).toContain('Joint Audit &amp; Scrutiny Panel');
});

test('a committee no paper uses is removed at once, with Undo', async ({ page }) => {
  await openApp(page, '#/committees');
  await page.getByLabel('New committee or panel').fill('Estates Board');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Remove Estates Board' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Remove Estates Board' })).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Remove Estates Board' })).toBeVisible();
});

test('a committee’s page limit: the status bar shows the paper’s words and pages, and warns when it is over', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const length = page.getByTestId('paper-length');
  await expect(length).toHaveText(/^[\d,]+ words · about \d+ pages \(\+ \d+ of appendices\)$/);
  await expect(page.getByText(/over the .* limit/)).toHaveCount(0);

  await page.getByRole('link', { name: 'Committees' }).click();
  await page.getByLabel(`Page limit for ${PANEL}`).fill('5');
  await expectNoAxeViolations(page, 'the committees list with a page limit');
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await expect(
    page.getByRole('status').filter({ hasText: /About \d+ pages: over the Joint Audit & Scrutiny Panel’s limit of 5 pages \(appendices not counted\)\.$/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'a paper over its committee’s page limit');

  // A limit that is not a number is refused and not saved.
  await page.getByRole('link', { name: 'Committees' }).click();
  await page.getByLabel(`Page limit for ${PANEL}`).fill('ten');
  await expect(page.getByText('A whole number of pages')).toBeVisible();
  await page.getByLabel(`Page limit for ${PANEL}`).fill('');
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await expect(length).toBeVisible();
  await expect(page.getByText(/over the .* limit/)).toHaveCount(0);
});
