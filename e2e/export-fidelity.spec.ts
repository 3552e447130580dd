// Issue 12's "Done when", as an author does it: the sample paper with a non-default house style, a
// landscape appendix holding a wide theme-update table, a block whose wording the author changed, and
// the sample's typed tables; exported, checked against the Open XML schemas, laid out by LibreOffice,
// and shown by the print preview with the same number of pages (within 1: the preview is the
// browser's layout of the file, LibreOffice's is its own).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { describeProblems, ooxmlProblems, VALIDATION_TIMEOUT } from '../shared/docx/testing/validate-ooxml';
import { openApp, openPaper, sectionText, waitUntilSaved } from './support/app';

const SAMPLE = /Police and Crime Commissioner's Update Report/;
const COMMITTEE = 'Joint Audit & Scrutiny Panel';

test('a paper with a house style, a landscape appendix and reworded blocks exports valid, with nothing clipped, and the preview shows its pages (within 1 page of LibreOffice)', async ({
  page,
}, info) => {
  test.setTimeout(VALIDATION_TIMEOUT + 300_000);
  await openApp(page);
  await page.getByRole('link', { name: 'Committees' }).click();
  await page.getByText(`House style of ${COMMITTEE}`).click();
  const style = page.getByRole('group', { name: `House style of ${COMMITTEE}` });
  await style.getByLabel('Section headings').selectOption({ label: 'As typed' });
  await style.getByLabel('Status cells').selectOption({ label: 'Green (word)' });
  await style.getByLabel('£ figures in tables and the forward plan').selectOption({ label: '£400k, £1.4m' });
  await waitUntilSaved(page);

  await openPaper(page, SAMPLE);
  // a theme update (a wide table) as a new appendix, set landscape
  await page.getByRole('button', { name: 'Insert data…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /Theme update/ }).check();
  await dialog.getByLabel('Theme', { exact: true }).selectOption('5a3e1e00-2017-4000-8012-000000000006');
  await dialog.getByLabel('Reporting period').selectOption({ label: 'Q2 2017/18' });
  await dialog.getByRole('button', { name: 'Insert as new appendix' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  const appendix = page.getByRole('region', { name: /^Appendix C/ });
  await appendix.scrollIntoViewIfNeeded();
  await appendix.getByText('Page options').click();
  await appendix.getByLabel('Page orientation').selectOption('landscape');
  // previous case studies, reworded and numbered as paragraphs
  await sectionText(page, 3).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert data…' }).click();
  dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /^Previous case studies/ }).check();
  await dialog.getByLabel('Sentence before the list').fill('Members asked for a case study at each meeting. Earlier ones were:');
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const bytes = readFileSync(await (await download).path());
  writeFileSync(info.outputPath('done.docx'), bytes);
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  expect(xml).toContain('Earlier ones were:');
  expect(xml).toContain('w:orient="landscape"');
  const problems = await ooxmlProblems(bytes);
  expect(problems, describeProblems(problems)).toEqual([]);

  const dir = mkdtempSync(join(tmpdir(), 'pw-issue12-'));
  writeFileSync(join(dir, 'done.docx'), bytes);
  const lo = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'done.docx')],
    { encoding: 'utf8', timeout: 170_000 },
  );
  expect(lo.status, `soffice: ${lo.status ?? lo.signal} ${lo.stderr}`).toBe(0);
  const loPages = Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [join(dir, 'done.pdf')], { encoding: 'utf8' }).stdout)?.[1]);

  await page.getByRole('button', { name: 'Print preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Print preview' });
  await expect(preview.getByRole('status')).toHaveText(/^\d+ pages\./, { timeout: 60_000 });
  const pages = preview.getByRole('region', { name: 'Pages of the Word file' }).locator('section.docx');
  const count = await pages.count();
  info.annotations.push({ type: 'pages', description: `preview ${count}, LibreOffice ${loPages}` });
  expect(Math.abs(count - loPages), `preview ${count}, LibreOffice ${loPages}`).toBeLessThanOrEqual(1);
  const widths = await pages.evaluateAll((ss) => ss.map((s) => Math.round(s.getBoundingClientRect().width)));
  expect(widths).toContain(1123); // the landscape appendix
  // nothing runs past its page: every page is its paper size
  const heights = await pages.evaluateAll((ss) => ss.map((s) => Math.round(s.getBoundingClientRect().height)));
  for (const h of heights) expect([794, 1123]).toContain(h);
  const landscape = pages.nth(widths.indexOf(1123));
  await page.setViewportSize({ width: 1400, height: 1000 });
  await landscape.screenshot({ path: 'test-results/export-fidelity-landscape.png' });
});
