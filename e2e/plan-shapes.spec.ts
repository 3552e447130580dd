// Issue 12's plan shapes, as an author uses them: a theme's objectives typed on the plan screen, a
// grade and a comment typed beside a measure's value, then a plan overview and a graded measures
// table inserted into the sample paper, seen in the preview and exported to Word.
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, openApp, openPaper, sectionText, waitUntilSaved } from './support/app';

const PLAN = 'Police and Crime Plan (2016-18)';
const OBJECTIVE = 'Every young person at risk offered an early intervention';

async function exportedXml(page: import('@playwright/test').Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  return (await JSZip.loadAsync(await readFile(await (await download).path()))).file('word/document.xml')!.async('string');
}

/** The visible text of each row of the Word table whose header row holds `header`. */
function wordTableRows(xml: string, header: string): { header: boolean; text: string }[] {
  const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes(`>${header}<`));
  if (!table) throw new Error(`no Word table with ${header}`);
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => ({
    header: m[0].includes('<w:tblHeader/>'),
    text: m[0]
      .replace(/<w:p[ >]/g, ' $&')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

test('a plan overview and a graded measures table: typed on their screens, inserted, previewed and exported', async ({ page }) => {
  await openApp(page);

  // The theme's objectives, one a line, beside its priorities on the plan screen.
  await page.getByRole('link', { name: 'Delivery plans' }).click();
  await page.getByRole('link', { name: PLAN }).click();
  const objectives = page.getByLabel('Objectives (one per line)');
  await objectives.fill(`Reduce reoffending by IOM nominals by 10%\n${OBJECTIVE}`);
  await objectives.blur();
  await waitUntilSaved(page);
  await expectNoAxeViolations(page, 'the plan screen with a theme’s objectives');

  // A grade and a comment beside a measure's September value.
  await page.getByRole('link', { name: 'Measures' }).click();
  await page
    .locator('table.measures-table')
    .getByRole('button', { name: /dealing with Anti-Social Behaviour/ })
    .click();
  const editor = page.locator('section.measure-editor');
  await editor.getByLabel('Sep-17 grade').fill('Requires Improvement');
  await editor.getByLabel('Sep-17 note').fill('Survey of 1,200 residents.');
  await editor.getByLabel('Sep-17 note').blur();
  await waitUntilSaved(page);
  await expectNoAxeViolations(page, 'the measures screen with a grade');

  // The plan overview, inserted at the end of section 4.
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  const section = sectionText(page, 4);
  await section.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert data' });
  await dialog.getByRole('radio', { name: /^Plan overview/ }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Priorities' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Objectives' })).toBeChecked();
  // the words it prints by itself are the author's to change
  await expect(dialog.getByLabel('Title of the theme column')).toHaveValue('Theme');
  await dialog.getByLabel('Title of the objectives column').fill('What success looks like');
  await expectNoAxeViolations(page, 'the insert form of the plan overview');
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  const overview = page.locator('.block-preview').filter({ hasText: 'What success looks like' });
  await expect(overview.getByRole('columnheader', { name: 'Priorities' })).toBeVisible();
  const themeRow = overview.getByRole('row', { name: /Theme 6: Prevention/ });
  await expect(themeRow).toContainText('Intervene early with young people at risk of offending');
  await expect(themeRow.getByRole('listitem').filter({ hasText: OBJECTIVE })).toBeVisible();

  // A measures table whose status column is the grade, with the comment column.
  await page.keyboard.press('ControlOrMeta+End');
  await page.getByRole('button', { name: 'Insert data…' }).click();
  await dialog.getByRole('radio', { name: /^Measures table/ }).check();
  await dialog.getByLabel('Status column').selectOption('grade');
  await dialog.getByRole('checkbox', { name: /Comment column/ }).check();
  await expectNoAxeViolations(page, 'the insert form of the measures table');
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(dialog).toBeHidden();
  await waitUntilSaved(page);
  const graded = page.locator('.block-preview').filter({ has: page.getByRole('columnheader', { name: 'Grade' }) });
  await expect(graded.getByRole('columnheader', { name: 'Comment' })).toBeVisible();
  const asb = graded.getByRole('row', { name: /dealing with Anti-Social Behaviour/ });
  await expect(asb).toContainText('Requires Improvement');
  await expect(asb).toContainText('Survey of 1,200 residents.');
  await expect(graded.getByRole('row', { name: /repeat victims of hate crime/ })).toContainText('Not graded');
  await expectNoAxeViolations(page, 'the paper with the plan overview and the graded measures table');
  await overview.screenshot({ path: 'test-results/plan-overview-preview.png' });
  await graded.screenshot({ path: 'test-results/graded-measures-preview.png' });

  // The print preview lays out the Word file itself: both tables are there.
  await page.getByRole('button', { name: 'Print preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Print preview' });
  await expect(preview.getByRole('status')).toHaveText(/\d+ pages\./, { timeout: 30_000 });
  const pages = preview.getByRole('region', { name: 'Pages of the Word file' });
  await expect(pages.locator('table', { hasText: 'What success looks like' })).toContainText(OBJECTIVE);
  await expect(pages.locator('table', { hasText: 'Survey of 1,200 residents.' })).toContainText('Requires Improvement');
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();

  // In Word: each table's first row (only) repeats as a header; the words are as previewed.
  const xml = await exportedXml(page);
  const overviewRows = wordTableRows(xml, 'What success looks like');
  expect(overviewRows.map((r) => r.header)).toEqual([true, false]);
  expect(overviewRows[1]!.text).toContain(OBJECTIVE);
  const gradedRows = wordTableRows(xml, 'Grade');
  expect(gradedRows[0]).toEqual({ header: true, text: 'Objective / Target Target Jul-17 Sep-17 Grade Comment' });
  expect(gradedRows.slice(1).some((r) => r.header)).toBe(false);
  expect(gradedRows.find((r) => r.text.includes('Anti-Social Behaviour'))!.text).toMatch(/Requires Improvement Survey of 1,200 residents\.$/);
});
