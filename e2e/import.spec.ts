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

test('measure values import from .xlsx in the browser: a damaged workbook is refused in a sentence; a real one imports its dates and numbers', async ({
  page,
}) => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Values');
  ws.addRow(['Measure', 'Period', 'Value']);
  ws.addRow([BME, new Date(Date.UTC(2017, 9, 31)), 5.2]);
  ws.getCell('B2').numFmt = 'mmm-yy';
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());

  await openApp(page);
  await page.getByRole('link', { name: 'Measures' }).click();
  await page.getByRole('button', { name: 'Import values…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import measure values' });
  const choose = async (name: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /Choose (another )?file/ }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  };
  await choose('values.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));
  await expect(dialog).toContainText(/This .*(damaged|not an Excel workbook)/);
  await choose('values.xlsx', xlsx);
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  await expectNoAxeViolations(page, 'the import dialog with a workbook');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  await page.locator('#measures-current').selectOption('m2017-10');
  await expect(page.locator('table.measures-table').getByRole('row', { name: /BME representation/ })).toContainText('5.2%');
});

test('plan import reads a theme objectives column: shown in the preview and counted before anything is imported', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByRole('link', { name: 'Police and Crime Plan (2016-18)' }).click();
  await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Import into/ });
  await chooseCsv(
    page,
    dialog,
    'plan.csv',
    `Theme number,Theme title,Theme objectives,Ref,Activity\n9,Road safety,"• Fewer people killed or seriously injured\n• Safer routes to school",RS1,Run the speed awareness scheme\n`,
  );
  const preview = dialog.getByRole('region', { name: 'Preview of the first rows' });
  await expect(preview.getByRole('columnheader', { name: 'Theme objectives' })).toBeVisible();
  await expect(preview).toContainText('Safer routes to school');
  await expect(dialog).toContainText(/Ready to import: 1 theme, 2 objectives, 1 deliverable/);
  await expectNoAxeViolations(page, 'the plan import preview with objectives');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Imported 1 deliverables in 1 new themes/)).toBeVisible();
});
