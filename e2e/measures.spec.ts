import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp, openPaper, sectionText, waitUntilSaved } from './support/app';

test('the sample plan’s nine Red measures; exceptions toggle; the screen passes an accessibility check', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Measures' }).click();
  await expect(page.locator('#measures-current')).toHaveValue('m2017-09');
  await expect(page.locator('#measures-previous')).toHaveValue('m2017-07');
  const table = page.locator('table.measures-table');
  await expect(table.locator('tbody tr')).toHaveCount(9);
  await expect(table.locator('tbody tr[data-status="red"]')).toHaveCount(9);
  const asb = table.getByRole('row', { name: /dealing with Anti-Social Behaviour/ });
  await expect(asb).toContainText('55.7%');
  await expect(asb).toContainText('7.2% worse than the target (Reach 60%)');
  // Repeat hate crime victims: Blue in July, Red now — the movement is in words, not colour alone.
  await expect(table.getByRole('row', { name: /repeat victims of hate crime/ })).toContainText('▼ Worsened (was Blue)');
  await expectNoAxeViolations(page, 'the measures screen');
  await page.getByLabel('Compared with').selectOption('');
  await page.getByRole('checkbox', { name: /Exceptions only/ }).check();
  await expect(table.locator('tbody tr')).toHaveCount(9);
});

test('create a plan and measures, enter values by hand: status Red with its letter; exceptions only', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByLabel('New plan').fill('Measures test plan');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('link', { name: 'Measures' }).click();
  await page.locator('#measures-plan').selectOption({ label: 'Measures test plan' });
  await expect(page.getByText('This plan has no measures yet')).toBeVisible();

  // A measure with a level target: reach 60%.
  await page.getByRole('button', { name: 'Add measure' }).click();
  const editor = page.locator('section.measure-editor');
  await editor.getByLabel('Name').fill('ASB confidence');
  await editor.getByLabel('Kind').selectOption('reachLevel');
  await editor.getByLabel('Level').fill('60');
  await editor.getByLabel('Unit').selectOption('percent');
  const firstRow = editor.locator('.values-grid tbody tr').first();
  await firstRow.getByRole('textbox').first().fill('55.7');
  await waitUntilSaved(page);
  await expect(firstRow.locator('.measure-status')).toContainText('R');
  await expect(firstRow.locator('.measure-status')).toContainText('Red');
  await expect(editor.getByRole('img', { name: /Line chart of ASB confidence\..*55\.7%.*Target \(dashed line\): Reach 60%/ })).toBeVisible();

  // A second measure on target.
  await page.getByRole('button', { name: 'Add measure' }).click();
  await editor.getByLabel('Name').fill('Green one');
  await editor.locator('.values-grid tbody tr').first().getByRole('textbox').first().fill('100');
  await waitUntilSaved(page);
  await page.locator('#measures-current').selectOption({ index: 0 });
  const table = page.locator('table.measures-table');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.getByRole('row', { name: /ASB confidence/ }).locator('.measure-status')).toHaveText(/R\s*Red/);
  await expect(table.getByRole('row', { name: /Green one/ }).locator('.measure-status')).toHaveText(/G\s*Green/);
  await page.getByRole('checkbox', { name: /Exceptions only/ }).check();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table).toContainText('ASB confidence');

  // Kept after a reload.
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await page.locator('#measures-plan').selectOption({ label: 'Measures test plan' });
  await page.locator('#measures-current').selectOption({ index: 0 });
  await expect(page.locator('table.measures-table').getByRole('row', { name: /ASB confidence/ })).toContainText('55.7%');
});

