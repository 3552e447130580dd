import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { drawPercentBarChart } from '../shared/sample/chart-image';
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
  // Focus goes to the new table's title, so naming it is the next keystroke (and never renames the
  // table that was on screen while the new one was being written).
  await expect(page.getByRole('region', { name: 'Table: Budget' }).getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Test budget 2018/19');
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

// An image in a case study: picked through the file chooser, described (the dialog will not insert
// it without a description), shown in the library and in the paper's preview, and exported to Word
// with its alt text.
const ALT = 'Bar chart of burglary records found compliant: 97%.';
const CAPTION = 'Figure 9: Burglary audit (test)';

test('an image added to a case study with alt text is previewed in the paper and exported to Word with it', async ({ page }) => {
  await openApp(page, '#/library/case-studies');
  await page.getByRole('button', { name: 'New case study' }).click();
  // Nothing is shown from the click until the new one is stored (never the sample's fields), then its title has focus.
  await expect(page.getByRole('region', { name: 'Case study: New case study' }).getByLabel('Title', { exact: true })).toBeFocused();
  await page.getByLabel('Title', { exact: true }).fill('Image test case study');
  await waitUntilSaved(page);
  const body = page.getByRole('textbox', { name: 'Text of the case study Image test case study' });
  await body.click();
  await page.keyboard.type('The chart below shows the result.');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Image' }).click();
  await (
    await chooser
  ).setFiles({ name: 'burglary.png', mimeType: 'image/png', buffer: Buffer.from(drawPercentBarChart({ width: 400, height: 200, bars: [['Burglary', 97]] })) });

  const dialog = page.getByRole('dialog', { name: 'Describe the image' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'the image description dialog');
  // No description, no image.
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Write a description');
  await expect(dialog.getByLabel('Description (alt text)')).toBeFocused();
  await dialog.getByLabel('Description (alt text)').fill(ALT);
  await dialog.getByLabel(/^Caption/).fill(CAPTION);
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(dialog).toBeHidden();

  await expect(body.getByRole('img', { name: ALT })).toBeVisible();
  await expect(body.locator('figcaption')).toHaveText(CAPTION);
  await waitUntilSaved(page);
  await expectNoAxeViolations(page, 'a case study with an image');

  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const insert = page.getByRole('dialog', { name: 'Insert data' });
  await insert.getByRole('radio', { name: /^Case study/ }).check();
  await insert.getByLabel('Case study', { exact: true }).selectOption({ label: 'Image test case study' });
  await insert.getByRole('button', { name: 'Insert as new appendix' }).click();
  await expect(insert).toBeHidden();
  await waitUntilSaved(page);
  const preview = page.locator('.block-preview').filter({ hasText: 'The chart below shows the result.' });
  await expect(preview.getByRole('img', { name: ALT })).toBeVisible();
  await expect(preview.locator('figcaption')).toHaveText(CAPTION);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain(`descr="${ALT}"`);
  const ours = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]).find((d) => d.includes(`descr="${ALT}"`))!;
  // 400 px fits the appendix's text width, so it prints at its own size (EMU: 9525 a pixel).
  expect(ours).toContain(`<wp:extent cx="${400 * 9525}" cy="${200 * 9525}"/>`);
  const rId = /r:embed="([^"]+)"/.exec(ours)![1]!;
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const target = new RegExp(`Id="${rId}"[^>]*Target="(media/[^"]+)"`).exec(rels)![1]!;
  const media = await zip.file(`word/${target}`)!.async('uint8array');
  expect([...media.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(xml.replace(/<[^>]+>/g, '')).toContain(CAPTION);
});

test('a new forward plan item has an empty date showing TBC as a hint, so typing a month gives just that month', async ({ page }) => {
  await openApp(page, '#/library/forward-plan');
  // Count only once the plan's items are there: counted while loading, the new item's number was wrong.
  await expect(page.getByLabel('Date of decision 1.1', { exact: true })).toBeVisible();
  const ref = `1.${(await page.getByLabel(/^Date of decision 1\.\d+$/).count()) + 1}`;
  await page.getByRole('button', { name: 'Add item to Business cases' }).click();
  const date = page.getByLabel(`Date of decision ${ref}`, { exact: true });
  await expect(date).toBeFocused();
  await expect(date).toHaveValue('');
  await expect(date).toHaveAttribute('placeholder', 'TBC');
  await page.keyboard.type('March 2022');
  await waitUntilSaved(page);
  await page.getByLabel(`Subject ${ref}`, { exact: true }).click();
  await expect(date).toHaveValue('March 2022');
});

test('Add presentation asks for the committee instead of picking the first in the list', async ({ page }) => {
  await openApp(page, '#/library/case-studies');
  await page.getByRole('button', { name: /Data Integrity and Compliance with NCRS/ }).click();
  const before = await page.getByLabel(/^Committee of presentation/).count();
  await page.getByRole('button', { name: 'Add presentation' }).click();
  const committee = page.getByLabel(`Committee of presentation ${before + 1}`);
  await expect(committee).toHaveValue('');
  await expect(committee).toBeFocused();
  await expect(page.getByLabel(`Meeting date of presentation ${before + 1}`)).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await expectNoAxeViolations(page, 'a case study with a new presentation');
});
