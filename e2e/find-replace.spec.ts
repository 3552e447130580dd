// Find and replace across the whole paper: the cover sheet, titles, section text, footnotes, contacts and appendices.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createPaper, expectNoAxeViolations, openApp, sectionText, waitUntilSaved } from './support/app';

const bar = (page: Page) => page.getByRole('search', { name: 'Find and replace in this paper' });

async function paperWithPcc(page: Page) {
  await openApp(page);
  await createPaper(page);
  await page.getByLabel('Report of').fill('Office of the PCC');
  await page.getByLabel('Section 1 title').fill('Purpose of the PCC report');
  await sectionText(page, 1).click();
  await page.keyboard.type('The PCC met the panel. The pcc office');
  await page.keyboard.press('ControlOrMeta+Alt+f');
  await page.getByRole('dialog', { name: 'Footnote' }).getByLabel('Footnote text').fill('Letter from the PCC, 2017');
  await page.getByRole('button', { name: 'Insert footnote' }).click();
  await page.keyboard.type(' wrote. PCCs elsewhere differ.');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByRole('group', { name: 'Contact 1' }).getByLabel('Role').fill('Chief Executive to the PCC');
  await page.getByRole('button', { name: '+ Add appendix' }).click();
  const ask = page.getByRole('dialog', { name: 'New appendix' });
  await ask.getByLabel('Appendix title').fill('PCC budget');
  await ask.getByRole('button', { name: 'Add appendix' }).click();
  await expect(page.getByRole('region', { name: /^Appendix A/ }).locator('.ProseMirror')).toBeFocused();
  await page.keyboard.type('Set by the PCC.');
  await waitUntilSaved(page);
}

