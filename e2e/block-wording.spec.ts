// Issue 12: the sentences a block prints by itself are shown in the insert form and are the author's
// to change; a block takes paragraph numbers only when the author says so; a computed figure can be
// replaced with a reason that stays in the app.
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openApp, openPaper, paragraphNumbers, sectionText, waitUntilSaved } from './support/app';

async function exportedText(page: import('@playwright/test').Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const xml = await (await JSZip.loadAsync(await readFile(await (await download).path()))).file('word/document.xml')!.async('string');
  return xml
    .replace(/<w:p[ >]/g, '\n$&')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'");
}

test('previous case studies: reworded, numbered as the section’s paragraphs, in the editor and in Word', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const reasons = sectionText(page, 3);
  await reasons.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /^Previous case studies/ }).check();
  // the sentences it prints are shown, with their default wording
  await expect(dialog.getByLabel('Sentence before the list')).toHaveValue('Previous case studies were:');
  await expect(dialog.getByLabel('Sentence on this meeting’s case study')).toHaveValue(
    /For this meeting, a case study has been prepared in respect of \(\{number\}\) \{title\}\./,
  );
  await dialog
    .getByLabel('Sentence before the list')
    .fill('PC Panel Members have asked if a case study could be prepared for each meeting. Previous case studies were:');
  await dialog.getByLabel(/its sentences take paragraph numbers/).check();
  await expectNoAxeViolations(page, 'the insert dialog with the wording of a block');
  await dialog.screenshot({ path: 'test-results/insert-wording.png' });
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  // 3.1 is the author's; the block's two sentences are 3.2 and 3.3
  await expect(reasons.locator('.numbered-block')).toHaveAttribute('data-num', '3.2–3.3');
  expect(await paragraphNumbers(reasons)).toEqual(['3.1']);
  // section 5 of the sample already says it once (typed by the author); the block says it again
  const count = (t: string) => t.split('Previous case studies were:').length - 1;
  const text = await exportedText(page);
  expect(count(text)).toBe(2);

  // Switched off and unnumbered: nothing printed for the intro, and the block takes no number.
  await reasons.getByRole('button', { name: /Wording and figures of/ }).click();
  const options = page.getByRole('dialog', { name: /Wording and figures/ });
  await options.getByRole('checkbox', { name: 'Print this' }).first().uncheck();
  await options.getByLabel(/its sentences take paragraph numbers/).uncheck();
  await expectNoAxeViolations(page, 'a placed block’s wording dialog');
  await options.getByRole('button', { name: 'Close' }).click();
  await expect(reasons.getByRole('button', { name: /Wording and figures of/ })).toBeFocused();
  await waitUntilSaved(page);
  await expect(reasons.locator('.numbered-block')).toHaveCount(0);
  expect(count(await exportedText(page))).toBe(1);
});

test('a computed total replaced with a reason prints the author’s figure; the app still shows the computed one', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const appendixB = page.getByRole('region', { name: /^Appendix B/ });
  await appendixB.locator('.ProseMirror').first().click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /^Table/ }).check();
  await dialog.getByLabel('Table', { exact: true }).selectOption({ label: 'Revenue budget 2017/18: forecast outturn' });
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await waitUntilSaved(page);
  const block = page.locator('.data-block').filter({ hasText: 'Forecast outturn' });
  await block.getByRole('button', { name: /Wording and figures of/ }).click();
  const options = page.getByRole('dialog', { name: /Wording and figures/ });
  await options.getByLabel('Print instead of Total: Variance').fill('305');
  await expect(options.getByRole('alert')).toContainText('Say why');
  await options.getByLabel('Reason for Total: Variance').fill('As published: the paper computed it from unrounded figures');
  await expect(options.getByRole('alert')).toHaveCount(0);
  await options.getByRole('button', { name: 'Close' }).click();
  await waitUntilSaved(page);
  await expect(block.locator('.computed-figure')).toContainText('computed 306');
  await block.screenshot({ path: 'test-results/override-preview.png' });
  const text = await exportedText(page);
  expect(text).toMatch(/Total\s*192,261\s*192,567\s*305/);
  expect(text).not.toContain('unrounded');
});
