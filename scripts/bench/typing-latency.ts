// Types into the real app in Chromium and measures keydown → painted frame for each keystroke.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
// @ts-expect-error plain JS module without types
import { serveStatic } from '../static-server.mjs';

import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../e2e/support/chromium';

async function typeAndMeasure(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        // rAF runs before the frame is painted; the task after it runs once the frame is out.
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 12 === 11 ? 'Space' : 'KeyA');
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, i + 1);
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

export async function measureTyping(backupJson: string, bigTitle: string, keystrokes: number): Promise<{ small: number[]; large: number[] } | null> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nTyping latency: skipped — Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
    return null;
  }
  const { server, url } = await serveStatic({ root: 'dist/renderer', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(url);
    await page.locator('main[data-app-ready="true"]').waitFor();

    // Baseline: a new, near-empty paper.
    await page.getByRole('button', { name: 'New paper' }).first().click();
    // New paper asks for the kind (committee paper or plan document) first.
    await page.getByRole('dialog', { name: 'New paper' }).getByRole('button', { name: 'Create paper' }).click();
    await page.getByRole('textbox', { name: /^Section 4: / }).click();
    const small = await typeAndMeasure(page, keystrokes);

    // The long paper, restored through the app's own restore screen.
    await page.getByRole('link', { name: 'Backup & restore' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a backup…' }).click();
    await (await chooser).setFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(backupJson) });
    await page.getByRole('button', { name: 'Restore backup' }).click();
    await page.getByText('Backup restored').first().waitFor();
    await page.getByRole('link', { name: 'Papers' }).click();
    await page.getByRole('link', { name: bigTitle }).click();
    const section = page.getByRole('textbox', { name: /^Section 7: / });
    await section.locator('p').nth(40).click();
    await page.keyboard.press('End');
    const large = await typeAndMeasure(page, keystrokes);
    return { small, large };
  } finally {
    await browser.close();
    server.close();
  }
}
