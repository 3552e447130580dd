// Opening the plan view in Chromium against a built renderer: restore a backup holding a 500-deliverable
// plan ("bench-plan") and a 5-deliverable one ("small-plan"), then, turn about, go from the plans list to
// each plan and time from the route change to the frame painted after its deliverables' rows are in the page.
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { serveStatic } from '../static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium';
import { restoreInApp } from './restore-in-app';

async function openOnce(page: Page, planId: string, rows: number): Promise<[number, number]> {
  await page.evaluate(() => (location.hash = '#/plans'));
  await page.getByRole('link', { name: 'Bench plan' }).first().waitFor();
  await page.waitForTimeout(150);
  // A string, not a function: tsx's keepNames would wrap named functions in a helper the page lacks.
  // [first screen painted (title and the first rows), every deliverable's row in the page and painted]
  return page.evaluate(`new Promise((done) => {
    const t0 = performance.now();
    let first = null;
    location.hash = '#/plan/${planId}';
    const painted = (f) => requestAnimationFrame(() => setTimeout(() => f(performance.now() - t0), 0));
    const check = () => {
      const n = document.querySelector('h1.plan-title') ? document.querySelectorAll('.deliverables-table tbody tr').length : 0;
      if (first === null && n > 0) { first = -1; painted((t) => (first = t)); }
      if (n >= ${rows}) painted((t) => { const end = () => (first < 0 ? requestAnimationFrame(end) : done([first, t])); end(); });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })`);
}

export async function openPlanViewTimes(root: string, backupJson: string, times: number): Promise<{ small: number[]; big: number[]; bigFirst: number[] }> {
  const { server, url } = await serveStatic({ root, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(url);
    await page.locator('main[data-app-ready="true"]').waitFor();
    await restoreInApp(page, backupJson);
    // One warm-up of each, then small and big turn about.
    await openOnce(page, 'small-plan', 5);
    await openOnce(page, 'bench-plan', 500);
    const small: number[] = [];
    const big: number[] = [];
    const bigFirst: number[] = [];
    const openBig = async () => {
      const [first, all] = await openOnce(page, 'bench-plan', 500);
      bigFirst.push(first);
      big.push(all);
    };
    for (let i = 0; i < times; i++)
      if (i % 2) {
        await openBig();
        small.push((await openOnce(page, 'small-plan', 5))[1]);
      } else {
        small.push((await openOnce(page, 'small-plan', 5))[1]);
        await openBig();
      }
    return { small, big, bigFirst };
  } finally {
    await browser.close();
    server.close();
  }
}
