// Export to Word runs in a worker: the author sees how far it has got, the file arrives, and Cancel
// stops a long export with nothing saved. Issuing builds the version's file there too, and its bytes
// are the very bytes the Node builder makes from the version's record (SHA-256 compared).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { serializeBackup } from '../shared/backup/parse';
import { exportPaperDocxAt } from '../shared/docx/deterministic';
import type { IssuedVersion } from '../shared/issued/model';
import { syntheticSnapshot } from '../scripts/bench/synthetic-paper';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

const SAMPLE = /Police and Crime Commissioner's Update Report/;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every progress text the export button shows, in order (recorded in the page, so none is missed however fast). */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: string[] };
    w.__progress = [];
    new MutationObserver(() => {
      const t = document.querySelector('[aria-label="Export progress"]')?.getAttribute('aria-valuetext');
      if (t && w.__progress.at(-1) !== t) w.__progress.push(t);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext'] });
  });
  return () => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
}

test('exporting the sample shows its progress and downloads the Word file', async ({ page }) => {
  await openApp(page);
  await openPaper(page, SAMPLE);
  const seen = await recordProgress(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const file = await download;
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  const steps = await seen();
  expect(steps[0]).toBe('Saving your latest changes…');
  expect(steps).toContain('Packing the Word file…');
  // At least one part is shown: on a busy machine React paints several worker messages as one change, so
  // how many parts the observer sees depends on timing (CI once saw one).
  expect(steps.filter((s) => /^Building the Word document: part \d+ of \d+…$/.test(s)).length).toBeGreaterThanOrEqual(1);
  expect(steps.at(-1)).toBe('Choosing where to save…');
  const xml = await (await JSZip.loadAsync(await readFile(await file.path()))).file('word/document.xml')!.async('string');
  expect(xml).toContain('Police and Crime Panel');
  // The progress and Cancel go away; Export is back.
  await expect(page.getByRole('button', { name: 'Cancel export' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export to Word' })).toBeEnabled();
});

test('Cancel stops the export of a long paper: nothing is downloaded, and Export is ready again', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const { snapshot } = syntheticSnapshot();
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const backup = serializeBackup(snapshot, { appVersion: 'e2e', exportedAt: new Date().toISOString() });
  await (await chooser).setFiles({ name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByText('Backup restored').first()).toBeVisible();
  await openPaper(page, 'Synthetic 100-page paper');

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Export to Word' }).focus();
  await page.keyboard.press('Enter');
  const progress = page.getByRole('progressbar', { name: 'Export progress' });
  await expect(progress).toBeVisible();
  // Focus went to Cancel, the next thing a keyboard user may press.
  const cancel = page.getByRole('button', { name: 'Cancel export' });
  await expect(cancel).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The export was cancelled. Nothing was saved.' })).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export to Word' })).toBeFocused();
  // Longer than the whole export would have taken: still no file, and no "Exported" message.
  await page.waitForTimeout(4000);
  expect(downloads).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toHaveCount(0);

  // The next export runs to the end (a fresh worker), its progress a screen reader can read.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  await expect(progress).toHaveAttribute('aria-valuetext', /^(Building the Word document: part \d+ of \d+|Packing the Word file)…$/);
  await expectNoAxeViolations(page, 'an export in progress');
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
});

test('the issued file built in the worker is byte for byte what the Node builder makes from the version', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openPaper(page, SAMPLE);
  await page.getByRole('button', { name: 'Issue…' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue/ });
  await dialog.getByRole('button', { name: /^Issue version/ }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);

  // Export gives out the issued file.
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const issuedBytes = await readFile(await (await exported).path());

  await page.getByRole('link', { name: 'Backup & restore' }).click();
  const backupFile = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const backup = JSON.parse(await readFile(await (await backupFile).path(), 'utf8')) as { data: { issuedVersions: IssuedVersion[] } };
  const v = backup.data.issuedVersions.at(-1)!;
  const node = await exportPaperDocxAt(v.bundle, v.issuedAt, v.id);
  expect(sha256(issuedBytes)).toBe(v.docx!.sha256);
  expect(sha256(node)).toBe(v.docx!.sha256);
});
