import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openApp, openPaper, waitUntilSaved } from './support/app';

const PLAN = 'Police and Crime Plan (2016-18)';

test('the sample plan shows computed status key figures, and the plan screens pass an accessibility check', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await expectNoAxeViolations(page, 'the plans list');
  await page.getByRole('link', { name: PLAN }).click();
  await expect(page.getByRole('heading', { name: PLAN })).toBeVisible();
  await expect(page.locator('#plan-period')).toHaveValue('fy2017q2');
  const themeFigures = page.getByRole('table', { name: /Theme 6, Q2 2017\/18/ });
  await expect(themeFigures.getByRole('row', { name: /Green/ })).toContainText('11/13 (84.6%)');
  await expect(themeFigures.getByRole('row', { name: /Amber/ })).toContainText('2/13 (15.4%)');
  await expect(page.getByText('Since Q1 2017/18: 3 more Green, 2 fewer Amber, 1 fewer White (NS).').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Q1 2017\/18: Green 8, Amber 4/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the plan overview');
});

test('a lead officer writes a quarter’s updates: status required, narrative required for Amber, progress counts, kept after reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page
    .getByRole('row', { name: new RegExp(PLAN.replace(/[()]/g, '\\$&')) })
    .getByRole('link', { name: 'Lead officer updates' })
    .click();
  await page.getByLabel('Lead officer', { exact: true }).selectOption({ label: 'Det Supt Firth' });
  await page.locator('#plan-period').selectOption({ label: 'Q2 2017/18' });
  await expect(page.getByTestId('officer-progress')).toHaveText('Det Supt Firth: 3 of 3 updated');
  await expect(page.getByTestId('plan-progress')).toHaveText('Whole plan: 13 of 13 updated');
  await expectNoAxeViolations(page, 'the lead officer view');

  // The next quarter: nothing written yet; last quarter's status and text beside each deliverable.
  await page.locator('#plan-period').selectOption({ label: 'Q3 2017/18' });
  await expect(page.getByTestId('officer-progress')).toHaveText('Det Supt Firth: 0 of 3 updated');
  const f04 = page.getByRole('article', { name: /F04/ });
  await expect(f04).toContainText('Last period (Q2 2017/18)');
  await expect(f04).toContainText('Citizens in Policing');

  // Choose Amber by pressing A in the status group, with no narrative: told a narrative is needed.
  await f04.getByRole('radio').first().focus();
  await page.keyboard.press('a');
  await expect(f04.getByRole('radio', { name: /Amber/ })).toBeChecked();
  await expect(f04.getByRole('alert')).toHaveText('Write an update: it is required for Amber.');
  await waitUntilSaved(page);
  await expect(page.getByTestId('officer-progress')).toHaveText('Det Supt Firth: 0 of 3 updated');

  await f04.getByRole('textbox', { name: 'Update for F04' }).click();
  await page.keyboard.type('Victims are still being contacted; two volunteers left in November.');
  await expect(f04.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('officer-progress')).toHaveText('Det Supt Firth: 1 of 3 updated');

  // Ctrl+Enter moves on to the next deliverable's status, leaving the text as typed (no line break added:
  // it printed as a blank line in Word); Start from last period's text copies the text only.
  await page.keyboard.press('Control+Enter');
  const f05 = page.getByRole('article', { name: /F05/ });
  await expect(f05.getByRole('radio').first()).toBeFocused();
  await expect(f04.getByRole('textbox', { name: 'Update for F04' }).locator('br:not(.ProseMirror-trailingBreak)')).toHaveCount(0);
  await expect(f04.getByRole('textbox', { name: 'Update for F04' }).locator('p')).toHaveCount(1);
  await page.keyboard.press('g');
  await f05.getByRole('button', { name: "Start from last period's text" }).click();
  await expect(f05.getByRole('textbox', { name: 'Update for F05' })).toContainText('Cybercrime event');
  await expect(page.getByTestId('officer-progress')).toHaveText('Det Supt Firth: 2 of 3 updated');
  await waitUntilSaved(page);

  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await page.locator('#plan-period').selectOption({ label: 'Q3 2017/18' });
  await expect(page.getByLabel('Lead officer', { exact: true })).toHaveValue(/.+/);
  await expect(page.getByTestId('officer-progress')).toHaveText('Det Supt Firth: 2 of 3 updated');
  await expect(page.getByRole('article', { name: /F04/ }).getByRole('radio', { name: /Amber/ })).toBeChecked();
  await expect(page.getByRole('article', { name: /F04/ }).getByRole('textbox', { name: 'Update for F04' })).toContainText('two volunteers left');
});