test('the author inserts the RAGB summary into the sample paper; the preview prints the percentages and the sentence', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await sectionText(page, 4).click();
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /RAGB summary/ }).check();
  await expect(dialog.getByLabel('Period', { exact: true })).toHaveValue('m2017-09');
  await expect(dialog.getByLabel('Sentence under the table')).toHaveValue(/9 \(100%\) of targets|Currently 100% \(9\) of targets reported are Red/);
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  const preview = page.locator('.block-preview').filter({ hasText: 'Performance Against Target' });
  await expect(preview).toContainText('Jul-17');
  await expect(preview).toContainText('Sep-17');
  // Jul-17: 8 Red (89%) and 1 Blue (11%); Sep-17: all 9 Red (100%).
  await expect(preview.getByRole('row', { name: /Significantly worse/ })).toContainText('89%');
  await expect(preview.getByRole('row', { name: /Significantly worse/ })).toContainText('100%');
  await expect(preview.getByRole('row', { name: /Significantly better/ })).toContainText('11%');
  await expect(preview).toContainText('Currently 100% (9) of targets reported are Red');
});

test('a measure’s trend chart axis fits its values and target, and no value label sits on the target line', async ({ page }) => {
  await openApp(page, '#/measures');
  await page
    .locator('table.measures-table')
    .getByRole('button', { name: /dealing with Anti-Social Behaviour/ })
    .click();
  const chart = page.locator('section.measure-editor figure.chart-view');
  await expect(chart).toBeVisible();
  const ticks = (await chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()).map(Number);
  // Values 56.7 and 55.7 against a 60% target: the axis spans about that, not 0 to 60.
  expect(Math.min(...ticks)).toBeGreaterThan(40);
  expect(Math.min(...ticks)).toBeLessThanOrEqual(55.7);
  expect(Math.max(...ticks)).toBeGreaterThanOrEqual(60);
  expect(Math.max(...ticks)).toBeLessThan(70);
  // Value labels clear the dashed target line and each other.
  const target = await chart.locator('.recharts-line path[stroke-dasharray]').first().boundingBox();
  const labels = await chart
    .locator('.recharts-label-list text')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })));
  expect(labels.length).toBe(2);
  for (const l of labels)
    expect(l.bottom <= target!.y - 1 || l.top >= target!.y + target!.height + 1, `label at ${l.top}–${l.bottom} against target at ${target!.y}`).toBe(true);
  await expectNoAxeViolations(page, 'a measure with its trend chart');
});

test('a new measure with a later month’s value does not move “Compared with”, nor the Insert data default; the sentence stays true', async ({ page }) => {
  await openApp(page, '#/measures');
  const sentence = page.locator('.measures-sentence');
  await expect(page.locator('#measures-previous')).toHaveValue('m2017-07');
  const before = await sentence.textContent();

  // A tenth measure, with a value for Aug-17 only (then one for Oct-17 too).
  await page.getByRole('button', { name: 'Add measure' }).click();
  const editor = page.locator('section.measure-editor');
  await editor.getByLabel('Name').fill('Calls answered within 10 seconds');
  await editor.getByLabel('Kind').selectOption('reachLevel');
  await editor.getByLabel('Level').fill('90');
  await editor
    .getByRole('row', { name: /^Aug-17/ })
    .getByRole('textbox')
    .first()
    .fill('87');
  await editor
    .getByRole('row', { name: /^Oct-17/ })
    .getByRole('textbox')
    .first()
    .fill('92');
  await waitUntilSaved(page);

  await expect(page.locator('#measures-current')).toHaveValue('m2017-09');
  await expect(page.locator('#measures-previous')).toHaveValue('m2017-07');
  await expect(sentence).not.toContainText('increased by 9');
  await expect(sentence).toHaveText(before!);
  // A period the measures have no values for cannot be chosen to compare with.
  await expect(page.locator('#measures-previous option[value="m2017-08"]')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the measures screen with a new measure');

  // Still so after a reload, and in the Insert data dialog.
  await page.reload();
  await expect(page.locator('#measures-current')).toHaveValue('m2017-09');
  await expect(page.locator('#measures-previous')).toHaveValue('m2017-07');
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /RAGB summary/ }).check();
  await expect(dialog.getByLabel('Period', { exact: true })).toHaveValue('m2017-09');
  await expect(dialog.getByLabel('Compared with')).toHaveValue('m2017-07');
  await expect(dialog.getByLabel('Sentence under the table')).not.toHaveValue(/increased by 9/);
});
