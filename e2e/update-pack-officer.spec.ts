// Issue 14, item 3, as its users do it: the author makes Panelwright packs; an officer with the app
// (a second browser, its own database) opens theirs, fills in two deliverables, reloads (nothing is
// lost) and saves the return pack; the author takes it in and the theme appendix counts it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

const PLAN = 'Police and Crime Plan (2016-18)';
const THEME_6 = '5a3e1e00-2017-4000-8012-000000000006';

test('an officer opens a .pwpack, fills two deliverables, saves the return, and the author takes it in', async ({ page, browser }, info) => {
  test.setTimeout(180_000);
  await openApp(page);
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

  // The author makes Panelwright packs.
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  await page.locator('#plan-period').selectOption({ label: 'Q3 2017/18' });
  const panel = page.getByRole('region', { name: 'Update packs for Q3 2017/18' });
  await panel.getByRole('button', { name: 'Send update packs…' }).click();
  const send = page.getByRole('dialog', { name: 'Send update packs for Q3 2017/18' });
  await send.getByRole('radio', { name: /^Panelwright pack/ }).check();
  const officers = await send.getByRole('checkbox').count();
  const download = page.waitForEvent('download');
  await send.getByRole('button', { name: `Make ${officers} packs` }).click();
  const zip = await JSZip.loadAsync(readFileSync(await (await download).path()));
  const names = Object.keys(zip.files);
  expect(names.every((n) => n.endsWith('.pwpack'))).toBe(true);
  const files = await Promise.all(names.map(async (name) => ({ name, text: await zip.files[name]!.async('string') })));
  const biggest = files.sort(
    (a, b) => (JSON.parse(b.text) as { pack: { rows: unknown[] } }).pack.rows.length - (JSON.parse(a.text) as { pack: { rows: unknown[] } }).pack.rows.length,
  )[0]!;
  const rows = (JSON.parse(biggest.text) as { pack: { rows: { ref: string }[] } }).pack.rows;
  expect(rows.length).toBeGreaterThanOrEqual(2);

  // The officer, on another computer (its own database).
  const officerContext = await browser.newContext({ acceptDownloads: true });
  const officer = await officerContext.newPage();
  await openApp(officer);
  await officer.getByRole('link', { name: 'Delivery plans' }).click();
  // A file that is not a pack: one line, nothing opened.
  const wrong = officer.waitForEvent('filechooser');
  await officer.getByRole('button', { name: 'Open update pack…' }).click();
  await (await wrong).setFiles({ name: 'notes.pwpack', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(officer.getByRole('alert')).toHaveText('notes.pwpack: This file is not a Panelwright update pack (.pwpack).');
  const chooser = officer.waitForEvent('filechooser');
  await officer.getByRole('button', { name: 'Open update pack…' }).click();
  await (await chooser).setFiles({ name: biggest.name, mimeType: 'application/json', buffer: Buffer.from(biggest.text) });
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText(`${PLAN}: Q3 2017/18`);
  await expect(officer.locator('.update-card')).toHaveCount(rows.length);
  // Focus is on the first deliverable's status.
  await expect(
    officer
      .getByRole('group', { name: `Status for ${rows[0]!.ref} (required)` })
      .getByRole('radio')
      .first(),
  ).toBeFocused();
  await expect(officer.getByTestId('pack-progress')).toHaveText(`0 of ${rows.length} updated`);

  // First deliverable Green by its letter; second Amber, which needs text.
  await officer.keyboard.press('g');
  // The choice is saved (the progress counts it) before the next card is used: the list re-renders on save.
  await expect(officer.getByTestId('pack-progress')).toHaveText(`1 of ${rows.length} updated`);
  const second = officer.getByRole('group', { name: `Status for ${rows[1]!.ref} (required)` });
  await second.getByRole('radio', { name: /Amber/ }).check();
  await expect(officer.getByText('Write an update: it is required for Amber.')).toBeVisible();
  await officer.getByRole('textbox', { name: `Update for ${rows[1]!.ref}` }).click();
  await officer.keyboard.type('Slipped: the new contract starts in February.');
  await expect(officer.getByText('Write an update: it is required for Amber.')).toBeHidden();
  await expect(officer.getByTestId('pack-progress')).toHaveText(`2 of ${rows.length} updated`);
  await waitUntilSaved(officer);
  await expectNoAxeViolations(officer, "an update pack opened in the officer's app");
  await officer.screenshot({ path: info.outputPath('officer-pack.png'), fullPage: false });

  // A reload keeps every answer.
  await officer.reload();
  await expect(officer.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(officer.getByRole('group', { name: `Status for ${rows[0]!.ref} (required)` }).getByRole('radio', { name: /Green/ })).toBeChecked();
  await expect(officer.getByRole('textbox', { name: `Update for ${rows[1]!.ref}` })).toHaveText('Slipped: the new contract starts in February.');

  // Save return pack: the rest are not filled in, so the officer is asked first.
  const saved = officer.waitForEvent('download');
  await officer.getByRole('button', { name: 'Save return pack' }).click();
  const ask = officer.getByRole('dialog', { name: 'Save the return with gaps?' });
  await expect(ask).toContainText(`${rows.length - 2} of ${rows.length} deliverables are not complete`);
  await ask.getByRole('button', { name: 'Save return pack' }).click();
  const returned = readFileSync(await (await saved).path());
  await expect(officer.getByText(/Return saved/)).toBeVisible();
  await officerContext.close();

  // The author takes it in through the same review as an Excel return.
  await panel.getByTestId('returns-input').setInputFiles([{ name: 'kim-return.pwpack', mimeType: 'application/json', buffer: returned }]);
  const review = page.getByRole('dialog', { name: 'Take returns in: Q3 2017/18' });
  await expect(review.getByTestId('returns-summary')).toContainText(`2 new, 0 changed, ${rows.length - 2} unchanged, 0 in conflict`);
  await expect(review).toContainText('Slipped: the new contract starts in February.');
  await review.getByRole('button', { name: /^Accept all clean rows/ }).click();
  await expect(review).toBeHidden();
  await expect(panel.getByTestId('round-progress')).toHaveText(`1 of ${officers} returned; ${officers - 1} still to come`);

  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await expect(preview).toContainText('1/13');
  await expect(preview).not.toContainText('0/13 (0.0%)');
});
