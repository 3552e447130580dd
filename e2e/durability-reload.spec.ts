// Text typed just before a reload (F5, or the window closing) is kept: pending saves are flushed as the
// page is left, and a browser tab asks before leaving while a save is still on its way.
import { expect, test } from '@playwright/test';
import { createPaper, openApp, sectionText, waitUntilSaved } from './support/app';

test('text typed 100 ms before a reload is there after it', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const url = page.url();
  await waitUntilSaved(page);
  await sectionText(page, 1).click();
  await page.keyboard.type('Typed just before the reload.');
  await page.waitForTimeout(100); // less than the 250 ms the saver waits for more typing
  page.once('dialog', (d) => void d.accept()); // the tab may ask before leaving: leave anyway
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(sectionText(page, 1)).toHaveText('Typed just before the reload.');
});

test('the cover sheet and a section title typed just before a reload are kept too', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await waitUntilSaved(page);
  await page.getByLabel('Report Author').fill('Kevin Dennis');
  await page.getByLabel('Section 3 title').fill('Reasons');
  page.once('dialog', (d) => void d.accept());
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Report Author')).toHaveValue('Kevin Dennis');
  await expect(page.getByLabel('Section 3 title')).toHaveValue('Reasons');
});

test('leaving a tab while a change is still on its way asks first; staying, it is saved', async ({ page }) => {
  await openApp(page, '#/measures');
  await page.locator('table.measures-table').getByRole('button').first().click();
  const name = page.locator('section.measure-editor').getByLabel('Name');
  await name.fill('Renamed just before closing');
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.locator('table.measures-table')).toContainText('Renamed just before closing');
});

test('with nothing unsaved, closing the tab does not ask', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await waitUntilSaved(page);
  let asked = false;
  page.on('dialog', (d) => ((asked = true), void d.accept()));
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(false);
});