test('the author inserts the theme update into the sample paper as an appendix; the preview prints the computed figures', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /Theme update/ }).check();
  await dialog.getByLabel('Theme', { exact: true }).selectOption('5a3e1e00-2017-4000-8012-000000000006');
  await expect(dialog.getByLabel('Reporting period')).toHaveValue('fy2017q2');
  await dialog.getByRole('button', { name: 'Insert as new appendix' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  const preview = page.locator('.block-preview').filter({ hasText: 'STATUS KEY and Results' });
  await expect(preview).toContainText('11/13 (84.6%)');
  // …and it is stored: still there after a reload.
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(preview).toContainText('11/13 (84.6%)');
  await expect(preview).toContainText('2/13 (15.4%)');
  await expect(preview).toContainText('THEME 6: PREVENTION, EARLY INTERVENTION AND REDUCTION IN REOFFENDING');
  await expect(preview).toContainText('Since Q1 2017/18: 3 more Green, 2 fewer Amber');
  await waitUntilSaved(page);
});

test('the plan’s own status key is edited (refused while invalid), and a custom period gets updates and its own figures', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  const key = page.getByRole('region', { name: 'Status key', exact: true });
  const themeFigures = (period: string) => page.getByRole('table', { name: `Theme 6, ${period}` });

  // Amber's meaning and symbol, and Blue turned on: saved as they are made, shown in the figures.
  await key.getByRole('textbox', { name: 'Amber: meaning' }).fill('Started, but behind plan or at risk');
  await key.getByRole('combobox', { name: 'Amber: symbol' }).selectOption({ label: '◆ Diamond' });
  await key.getByRole('checkbox', { name: 'Use Blue (complete)' }).check();
  await waitUntilSaved(page);
  await expect(themeFigures('Q2 2017/18').getByRole('row', { name: /Blue/ })).toContainText('0/13 (0%)');
  await expect(themeFigures('Q2 2017/18').getByRole('row', { name: /Amber/ })).toContainText('◆');

  // Amber's letter made the same as Green's: refused with a message; the draft stays in the form.
  const amberLetter = key.getByRole('textbox', { name: 'Amber: letter' });
  await amberLetter.fill('G');
  await expect(key.getByRole('alert')).toContainText('Not saved: the status key needs fixing first.');
  await expect(key.getByRole('alert')).toContainText('More than one status uses the letter "G".');
  await expect(amberLetter).toHaveAttribute('aria-invalid', 'true');
  await expect(amberLetter).toHaveValue('G');
  await expectNoAxeViolations(page, 'the status key editor showing a refused edit');
  await waitUntilSaved(page);

  // After a reload the stored key has the good edits and not the refused one.
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(key.getByRole('textbox', { name: 'Amber: letter' })).toHaveValue('A');
  await expect(key.getByRole('textbox', { name: 'Amber: meaning' })).toHaveValue('Started, but behind plan or at risk');
  await expect(key.getByRole('combobox', { name: 'Amber: symbol' })).toHaveValue('◆');
  await expect(key.getByRole('checkbox', { name: 'Use Blue (complete)' })).toBeChecked();
  await expect(key.getByRole('alert')).toHaveCount(0);

  // A custom period: back-to-front dates are refused, then it is added.
  const periods = page.getByRole('region', { name: 'Reporting periods' });
  await expect(periods).toContainText('every plan');
  await periods.getByLabel('Label').fill('April to November 2017');
  await periods.getByLabel('Starts on').fill('2017-12-01');
  await periods.getByLabel('Ends on').fill('2017-11-30');
  await periods.getByRole('button', { name: 'Add period' }).click();
  await expect(periods.getByRole('alert')).toContainText('The end date is before the start date.');
  await periods.getByLabel('Starts on').fill('2017-04-01');
  await periods.getByRole('button', { name: 'Add period' }).click();
  await expect(periods.getByRole('textbox', { name: 'Label of the period April–November 2017' })).toHaveValue('April to November 2017');
  await expect(periods.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the status key editor and reporting periods');

  // Updates for it, in the lead officer view: nothing ended before it starts, so no last period.
  await page.getByRole('link', { name: 'Lead officer updates' }).click();
  await page.locator('#plan-period').selectOption({ label: 'April to November 2017' });
  const f04 = page.getByRole('article', { name: /F04/ });
  await expect(f04).toContainText('No update from an earlier period.');
  // The radios show the stored status, so click and wait for it to come back checked.
  await f04.getByRole('radio', { name: /Blue/ }).click();
  await expect(f04.getByRole('radio', { name: /Blue/ })).toBeChecked();
  const f05Green = page.getByRole('article', { name: /F05/ }).getByRole('radio', { name: /Green/ });
  await f05Green.click();
  await expect(f05Green).toBeChecked();
  await expect(page.getByTestId('plan-progress')).toHaveText('Whole plan: 2 of 13 updated');
  await waitUntilSaved(page);

  // Its status key figures on the overview; Blue is now in use, so it cannot be turned off; nor can the period go.
  await page.getByRole('link', { name: 'Overview' }).click();
  await page.locator('#plan-period').selectOption({ label: 'April to November 2017' });
  const figures = themeFigures('April to November 2017');
  await expect(figures.getByRole('row', { name: /Blue/ })).toContainText('1/13 (7.7%)');
  await expect(figures.getByRole('row', { name: /Green/ })).toContainText('1/13 (7.7%)');
  await expect(figures.getByRole('row', { name: /Not rated yet/ })).toContainText('11/13');
  await expect(page.getByText('There is no previous period to compare with.').first()).toBeVisible();
  await expect(key.getByRole('checkbox', { name: 'Use Blue (complete)' })).toBeDisabled();
  await expect(key).toContainText('Blue is used by 1 update, so it stays in the key.');
  await periods.getByRole('button', { name: 'Remove April to November 2017' }).click();
  await expect(periods.getByRole('alert')).toContainText('"April to November 2017" cannot be removed: 2 deliverable updates are written for it.');
});

test('dates read day first: the plan list shows "1 Apr 2016", and a date field takes 08/02/2022 or "8 Feb 2022" as 8 February', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  const row = page.getByRole('row', { name: new RegExp(PLAN.replace(/[()]/g, '\\$&')) });
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4} to \d{1,2} [A-Z][a-z]{2} \d{4}$/);

  // The cover sheet's meeting date, typed as a UK author types it, whatever the computer's locale.
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const date = page.getByLabel('Date of Meeting');
  await expect(date).toHaveValue('08/12/2017');
  await date.fill('08/02/2022');
  await waitUntilSaved(page);
  await date.blur();
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(page.getByRole('row', { name: /Police and Crime Commissioner's Update Report/ })).toContainText('8 Feb 2022');
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await date.fill('9 Mar 2022');
  await date.blur();
  await expect(date).toHaveValue('09/03/2022');
  // Not a date: said so, and nothing is saved.
  await date.fill('31/02/2022');
  await expect(page.getByText('Type the date day first')).toBeVisible();
  await expectNoAxeViolations(page, 'a paper with an unreadable meeting date');
  await page.reload();
  await expect(page.getByLabel('Date of Meeting')).toHaveValue('09/03/2022');
});
