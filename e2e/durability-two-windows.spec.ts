// Two windows (tabs) on the same paper: what one types appears in the other, and when both type at
// once in different sections nothing is lost. Figures go to $PANELWRIGHT_FIGURES (npm run test:durability).
import { appendFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { createPaper, openApp, sectionText, waitUntilSaved } from './support/app';

const ROUNDS = Number(process.env.PANELWRIGHT_TWO_WINDOW_ROUNDS ?? 2);
const WORDS = 12;

async function secondWindowOn(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator('main[data-app-ready="true"]')).toBeVisible();
  await expect(sectionText(other, 1)).toBeVisible();
  return other;
}

async function typeWords(page: Page, section: number, prefix: string): Promise<string[]> {
  const editor = sectionText(page, section);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  const words: string[] = [];
  for (let i = 0; i < WORDS; i++) {
    const word = `${prefix}w${i}`;
    await page.keyboard.type(`${word} `, { delay: 15 });
    words.push(word);
  }
  return words;
}

test('typing in one window appears in the other within a few seconds', async ({ page }) => {
  await openApp(page);
  await createPaper(page);
  const other = await secondWindowOn(page);
  await sectionText(page, 1).click();
  await page.keyboard.type('Written in the first window. ');
  await expect(sectionText(other, 1)).toContainText('Written in the first window.', { timeout: 5000 });
  // And back the other way, once the first window is elsewhere.
  await sectionText(other, 2).click();
  await other.keyboard.type('Answer from the second window. ');
  await expect(sectionText(page, 2)).toContainText('Answer from the second window.', { timeout: 5000 });
});

test('both windows typing at once in different sections lose nothing', async ({ page }) => {
  test.setTimeout(60_000 + ROUNDS * 30_000);
  await openApp(page);
  await createPaper(page);
  const other = await secondWindowOn(page);
  const typedA: string[] = [];
  const typedB: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Each round the windows swap sections, so each also takes in what the other wrote there.
    const [a, b] = await Promise.all([typeWords(page, 1 + (round % 2), `a${round}`), typeWords(other, 2 - (round % 2), `b${round}`)]);
    typedA.push(...a);
    typedB.push(...b);
    await Promise.all([waitUntilSaved(page), waitUntilSaved(other)]);
  }
  // Blur both, then every word must be stored and shown in both windows, and in a third one opened now.
  await page.getByRole('textbox', { name: 'Paper title' }).click();
  await other.getByRole('textbox', { name: 'Paper title' }).click();
  const third = await secondWindowOn(page);
  const all = [...typedA, ...typedB];
  const lostIn = async (p: Page) => {
    const text = `${await sectionText(p, 1).textContent()} ${await sectionText(p, 2).textContent()}`;
    return all.filter((w) => !new RegExp(`\\b${w}\\b`).test(text));
  };
  await expect.poll(() => lostIn(page), { timeout: 5000 }).toEqual([]);
  await expect.poll(() => lostIn(other), { timeout: 5000 }).toEqual([]);
  const lost = await lostIn(third);
  if (process.env.PANELWRIGHT_FIGURES)
    appendFileSync(process.env.PANELWRIGHT_FIGURES, `${JSON.stringify({ check: 'two-windows', rounds: ROUNDS, edits: all.length, lost: lost.length })}\n`);
  expect(lost).toEqual([]);
});

test('both windows typing at once in one section, in different paragraphs, lose nothing', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await createPaper(page);
  await sectionText(page, 1).click();
  await page.keyboard.type('First paragraph.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');
  await waitUntilSaved(page);
  const other = await secondWindowOn(page);
  await expect(sectionText(other, 1).locator('p')).toHaveCount(2);
  // Each window's caret at the end of its own paragraph; both keep typing, so neither is ever idle.
  const typeIn = async (p: Page, paragraph: number, prefix: string) => {
    const target = sectionText(p, 1).locator('p').nth(paragraph);
    await target.click();
    await p.keyboard.press('End');
    const words: string[] = [];
    for (let i = 0; i < WORDS; i++) {
      const word = `${prefix}w${i}`;
      await p.keyboard.type(` ${word}`, { delay: 15 });
      words.push(word);
    }
    return words;
  };
  const [a, b] = await Promise.all([typeIn(page, 0, 'a'), typeIn(other, 1, 'b')]);
  await Promise.all([waitUntilSaved(page), waitUntilSaved(other)]);
  await page.getByRole('textbox', { name: 'Paper title' }).click();
  await other.getByRole('textbox', { name: 'Paper title' }).click();
  const third = await secondWindowOn(page);
  const lostIn = async (p: Page) => {
    const text = (await sectionText(p, 1).locator('p').allTextContents()).join(' ');
    return [...a, ...b].filter((w) => !new RegExp(`\\b${w}\\b`).test(text));
  };
  await expect.poll(() => lostIn(page), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => lostIn(other), { timeout: 10_000 }).toEqual([]);
  expect(await lostIn(third)).toEqual([]);
  // Each paragraph holds its own window's words, in the order typed.
  await expect(sectionText(third, 1).locator('p').first()).toContainText(`First paragraph. ${a.join(' ')}`);
  await expect(sectionText(third, 1).locator('p').nth(1)).toContainText(`Second paragraph. ${b.join(' ')}`);
});
