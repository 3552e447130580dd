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
  const order = await editor.evaluate((el) => [...el.children].map((c) => (c.querySelector('.block-preview') ? 'block' : (c.textContent ?? '').trim())).filter(Boolean));
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
