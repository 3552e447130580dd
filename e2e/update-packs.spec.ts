// Issue 14 as its users do it: the author makes update packs for Q3, two officers' workbooks come
// back (one officer's twice, with different statuses for one deliverable: a conflict), the author
// takes them in, accepts the clean rows and then chooses one side of the conflict; the round shows
// who returned, and the paper's theme appendix figures count the updates just taken in.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';
import { fillXlsxPack, loadWorkbook } from '../shared/packs/test-fixtures';

const PLAN = 'Police and Crime Plan (2016-18)';
const THEME_6 = '5a3e1e00-2017-4000-8012-000000000006';

async function rowsIn(bytes: Uint8Array): Promise<number> {
  const wb = await loadWorkbook(bytes);
  return wb.getWorksheet('Pack data')!.actualRowCount - 14;
}

test('packs go out, two returns with a conflict come back, and the theme appendix figures change', async ({ page }, info) => {
  test.setTimeout(180_000);
  await openApp(page);

  // The paper's Theme 6 appendix for Q3 first: nothing is rated yet.
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const insert = page.getByRole('dialog', { name: 'Insert data' });
  await insert.getByRole('radio', { name: /Theme update/ }).check();
  await insert.getByLabel('Theme', { exact: true }).selectOption(THEME_6);
  await insert.getByLabel('Reporting period').selectOption({ label: 'Q3 2017/18' });
  await insert.getByRole('button', { name: 'Insert as new appendix' }).click();
  const preview = page.locator('.block-preview').filter({ hasText: 'STATUS KEY and Results' });
  await expect(preview).toContainText('0/13');
  await waitUntilSaved(page);

  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  await page.locator('#plan-period').selectOption({ label: 'Q3 2017/18' });
  const panel = page.getByRole('region', { name: 'Update packs for Q3 2017/18' });
  await expect(panel).toContainText('No packs have been sent for Q3 2017/18 yet.');

  await panel.getByRole('button', { name: 'Send update packs…' }).click();
  const send = page.getByRole('dialog', { name: 'Send update packs for Q3 2017/18' });
  await expect(send.getByRole('checkbox')).not.toHaveCount(0);
  await expectNoAxeViolations(page, 'send update packs dialog');
  const officers = await send.getByRole('checkbox').count();
  const download = page.waitForEvent('download');
  await send.getByRole('button', { name: `Make ${officers} packs` }).click();
  const zipBytes = readFileSync(await (await download).path());
  await expect(send).toBeHidden();
  await expect(panel.getByTestId('round-progress')).toHaveText(`0 of ${officers} returned; ${officers} still to come`);

  // Two officers' packs, the biggest two.
  const zip = await JSZip.loadAsync(zipBytes);
  const files = await Promise.all(Object.values(zip.files).map(async (f) => ({ name: f.name, bytes: await f.async('uint8array') })));
  expect(files).toHaveLength(officers);
  const sized = await Promise.all(files.map(async (f) => ({ ...f, rows: await rowsIn(f.bytes) })));
  sized.sort((a, b) => b.rows - a.rows);
  const [a, b] = sized as [(typeof sized)[0], (typeof sized)[0]];
  const green = (n: number) => Array.from({ length: n }, () => ({ status: 'G – Green', text: 'On track this quarter.', date: '2017-12-15' }));
  const aFirst = await fillXlsxPack(a.bytes, [{ status: 'A – Amber', text: 'Slipped: awaiting funding.' }, ...green(a.rows - 1)]);
  const aSecond = await fillXlsxPack(a.bytes, [{ status: 'R – Red', text: 'Will not be achieved this year.' }, ...green(a.rows - 1)]);
  const bReturn = await fillXlsxPack(b.bytes, green(b.rows));

  await panel.getByTestId('returns-input').setInputFiles([
    { name: 'first.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(aFirst) },
    { name: 'second.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(aSecond) },
    { name: 'other.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bReturn) },
  ]);
  const review = page.getByRole('dialog', { name: 'Take returns in: Q3 2017/18' });
  await expect(review.getByTestId('returns-summary')).toContainText(`${2 * a.rows + b.rows} rows from 3 files`);
  await expect(review.getByTestId('returns-summary')).toContainText('2 in conflict');
  const conflicts = review.locator('tr.kind-conflict');
  await expect(conflicts).toHaveCount(2);
  await expect(conflicts.first()).toContainText('Also returned differently in second.xlsx');
  await expect(conflicts.first()).toContainText('Slipped: awaiting funding.');
  await expectNoAxeViolations(page, 'returns review');
  await page.screenshot({ path: info.outputPath('returns-review.png'), fullPage: false });

  // Clean rows first; the conflict stays for the author to decide.
  await review.getByRole('button', { name: /^Accept all clean rows/ }).click();
  await expect(review).toBeHidden();
  await expect(panel.getByTestId('round-progress')).toHaveText(`2 of ${officers} returned; ${officers - 2} still to come`);

  // The same returns again: only the conflict is left to choose; the author takes the second file's side.
  await panel.getByTestId('returns-input').setInputFiles([
    { name: 'first.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(aFirst) },
    { name: 'second.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(aSecond) },
  ]);
  await expect(review.getByTestId('returns-summary')).toContainText(`0 new, 0 changed, ${2 * (a.rows - 1)} unchanged, 2 in conflict`);
  await review
    .locator('tr.kind-conflict')
    .getByRole('checkbox', { name: /from second\.xlsx$/ })
    .check();
  await review.getByRole('button', { name: 'Take in ticked rows (1)' }).click();
  await expect(review).toBeHidden();

  // Copy chasing list shows who is still to return.
  await panel.getByRole('button', { name: 'Copy chasing list' }).click();
  await expect(page.getByLabel('Still to return (names and e-mails to copy)')).toHaveValue(/@example\.org/);
  await expectNoAxeViolations(page, 'plan overview with the update pack round');
  await panel.screenshot({ path: info.outputPath('packs-panel.png') });

  // The appendix counts what was taken in: every returned row Green but the conflict's Red.
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const greens = a.rows - 1 + b.rows;
  await expect(preview).toContainText(`${greens}/13`);
  await expect(preview).toContainText('1/13');
});
