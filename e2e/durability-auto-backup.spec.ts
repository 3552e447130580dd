// Automatic backups in browser mode (kept in the "panelwright-backups" IndexedDB database): a daily one
// shortly after start, one before a data upgrade, one before every restore, and a restore from any of them.
import { appendFileSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CURRENT_SCHEMA_VERSION } from '../renderer/db/schema/versions';

import { expectNoAxeViolations, expectPaperTitles, openApp } from './support/app';

// Read, not imported: Playwright loads specs as Node ES modules, which refuse a JSON import without an import attribute.
const v1Fixture = JSON.parse(readFileSync('renderer/db/schema/fixtures/v1.json', 'utf8')) as { stores: Record<string, string> };

async function showBackups(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('link', { name: 'Backup & restore' }).click();
  await expect(page.getByRole('heading', { name: 'Automatic backups' })).toBeVisible();
}

test('a daily backup is kept, and restoring it keeps a copy of what was there first', async ({ page }) => {
  await openApp(page);
  // The daily backup is written a few seconds after start.
  await expect(async () => {
    await showBackups(page);
    await expect(page.locator('tr[data-auto-backup="daily"]')).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.locator('tr[data-auto-backup="daily"]')).toContainText('Daily');
  await expect(page.locator('tr[data-auto-backup="daily"]')).toContainText(/\d+ KB/);
  await expectNoAxeViolations(page, 'Backup & restore with automatic backups');

  // Work done after the backup…
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('button', { name: /^Delete Police and Crime/ }).click();
  await page.getByRole('button', { name: 'Delete paper' }).click();
  await expect(page.getByRole('heading', { name: 'No papers yet' })).toBeVisible();

  // …is replaced by the daily backup's content, after asking.
  await showBackups(page);
  await page
    .locator('tr[data-auto-backup="daily"]')
    .getByRole('button', { name: /^Restore automatic backup: Daily/ })
    .click();
  await page
    .getByRole('dialog', { name: /^Restore from/ })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' }).first()).toBeVisible();
  await expectPaperTitles(page, [/Police and Crime Commissioner's Update Report/]);

  // The state before the restore (no papers) was kept, and can be restored in turn.
  await showBackups(page);
  const kept = page.locator('tr[data-auto-backup="before-restore"]');
  await expect(kept).toHaveCount(1);
  await kept.getByRole('button', { name: /^Restore/ }).click();
  await page
    .getByRole('dialog', { name: /^Restore from/ })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('heading', { name: 'No papers yet' })).toBeVisible();
  await showBackups(page);
  await expect(page.locator('tr[data-auto-backup="before-restore"]')).toHaveCount(2);
  if (process.env.PANELWRIGHT_FIGURES)
    appendFileSync(process.env.PANELWRIGHT_FIGURES, `${JSON.stringify({ check: 'auto-backup-e2e', kinds: ['daily', 'before-restore'], restored: 2 })}\n`);
});

test('data written by schema version 1 is backed up before the app upgrades it', async ({ page }) => {
  const sample = JSON.parse(readFileSync('assets/sample-backup.json', 'utf8')) as { data: Record<string, unknown[]> };
  // A page of the app's origin that is not the app: write the database as version 1 left it on disk.
  await page.route('**/old-version.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old</title>' }));
  await page.goto('./old-version.html');
  await page.evaluate(
    ({ stores, rows }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('panelwright', 10); // Dexie stores version N as IndexedDB version N × 10
        req.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(stores)) {
            const [primary, ...indexes] = spec.split(',').map((s) => s.trim());
            const store = req.result.createObjectStore(name, { keyPath: primary! });
            for (const index of indexes) {
              const compound = /^\[(.*)\]$/.exec(index);
              store.createIndex(index, compound ? compound[1]!.split('+') : index);
            }
          }
        };
        req.onsuccess = () => {
          const tx = req.result.transaction(Object.keys(rows), 'readwrite');
          for (const [name, records] of Object.entries(rows)) for (const r of records) tx.objectStore(name).add(r);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('The transaction failed'));
        };
        req.onerror = () => reject(req.error ?? new Error('The database did not open'));
      }),
    {
      stores: v1Fixture.stores,
      rows: { committees: sample.data.committees!, papers: sample.data.papers!, sections: sample.data.sections!, appendices: sample.data.appendices! },
    },
  );
  await openApp(page);
  await expectPaperTitles(page, [/Police and Crime Commissioner's Update Report/]);
  await showBackups(page);
  const kept = page.locator(`tr[data-auto-backup="before-upgrade-v${CURRENT_SCHEMA_VERSION}"]`);
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText(`Before the upgrade to data version ${CURRENT_SCHEMA_VERSION}`);
  // It restores (the sample paper comes back after deleting it).
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('button', { name: /^Delete Police and Crime/ }).click();
  await page.getByRole('button', { name: 'Delete paper' }).click();
  await showBackups(page);
  await kept.getByRole('button', { name: /^Restore/ }).click();
  await page
    .getByRole('dialog', { name: /^Restore from/ })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup restored' }).first()).toBeVisible();
  await expectPaperTitles(page, [/Police and Crime Commissioner's Update Report/]);
  // Opening again does not back up again: the data is at the current version now.
  await page.reload();
  await openApp(page);
  await showBackups(page);
  await expect(page.locator('tr[data-auto-backup^="before-upgrade"]')).toHaveCount(1);
  if (process.env.PANELWRIGHT_FIGURES)
    appendFileSync(
      process.env.PANELWRIGHT_FIGURES,
      `${JSON.stringify({ check: 'auto-backup-e2e', kinds: ['daily', 'before-restore', 'before-upgrade'], restored: 3 })}\n`,
    );
});
