import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openApp, sectionText } from './support/app';

/**
 * Selects the last `chars` characters of the focused editor's text and presses Ctrl+K in the same task,
 * before the browser's 'selectionchange' can run: what a busy laptop does to Shift+Home, Ctrl+K.
 */
async function selectEndAndPressCtrlK(page: Page, chars: number): Promise<void> {
  await page.evaluate((n) => {
    const root = document.activeElement as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if ((t.textContent ?? '').trim() !== '') last = t as Text;
    if (!last) throw new Error('no text in the focused editor');
    const end = last.length;
    window.getSelection()!.setBaseAndExtent(last, end - n, last, end);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, bubbles: true, cancelable: true }));
  }, chars);
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('button', { name: 'New paper' }).first().click();
  await page.getByRole('dialog', { name: 'New paper' }).getByRole('button', { name: 'Create paper' }).click();
});

test('Ctrl+K at once after selecting words in a section links those words', async ({ page }) => {
  await sectionText(page, 1).click();
  await page.keyboard.type('See the audit');
  await selectEndAndPressCtrlK(page, 'the audit'.length);
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByRole('textbox').fill('https://example.org/audit.pdf');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(sectionText(page, 1)).toContainText('See the audit');
  await expect(sectionText(page, 1)).not.toContainText('example.org');
  await expect(sectionText(page, 1).locator('a')).toHaveText('the audit');
});

test('Ctrl+K at once after selecting words in a footnote links those words', async ({ page }) => {
  await sectionText(page, 1).click();
  await page.keyboard.type('See the audit');
  await page.keyboard.press('ControlOrMeta+Alt+f');
  const dialog = page.getByRole('dialog', { name: 'Footnote' });
  await expect(dialog.getByRole('textbox', { name: 'Footnote text' })).toBeFocused();
  await page.keyboard.type('Source: Internal audit');
  await selectEndAndPressCtrlK(page, 'Internal audit'.length);
  await dialog.getByLabel('Link address (https://… or mailto:…)').fill('https://example.org/audit.pdf');
  await dialog.getByRole('button', { name: 'Apply link' }).click();
  await dialog.getByRole('button', { name: 'Insert footnote' }).click();
  const list = page.getByRole('complementary', { name: 'Footnotes' });
  await expect(list).toContainText('Source: Internal audit');
  await expect(list).not.toContainText('example.org');
  await expect(list.locator('.link-text')).toHaveText(['Internal audit']);
});
