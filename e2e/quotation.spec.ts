// Issue 12: a quotation (stakeholder quote) in a section: made from the toolbar or Ctrl+Shift+B,
// never numbered in the editor, printed in Word's Quote style.
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openApp, openPaper, paragraphNumbers, sectionText, waitUntilSaved } from './support/app';

test('a quotation is set apart, takes no paragraph number and prints in the Quote style', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const reasons = sectionText(page, 3);
  await reasons.click();
  await expect(reasons).toBeFocused();
  // To the end of the section's text; pressed again while the caret is not there yet (the editor may
  // still be placing the click's caret when the first key arrives).
  const caretAtEnd = () =>
    page.evaluate(() => {
      const s = getSelection();
      const last = document.activeElement?.lastElementChild;
      if (!s?.anchorNode || !last?.contains(s.anchorNode)) return false;
      const r = document.createRange();
      r.selectNodeContents(last);
      r.setStart(s.anchorNode, s.anchorOffset);
      return r.toString().length === 0;
    });
  for (let i = 0; i < 5 && !(await caretAtEnd()); i++) {
    await page.keyboard.press('ControlOrMeta+End');
    await page.waitForTimeout(100);
  }
  expect(await caretAtEnd()).toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.type('“Since the new service started, I feel listened to.”');
  await page.keyboard.press('Control+Shift+B');
  await expect(reasons.locator('blockquote.paper-quote')).toHaveText('“Since the new service started, I feel listened to.”');
  await expect(page.getByRole('button', { name: /^Quotation/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(reasons.locator('blockquote.paper-quote')).toHaveCSS('font-style', 'italic');
  await waitUntilSaved(page);
  expect(await paragraphNumbers(reasons)).toEqual(['3.1']);
  await expectNoAxeViolations(page, 'a section with a quotation');
  await reasons.screenshot({ path: 'test-results/quotation.png' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const xml = await (await JSZip.loadAsync(await readFile(await (await download).path()))).file('word/document.xml')!.async('string');
  expect(xml).toMatch(/<w:pStyle w:val="Quote"\/>[\s\S]{0,200}Since the new service started/);
});
