// The whole quarterly flow of issue 3, as its users do it: a lead officer fills in a quarter's updates
// for every deliverable of Theme 6 without touching the paper; the author drops the theme's update
// into the paper as an appendix and exports it; the Word file's status key figures match the updates
// exactly, every status cell carries its symbol and letter (black-and-white print), and LibreOffice
// opens the file and prints the same figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

const PLAN = 'Police and Crime Plan (2016-18)';
const THEME_6 = '5a3e1e00-2017-4000-8012-000000000006';
// Q3 2017/18, the 13 deliverables in order: 9 Green, 2 Amber, 1 Red, 1 White (NS).
const LETTERS = ['g', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'g', 'a', 'a', 'r', 'n'];

const hasLibreOffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0;

test('a lead officer’s quarter of updates reaches the Word appendix with exactly the same status key figures', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page
    .getByRole('row', { name: new RegExp(PLAN.replace(/[()]/g, '\\$&')) })
    .getByRole('link', { name: 'Lead officer updates' })
    .click();
  await page.getByLabel('Lead officer', { exact: true }).selectOption({ label: 'Everyone (all deliverables)' });
  await page.locator('#plan-period').selectOption({ label: 'Q3 2017/18' });
  await expect(page.getByTestId('officer-progress')).toHaveText('All deliverables: 0 of 13 updated');

  // Keyboard only: a letter sets the status, Ctrl+Enter moves on; Amber and Red get their narrative.
  const cards = page.locator('.update-card');
  await expect(cards).toHaveCount(13);
  await cards.first().getByRole('radio').first().focus();
  for (const [i, letter] of LETTERS.entries()) {
    const card = cards.nth(i);
    await expect(card.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press(letter);
    if (letter === 'a' || letter === 'r') {
      await card.getByRole('textbox', { name: /^Update for / }).click();
      await page.keyboard.type(`Quarter three: reason ${i} why this is ${letter === 'a' ? 'Amber' : 'Red'}.`);
    }
    if (i < LETTERS.length - 1) await page.keyboard.press('Control+Enter');
  }
  await expect(page.getByTestId('officer-progress')).toHaveText('All deliverables: 13 of 13 updated');
  await waitUntilSaved(page);

  // The author puts Theme 6's Q3 update into the paper and exports it.
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /Theme update/ }).check();
  await dialog.getByLabel('Theme', { exact: true }).selectOption(THEME_6);
  await dialog.getByLabel('Reporting period').selectOption({ label: 'Q3 2017/18' });
  await dialog.getByRole('button', { name: 'Insert as new appendix' }).click();
  await expect(dialog).toBeHidden();
  const preview = page.locator('.block-preview').filter({ hasText: 'STATUS KEY and Results' });
  await expect(preview).toContainText('9/13 (69.2%)');
  // The appendix's title is not printed as well as the block's own heading (it said the same twice).
  await expect(page.locator('.appendix-title-note')).toBeVisible();
  await expectNoAxeViolations(page, 'a paper with a theme update appendix');
  await waitUntilSaved(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const file = await download;
  const bytes = readFileSync(await file.path());
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  // The figures, computed from the updates just written.
  for (const figure of ['9/13 (69.2%)', '2/13 (15.4%)', '1/13 (7.7%)']) expect(xml).toContain(`>${figure}<`);
  expect(xml).toContain('THEME 6 UPDATE — Q3 2017/18 (October–December 2017)');
  // Once, in the paper's list of appendices; not again above the block's own headings.
  expect(xml.split('Theme 6 update – Q3 2017/18').length - 1).toBe(1);
  // Every deliverable's status cell is shaded AND carries symbol and letter.
  const cells = (mark: string) => xml.split(`>${mark}</w:t>`).length - 1;
  expect([cells('■ G'), cells('▲ A'), cells('● R'), cells('○ NS')]).toEqual([9, 2, 1, 1]);
  expect(xml).toContain('Quarter three: reason 11 why this is Red.');
  // A landscape section with repeating header rows.
  expect(xml).toContain('w:orient="landscape"');
  expect(xml).toContain('<w:tblHeader/>');

  if (!hasLibreOffice) {
    test.info().annotations.push({ type: 'skip', description: 'LibreOffice not installed: the PDF check did not run' });
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'panelwright-plan-e2e-'));
  writeFileSync(join(dir, 'paper.docx'), bytes);
  const lo = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'paper.docx')],
    { encoding: 'utf8', timeout: 180_000 },
  );
  expect(lo.status, lo.stderr).toBe(0);
  const text = spawnSync('pdftotext', ['-layout', join(dir, 'paper.pdf'), '-'], { encoding: 'utf8' }).stdout;
  expect(text).toMatch(/Number\s+9\/13 \(69\.2%\)\s+Number\s+2\/13 \(15\.4%\)\s+Number\s+1\/13 \(7\.7%\)\s+Number\s+1\/13 \(7\.7%\)/);
});
