// One undo history for the paper: Ctrl+Z takes back the most recent thing, wherever focus is; typing
// is undone in the editor it was typed in; the toolbar's Undo is the same as Ctrl+Z.
import { expect, test } from '@playwright/test';
import { createPaper, expectNoAxeViolations, openApp, sectionText, waitUntilSaved } from './support/app';

test('move a section, Ctrl+Z puts it back; Ctrl+Shift+Z and Ctrl+Y move it again', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await page.getByRole('button', { name: 'Move section 2 up' }).click();
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Recommendations');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Purpose of the Report');
  await expect(page.getByLabel('Section 2 title')).toHaveValue('Recommendations');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Recommendations');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Purpose of the Report');
  await page.keyboard.press('Control+y');
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Recommendations');
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByLabel('Section 1 title')).toHaveValue('Recommendations');
});

test('the toolbar’s Undo after moving a section undoes the move, never the typing in a table cell', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const s4 = sectionText(page, 4);
  await s4.click();
  await page.keyboard.press('ControlOrMeta+Alt+t');
  await page.keyboard.type('1,250');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Move section 4 up' }).click();
  await expect(page.getByLabel('Section 3 title')).toHaveValue('Summary of Key Points');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAttribute('title', /Move section 4 up/);
  await undo.click();
  await expect(page.getByLabel('Section 4 title')).toHaveValue('Summary of Key Points');
  await expect(sectionText(page, 4).locator('td, th').first()).toHaveText('1,250');
  await expectNoAxeViolations(page, 'the paper after an undo');
});

test('Ctrl+Z undoes the last typing in the section it was typed in, bringing it into view, even from elsewhere', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await createPaper(page);
  await sectionText(page, 2).click();
  await page.keyboard.type('We recommend noting the report.');
  await waitUntilSaved(page);
  await sectionText(page, 12).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(sectionText(page, 2)).not.toContainText('We recommend');
  await expect(sectionText(page, 2)).toBeFocused();
  await expect(sectionText(page, 2)).toBeInViewport();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(sectionText(page, 2)).toContainText('We recommend noting the report.');
});

test('removing, adding and renaming sections, appendices and contacts are each one Ctrl+Z', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  // Remove a section.
  await page.getByRole('button', { name: 'Remove section 3', exact: true }).click();
  await expect(page.getByLabel('Section 3 title')).toHaveValue('Summary of Key Points');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByLabel('Section 3 title')).toHaveValue('Reasons for Recommendations');
  // Add a section after section 1.
  await page.getByRole('button', { name: 'Add a section after section 1', exact: true }).click();
  await expect(page.getByLabel('Section 2 title')).toHaveValue('New section');
  await expect(page.getByLabel('Section 2 title')).toBeFocused();
  await page.getByRole('button', { name: 'Move section 3 up' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByLabel('Section 2 title')).toHaveValue('Recommendations');
  // Rename: typing in the field is the field's own undo while it has focus; once left, one Ctrl+Z.
  const title = page.getByLabel('Section 1 title');
  await title.fill('Purpose');
  await title.press('Tab');
  await waitUntilSaved(page);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(title).toHaveValue('Purpose of the Report');
  // A contact.
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('group', { name: 'Contact 1' })).toBeVisible();
  await page.getByRole('button', { name: 'Add contact' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('group', { name: 'Contact 1' })).toBeHidden();
  // An appendix.
  await page.getByRole('button', { name: '+ Add appendix' }).click();
  const ask = page.getByRole('dialog', { name: 'New appendix' });
  await ask.getByLabel('Appendix title').fill('Budget');
  await ask.getByRole('button', { name: 'Add appendix' }).click();
  await expect(page.getByRole('region', { name: /^Appendix A: Budget/ })).toBeVisible();
  await page.getByRole('button', { name: '+ Add appendix' }).focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('region', { name: /^Appendix A: Budget/ })).toBeHidden();
  await waitUntilSaved(page);
});
