import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { createPaper, expectNoAxeViolations, openApp, openPaper, paragraphNumbers, sectionText, waitUntilSaved } from './support/app';

test('a new user sees the sample paper, and the list passes an accessibility check', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Papers' })).toBeVisible();
  const row = page.getByRole('row', { name: /Police and Crime Commissioner's Update Report/ });
  await expect(row).toContainText('Joint Audit & Scrutiny Panel');
  await expect(row).toContainText('8 Dec 2017');
  await expect(row).toContainText('Draft');
  await expectNoAxeViolations(page, 'the papers list');
});

test('the sample paper opens looking like the reference paper, and passes an accessibility check', async ({ page }) => {
  await openApp(page);
  await openPaper(page, /Police and Crime Commissioner's Update Report/);
  await expect(page.getByLabel('Report to')).toHaveValue(/.+/);
  await expect(page.getByLabel('Report Author')).toHaveValue('Kevin Dennis');
  const purpose = sectionText(page, 1);
  await expect(purpose).toContainText('Police and Crime Panel');
  expect(await paragraphNumbers(purpose)).toEqual(['1.1', '1.2', '1.3']);
  await expect(page.getByRole('complementary', { name: 'Footnotes' })).toContainText('nottinghamshire.pcc.police.uk');
  await expectNoAxeViolations(page, 'the paper editor');
});

test('a new paper starts from the standard sections; typed paragraphs number themselves and survive a reload', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const expected = [
    'Purpose of the Report',
    'Recommendations',
    'Reasons for Recommendations',
    'Summary of Key Points',
    'Financial Implications and Budget Provision',
    'Human Resources Implications',
    'Equality Implications',
    'Risk Management',
    'Policy Implications and links to the Plan',
    'Changes in Legislation or other Legal Considerations',
    'Details of outcome of consultation',
    'Appendices',
    'Background Papers',
  ];
  for (const [i, title] of expected.entries()) await expect(page.getByLabel(`Section ${i + 1} title`)).toHaveValue(title);

  await page.getByLabel('Paper title').fill('Quarterly update to the Police and Crime Panel');
  const summary = sectionText(page, 4);
  await summary.click();
  await page.keyboard.type('Crime fell by a tenth this quarter.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second point.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Third point.');
  expect(await paragraphNumbers(summary)).toEqual(['4.1', '4.2', '4.3']);

  // A sub-heading does not break the numbering.
  await summary.getByText('Second point.').click();
  await page.getByRole('button', { name: 'Sub-heading' }).click();
  expect(await paragraphNumbers(summary)).toEqual(['4.1', '4.2']);
  await page.getByRole('button', { name: 'Sub-heading' }).click();

  await waitUntilSaved(page);
  await page.reload();
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(page.getByLabel('Paper title')).toHaveValue('Quarterly update to the Police and Crime Panel');
  await expect(sectionText(page, 4)).toContainText('Crime fell by a tenth this quarter.');
  expect(await paragraphNumbers(sectionText(page, 4))).toEqual(['4.1', '4.2', '4.3']);
});

test('moving a section renumbers its paragraphs', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await sectionText(page, 2).click();
  await page.keyboard.type('We recommend noting the report.');
  expect(await paragraphNumbers(sectionText(page, 2))).toEqual(['2.1']);
  await page.getByRole('button', { name: 'Move section 2 up' }).click();
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Recommendations');
  await expect(sectionText(page, 1)).toContainText('We recommend noting the report.');
  await expect.poll(() => paragraphNumbers(sectionText(page, 1))).toEqual(['1.1']);
});

test('undo and redo work in the editor', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await sectionText(page, 1).click();
  await page.keyboard.type('Keep this.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Remove this.');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(sectionText(page, 1)).not.toContainText('Remove this.');
  await expect(sectionText(page, 1)).toContainText('Keep this.');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(sectionText(page, 1)).toContainText('Remove this.');
});

test('a footnote is lettered and listed under the paper', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await sectionText(page, 1).click();
  await page.keyboard.type('See the published report');
  await page.keyboard.press('ControlOrMeta+Alt+f');
  await page.getByRole('dialog', { name: 'Footnote' }).getByLabel('Footnote text').fill('https://example.org/report.pdf');
  await page.getByRole('button', { name: 'Insert footnote' }).click();
  const notes = page.getByRole('complementary', { name: 'Footnotes' });
  await expect(notes).toContainText('https://example.org/report.pdf');
  await expect(sectionText(page, 1).locator('sup.footnote-ref')).toHaveAttribute('data-mark', 'a');
});

test('a paper exports to a Word file containing what was typed', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await page.getByLabel('Paper title').fill('Export check paper');
  await page.getByLabel('Report Author').fill('A. Author');
  await sectionText(page, 1).click();
  await page.keyboard.type('This paragraph must reach Word.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Export check paper.docx');
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('This paragraph must reach Word.');
  expect(xml).toContain('A. Author');
  const core = await zip.file('docProps/core.xml')!.async('string');
  expect(core).toContain('Export check paper');
  await expect(page.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
});

test('a paper can be duplicated to start the next one', async ({ page }) => {
  await openApp(page);
  const row = page.getByRole('row', { name: /Police and Crime Commissioner's Update Report/ });
  await row.getByRole('button', { name: /^Duplicate/ }).click();
  await page.getByRole('button', { name: 'Open copy' }).click();
  await expect(page.getByLabel('Paper title')).toHaveValue(/\(copy\)$/);
  await expect(page.getByLabel('Date of Meeting')).toHaveValue('');
  await expect(sectionText(page, 1)).toContainText('Police and Crime Panel');
});

test('a renamed section’s empty text says to write the new title', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const title = page.getByLabel('Section 4 title');
  await title.fill('Performance to date');
  await waitUntilSaved(page);
  await expect(sectionText(page, 4).locator('p').first()).toHaveAttribute('data-placeholder', /“Performance to date”/);
});

test('the table toolbar goes when the cursor leaves the table', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await sectionText(page, 1).click();
  await page.keyboard.type('Before the table.');
  await page.keyboard.press('ControlOrMeta+Alt+t');
  const addRow = page.getByRole('button', { name: 'Add row below' });
  await expect(addRow).toBeVisible();
  // Into another field of the paper: the cursor is no longer in the table.
  await page.getByLabel('Report Author').click();
  await expect(addRow).toBeHidden();
  // Back into the table cell, then out to the paragraph before it.
  await sectionText(page, 1).locator('td, th').first().click();
  await expect(addRow).toBeVisible();
  await sectionText(page, 1).getByText('Before the table.').click();
  await expect(addRow).toBeHidden();
});

test('a Non Public paper with no reason for exemption is not exported, and the message says what to fill in', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await page.getByLabel('Public/Non Public').selectOption('non-public');
  await waitUntilSaved(page);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Export to Word' }).click();
  const message = page.getByRole('status').filter({ hasText: 'could not be exported' });
  await expect(message).toContainText('Non Public but gives no reason for exemption');
  await expect(page.getByLabel('Reason for exemption')).toBeFocused();
  await expectNoAxeViolations(page, 'a refused Non Public export');
  expect(downloaded).toBe(false);
});
