// The disk fills up while the author types (simulated: IndexedDB writes throw QuotaExceededError, as
// Chromium does when the disk or quota is full). They are told so, nothing stored is lost, and once
// there is room again the change they typed meanwhile is saved.
import { appendFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createPaper, openApp, sectionText, waitUntilSaved } from './support/app';

test('out of space: a clear message, nothing lost, and the change is saved once there is room', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull?: boolean };
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const [proto, method] of [
      [IDBObjectStore.prototype, 'put'],
      [IDBObjectStore.prototype, 'add'],
      [IDBCursor.prototype, 'update'],
    ] as const) {
      const original = (proto as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!;
      (proto as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        if (w.__diskFull) throw full();
        return original.apply(this, args);
      };
    }
  });
  await openApp(page);
  await createPaper(page);
  const editor = sectionText(page, 1);
  await editor.click();
  await page.keyboard.type('Saved before the disk filled. ');
  await waitUntilSaved(page);

  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  await page.keyboard.type('Typed while full.');
  const status = page.locator('[data-save-state]');
  await expect(status).toHaveAttribute('data-save-state', 'error');
  await expect(status).toHaveAttribute('role', 'alert');
  await expect(status).toContainText('out of space for Panelwright’s data');
  await expect(status).toContainText('Nothing already saved was lost');
  await expect(status).toContainText('kept in this window');
  // What was stored before is still there (read straight from the database in this window).
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('panelwright');
        req.onsuccess = () => {
          const all = req.result.transaction('sections').objectStore('sections').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
          all.onerror = () => reject(all.error ?? new Error('Reading the sections failed'));
        };
        req.onerror = () => reject(req.error ?? new Error('The database did not open'));
      }),
  );
  expect(stored).toContain('Saved before the disk filled.');
  expect(stored).not.toContain('Typed while full.');

  // Space is freed; the author keeps typing: everything is stored, also what was typed while full.
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await page.keyboard.type(' And after.');
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(sectionText(page, 1)).toContainText('Saved before the disk filled. Typed while full. And after.');
  if (process.env.PANELWRIGHT_FIGURES) appendFileSync(process.env.PANELWRIGHT_FIGURES, `${JSON.stringify({ check: 'quota-e2e', lost: 0 })}\n`);
});

test('out of space clears by itself: the kept change is retried without more typing', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull?: boolean };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with apply(this, …)
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  });
  await openApp(page);
  await createPaper(page);
  await sectionText(page, 1).click();
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  await page.keyboard.type('Kept and retried.');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'error');
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await waitUntilSaved(page);
  await page.reload();
  await expect(sectionText(page, 1)).toContainText('Kept and retried.');
});
