// Issue 12: print preview. The exported .docx itself, laid out page by page inside the app (the
// built renderer, offline, under the app's Content-Security-Policy), opened from the paper by button
// or Ctrl+Shift+P; Close (or Esc) returns focus to where the author was.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

test('print preview shows the Word file page by page, a landscape appendix on a landscape page', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => m.type() === 'error' && refused.push(m.text()));
  page.on('pageerror', (e) => refused.push(e.message));
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => (refused.push(`network: ${route.request().url()}`), route.abort()));
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const appendix = page.getByRole('region', { name: /^Appendix B/ });
  await appendix.scrollIntoViewIfNeeded();
  await appendix.getByText('Page options').click();
  await appendix.getByLabel('Page orientation').selectOption('landscape');
  await waitUntilSaved(page);

  const opener = page.getByRole('button', { name: 'Print preview' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Print preview' });
  await expect(dialog.getByRole('status')).toHaveText(/\d+ pages\. The Word file Export to Word would save now\./, { timeout: 30_000 });
  const pages = dialog.getByRole('region', { name: 'Pages of the Word file' }).locator('section.docx');
  expect(await pages.count()).toBeGreaterThanOrEqual(3);
  await expect(pages.first()).toContainText('Date of Meeting');
  // numbered as Word numbers it: the title has no number, the first section is 1 and its paragraphs 1.1 …
  const numberOf = (text: RegExp) =>
    pages
      .locator('p', { hasText: text })
      .first()
      .evaluate((p) => getComputedStyle(p, '::before').content);
  expect(await numberOf(/Update Report – to September 2017/)).toBe('none');
  expect(await numberOf(/^Purpose of the Report$/)).toContain('counter(');
  await expect(dialog.getByRole('region', { name: 'Pages of the Word file' })).toContainText('APPENDIX B');
  const sizes = await pages.evaluateAll((ss) => ss.map((s) => [s.getBoundingClientRect().width, s.getBoundingClientRect().height]));
  // A4 portrait pages (about 794 px wide) and the landscape appendix (about 1123 px wide)
  expect(sizes.some(([w]) => Math.abs(w! - 794) < 4)).toBe(true);
  expect(sizes.some(([w]) => Math.abs(w! - 1123) < 4)).toBe(true);
  await expectNoAxeViolations(page, 'the print preview');
  await page.screenshot({ path: 'test-results/print-preview.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // the shortcut opens it; Esc closes it
  await page.keyboard.press('Control+Shift+P');
  await expect(dialog.getByRole('status')).toHaveText(/pages\./, { timeout: 30_000 });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(refused).toEqual([]);
});