test('Ctrl+F finds in the cover, titles, text, footnotes, contacts and appendices, with the number of matches; next and previous', async ({ page }) => {
  await paperWithPcc(page);
  await page.keyboard.press('ControlOrMeta+f');
  const find = bar(page).getByLabel('Find', { exact: true });
  await expect(find).toBeFocused();
  await find.fill('PCC');
  // The cover's Report of, section 1's title, its text twice and PCCs, the footnote, the contact's role,
  // the appendix's title and its text.
  await expect(bar(page).locator('.find-count')).toHaveText('1 of 9 matches');
  await bar(page).getByLabel('Whole words').check();
  await expect(bar(page).locator('.find-count')).toHaveText('1 of 8 matches');
  await bar(page).getByLabel('Match case').check();
  await expect(bar(page).locator('.find-count')).toHaveText('1 of 7 matches');
  // The first, in page order, is on the cover sheet.
  await expect(page.locator('.find-field-current').getByLabel('Report of')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(bar(page).locator('.find-count')).toHaveText('2 of 7 matches');
  await expect(page.locator('.find-field-current').getByLabel('Section 1 title')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(sectionText(page, 1).locator('.find-current')).toHaveText('PCC');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(bar(page).locator('.find-count')).toHaveText('5 of 7 matches');
  await expect(page.locator('.find-field-current').getByLabel('Role')).toBeInViewport();
  // Previous from the first goes round to the last.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Enter');
  await expect(bar(page).locator('.find-count')).toHaveText('7 of 7 matches');
  await expect(page.getByRole('region', { name: /^Appendix A/ }).locator('.find-current')).toHaveText('PCC');
  await expect(page.getByRole('region', { name: /^Appendix A/ }).locator('.find-current')).toBeInViewport();
  await expectNoAxeViolations(page, 'the paper with the find bar open');
  // Esc: the bar goes, and the cursor is at the match found.
  await page.keyboard.press('Escape');
  await expect(bar(page)).toBeHidden();
  await expect(page.getByRole('region', { name: /^Appendix A/ }).locator('.ProseMirror')).toBeFocused();
  await expect(page.locator('.find-match')).toHaveCount(0);
  await expect(page.locator('.find-field-hit')).toHaveCount(0);

  // Nothing found: Esc puts focus back where it was.
  await sectionText(page, 1).click();
  await page.keyboard.press('ControlOrMeta+f');
  await find.fill('nowhere in this paper');
  await expect(bar(page).locator('.find-count')).toHaveText('No matches');
  await page.keyboard.press('Escape');
  await expect(sectionText(page, 1)).toBeFocused();
});

test('Ctrl+H replaces one match, then all of them as one undo step', async ({ page }) => {
  await paperWithPcc(page);
  await page.keyboard.press('ControlOrMeta+h');
  await bar(page).getByLabel('Find', { exact: true }).fill('PCC');
  await bar(page).getByLabel('Match case').check();
  await bar(page).getByLabel('Whole words').check();
  await bar(page).getByLabel('Replace with').fill('Commissioner');
  await expect(bar(page).locator('.find-count')).toHaveText('1 of 7 matches');
  await bar(page).getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByLabel('Report of')).toHaveValue('Office of the Commissioner');
  await expect(bar(page).locator('.find-count')).toHaveText('1 of 6 matches');
  await expect(page.locator('.find-field-current').getByLabel('Section 1 title')).toHaveCount(1);
  await expectNoAxeViolations(page, 'the find and replace bar');

  await bar(page).getByRole('button', { name: 'Replace all' }).click();
  await expect(bar(page).locator('.find-count')).toHaveText('No matches');
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Purpose of the Commissioner report');
  await expect(sectionText(page, 1)).toContainText('The Commissioner met the panel. The pcc office');
  await expect(sectionText(page, 1)).toContainText('PCCs elsewhere differ.');
  await expect(page.getByRole('complementary', { name: 'Footnotes' })).toContainText('Letter from the Commissioner, 2017');
  await expect(page.getByRole('group', { name: 'Contact 1' }).getByLabel('Role')).toHaveValue('Chief Executive to the Commissioner');
  await expect(page.getByLabel('Appendix A title')).toHaveValue('Commissioner budget');
  await expect(page.getByRole('region', { name: /^Appendix A/ }).locator('.ProseMirror')).toHaveText('Set by the Commissioner.');
  await waitUntilSaved(page);

  // One Ctrl+Z takes back the whole Replace all (not the single Replace before it).
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByLabel('Appendix A title')).toHaveValue('PCC budget');
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Purpose of the PCC report');
  await expect(sectionText(page, 1)).toContainText('The PCC met the panel.');
  await expect(page.getByRole('complementary', { name: 'Footnotes' })).toContainText('Letter from the PCC, 2017');
  await expect(page.getByRole('group', { name: 'Contact 1' }).getByLabel('Role')).toHaveValue('Chief Executive to the PCC');
  await expect(page.getByRole('region', { name: /^Appendix A/ }).locator('.ProseMirror')).toHaveText('Set by the PCC.');
  await expect(page.getByLabel('Report of')).toHaveValue('Office of the Commissioner');
  // The next Ctrl+Z takes back the single Replace.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByLabel('Report of')).toHaveValue('Office of the PCC');
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByLabel('Appendix A title')).toHaveValue('PCC budget');
  await expect(page.getByLabel('Report of')).toHaveValue('Office of the PCC');
});

test('an issued paper can be searched but Find offers no Replace', async ({ page }) => {
  await paperWithPcc(page);
  await page.getByRole('button', { name: 'Issue…' }).click();
  const dialog = page.getByRole('dialog', { name: /Issue/ });
  await dialog.getByRole('button', { name: /^Issue version/ }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ControlOrMeta+h');
  await bar(page).getByLabel('Find', { exact: true }).fill('PCC');
  await expect(bar(page).locator('.find-count')).toHaveText('1 of 9 matches');
  await expect(bar(page).getByLabel('Replace with')).toHaveCount(0);
  await expect(bar(page).getByRole('button', { name: /Replace/ })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(bar(page).locator('.find-count')).toHaveText('2 of 9 matches');
  await expectNoAxeViolations(page, 'the find bar on an issued paper');
});
