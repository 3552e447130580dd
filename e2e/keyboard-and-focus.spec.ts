// Focus and keyboard: after each action focus is where the user works next, and every shortcut does
// exactly one thing.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createPaper, expectNoAxeViolations, openApp, sectionText, waitUntilSaved } from './support/app';

const insertDialog = (page: Page) => page.getByRole('dialog', { name: 'Insert data' });

test('Ctrl+Shift+I opens Insert data without making the text italic; Esc returns to the cursor and typing goes on there', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const editor = sectionText(page, 1);
  await editor.click();
  await page.keyboard.type('Plain words');
  await page.keyboard.press('ControlOrMeta+Shift+i');
  await expect(insertDialog(page)).toBeVisible();
  await expectNoAxeViolations(page, 'the Insert data dialog');
  await page.keyboard.press('Escape');
  await expect(insertDialog(page)).toBeHidden();
  await expect(editor).toBeFocused();
  await page.keyboard.type(' and more');
  await expect(editor).toHaveText('Plain words and more');
  await expect(editor.locator('em')).toHaveCount(0);
});

test('after Cancel in Insert data, focus is back on the button that opened it', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const button = page.getByRole('button', { name: 'Insert data…' });
  await button.click();
  await insertDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(insertDialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('after inserting at the cursor, typing goes on after the inserted block', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const editor = sectionText(page, 2);
  await editor.click();
  await page.keyboard.type('See the table below.');
  await page.keyboard.press('ControlOrMeta+Shift+i');
  const dialog = insertDialog(page);
  await dialog.getByRole('radio', { name: /^RAGB summary/ }).check();
  await dialog.getByRole('button', { name: 'Insert at cursor' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.locator('.block-preview')).toBeVisible();
  await expect(editor).toBeFocused();
  await page.keyboard.type('Typed after the block.');
  await waitUntilSaved(page);
  const order = await editor.evaluate((el) =>
    [...el.children].map((c) => (c.querySelector('.block-preview') ? 'block' : c.textContent.trim())).filter(Boolean),
  );
  expect(order).toEqual(['See the table below.', 'block', 'Typed after the block.']);
});

test('after inserting as a new appendix, the cursor is in that appendix, after the block', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await page.getByRole('button', { name: 'Insert data…' }).click();
  const dialog = insertDialog(page);
  await dialog.getByRole('radio', { name: /Theme update/ }).check();
  await dialog.getByRole('button', { name: 'Insert as new appendix' }).click();
  await expect(dialog).toBeHidden();
  const appendix = page.getByRole('region', { name: /^Appendix A/ });
  await expect(appendix.locator('.ProseMirror')).toBeFocused();
  await page.keyboard.type('A note under the update.');
  await expect(appendix.locator('.ProseMirror > p').last()).toHaveText('A note under the update.');
  await expect(appendix.locator('.block-preview')).toBeVisible();
});

test('Add contact works on the first click straight after typing in a contact field, and focus goes to the new contact’s name', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await createPaper(page);
  await page.getByRole('button', { name: 'Add contact' }).click();
  const first = page.getByRole('group', { name: 'Contact 1' });
  await expect(first.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Kevin Dennis');
  // Straight on to the button, without waiting for the save.
  await page.getByRole('button', { name: 'Add contact' }).click();
  const second = page.getByRole('group', { name: 'Contact 2' });
  await expect(second.getByLabel('Name')).toBeFocused();
  await expect(second.getByLabel('Name')).toBeInViewport();
  await page.keyboard.type('Sara Allmond');
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Contact 1' }).getByLabel('Name')).toHaveValue('Kevin Dennis');
  await expect(page.getByRole('group', { name: 'Contact 2' }).getByLabel('Name')).toHaveValue('Sara Allmond');
  await expectNoAxeViolations(page, 'a paper with two contacts');
});

test('Add appendix puts the cursor in the new appendix, scrolled into view', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  await createPaper(page);
  await page.getByRole('button', { name: '+ Add appendix' }).click();
  const ask = page.getByRole('dialog', { name: 'New appendix' });
  await ask.getByLabel('Appendix title').fill('Budget detail');
  await ask.getByRole('button', { name: 'Add appendix' }).click();
  const editor = page.getByRole('textbox', { name: 'Appendix A: Budget detail' });
  await expect(editor).toBeFocused();
  await expect(editor).toBeInViewport();
  await page.keyboard.type('Figures to follow.');
  await expect(editor).toHaveText('Figures to follow.');
});

test('Add measure opens the new measure with its name field focused and in view', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '#/measures');
  await page.getByRole('button', { name: 'Add measure' }).click();
  const name = page.locator('section.measure-editor').getByLabel('Name');
  await expect(name).toBeFocused();
  await expect(name).toBeInViewport();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Calls answered in 10 seconds');
  await waitUntilSaved(page);
  await expect(page.locator('table.measures-table')).toContainText('Calls answered in 10 seconds');
});

test('inside a list Tab indents; Esc then Tab leaves the editor (and Esc then Shift+Tab goes back)', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const editor = sectionText(page, 1);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+Shift+8');
  await page.keyboard.type('First point');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('A sub-point');
  await expect(editor.locator('ul ul li')).toHaveText('A sub-point');
  await expect(editor).toBeFocused();

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Section 2 title')).toBeFocused();
  await expect(editor.locator('ul ul ul')).toHaveCount(0);

  await editor.getByText('A sub-point').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Remove section 1', exact: true })).toBeFocused();
  // Esc followed by another key first: Tab indents again.
  await editor.getByText('A sub-point').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Another');
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await expect(editor.locator('ul ul ul li')).toHaveText('Another');
});

test('the keyboard shortcuts are listed in the app, including the way out of the editor', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Esc, then Tab');
  await expect(help).toContainText('Ctrl+Shift+I');
  await expect(help).toContainText('Ctrl+F');
  await expectNoAxeViolations(page, 'the keyboard shortcuts');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
});
