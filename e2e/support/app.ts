// Page helpers that read like what a user does, and wait on what the app shows (never on sleeps).
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator('main[data-app-ready="true"]')).toBeVisible();
}

/** Waits until the status bar says every change is stored. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

export async function createPaper(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await page.getByRole('button', { name: 'New paper' }).first().click();
  await page.getByRole('dialog', { name: 'New paper' }).getByRole('button', { name: 'Create paper' }).click();
  await expect(page.getByRole('textbox', { name: 'Paper title' })).toBeVisible();
}

export async function openPaper(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('link', { name: 'Papers' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('textbox', { name: 'Paper title' })).toBeVisible();
}

/** The rich-text editor of section n (1-based). */
export function sectionText(page: Page, n: number): Locator {
  return page.getByRole('textbox', { name: new RegExp(`^Section ${n}: `) });
}

/**
 * Puts the caret after the last character of a paragraph the way a user does: a click just past its
 * last letter. (A click anywhere and then Ctrl+End races ProseMirror, which puts back its own selection
 * just after the editor gains focus: keys pressed within that moment land where the click was.)
 */
export async function clickAtEndOf(page: Page, paragraph: Locator): Promise<void> {
  await paragraph.scrollIntoViewIfNeeded();
  const at = await paragraph.evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').length > 0) last = n as Text;
    const box = p.getBoundingClientRect();
    if (!last) return { x: box.left + 4, y: box.top + box.height / 2 };
    const r = document.createRange();
    r.setStart(last, last.length - 1);
    r.setEnd(last, last.length);
    const rect = [...r.getClientRects()].at(-1) ?? r.getBoundingClientRect();
    return { x: Math.min(rect.right + 1, box.right - 1), y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  // The editor has taken the click once its own selection is at the paragraph's end (TipTap puts the
  // editor on its element for tests); keys pressed before then would land elsewhere.
  await expect
    .poll(() =>
      paragraph.evaluate((p) => {
        type WithEditor = Element & { editor?: { state: { selection: { from: number } }; view: { posAtDOM(n: Node, o: number): number } } };
        const view = p.closest<WithEditor>('.ProseMirror')?.editor;
        if (!view) return true;
        return view.state.selection.from === view.view.posAtDOM(p, p.childNodes.length);
      }),
    )
    .toBe(true);
}

/** Paragraph numbers shown in a section, in order ("4.1", "4.2" …). */
export async function paragraphNumbers(editor: Locator): Promise<string[]> {
  return editor.locator(':scope > p.numbered').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-num') ?? ''));
}

export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, `accessibility violations on ${context}`).toEqual([]);
}

/** The papers list shows exactly these titles (waits: the list is read from the database after the page shows). */
export async function expectPaperTitles(page: Page, titles: readonly (string | RegExp)[]): Promise<void> {
  await page.getByRole('link', { name: 'Papers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Papers' })).toBeVisible();
  await expect(page.locator('.paper-link')).toHaveText([...titles]);
}
