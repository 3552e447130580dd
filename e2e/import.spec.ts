import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp, waitUntilSaved } from './support/app';

const BME = 'Increase BME representation within the Force to reflect the BME community';

async function chooseCsv(page: import('@playwright/test').Page, dialog: import('@playwright/test').Locator, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /Choose (another )?file/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('measure values import from CSV: a bad row is named and blocks the import; a clean file imports', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Measures' }).click();
  await expect(page.locator('table.measures-table tbody tr')).toHaveCount(9);
  await page.getByRole('button', { name: 'Import values…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import measure values' });

  await chooseCsv(page, dialog, 'values.csv', `Measure,Period,Value\n"${BME}",Oct-17,5.1\nNo such measure,Oct-17,3\n`);
  await expect(dialog).toContainText('No such measure');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await expectNoAxeViolations(page, 'the import dialog');

  await chooseCsv(page, dialog, 'values.csv', `Measure,Period,Value\n"${BME}",Oct-17,5.1\n`);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  await page.locator('#measures-current').selectOption('m2017-10');
  await expect(page.locator('table.measures-table').getByRole('row', { name: /BME representation/ })).toContainText('5.1%');
});
