// Issue 12: tables fit the page in the editor as in Word. A typed table fills the text width and
// never breaks a word; dragging a column's border stores its width, which the export keeps; an
// appendix can be set landscape or withdrawn.
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openApp, openPaper, sectionText, waitUntilSaved } from './support/app';

/** Cells whose text overflows them (a word too long for the column): none, if no word breaks or spills. */
const overflowingCells = (page: import('@playwright/test').Page) =>
  page
    .locator('.rich-text td, .rich-text th, .block-table td, .block-table th')
    .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));

test('typed tables fill the text width with no word broken, and a dragged column width reaches Word', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const summary = sectionText(page, 4);
  const table = summary.locator('table').first();
  await table.scrollIntoViewIfNeeded();
  const [tableBox, textBox] = [await table.boundingBox(), await summary.boundingBox()];
  expect(Math.abs(tableBox!.width - textBox!.width)).toBeLessThan(4);
  expect(await overflowingCells(page)).toEqual([]);
  // figures columns are right-aligned, as in Word
  await expect(table.locator('td.figure').first()).toHaveCSS('text-align', 'right');

  // Drag the border between the first two columns to the right.
  const first = table.locator('tr').first().locator('th').first();
  const box = (await first.boundingBox())!;
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 120, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await waitUntilSaved(page);
  const wider = (await first.boundingBox())!;
  expect(wider.width).toBeGreaterThan(box.width + 60);
  await page.screenshot({ path: 'test-results/tables-fit-editor.png' });
  await expectNoAxeViolations(page, 'the paper with a resized table');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const xml = await (await JSZip.loadAsync(await readFile(await (await download).path()))).file('word/document.xml')!.async('string');
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  const typed = tables.find((t) => t.includes('KEY') || t.includes('Performance Against Target'))!;
  const grid = [...typed.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  expect(grid.reduce((a, b) => a + b, 0)).toBe(9026);
  // the first column was drawn wider than the content rule would make it
  expect(grid[0]!).toBeGreaterThan(1600);
});

test('an appendix can be given its own page title, turned landscape, or withdrawn', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const appendix = page.getByRole('region', { name: /^Appendix B/ });
  await appendix.scrollIntoViewIfNeeded();
  await appendix.getByText('Page options').click();
  await appendix.getByLabel("Title on appendix B's page").fill('Data Integrity: NCRS compliance case study');
  await appendix.getByLabel('Page orientation').selectOption('landscape');
  await appendix.getByLabel(/Withdrawn/).check();
  await expect(appendix.getByRole('note')).toContainText('withdrawn');
  await waitUntilSaved(page);
  await expect(page.getByLabel('Appendices of this paper (listed automatically)')).toContainText('B. Case Study – Data Integrity NCRS Compliance – withdrawn');
  await expectNoAxeViolations(page, 'an appendix with its page options open');
  await appendix.screenshot({ path: 'test-results/appendix-options.png' });
});
