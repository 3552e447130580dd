// App start in Chromium against the built renderer: from navigation start to the app ready to work
// (main[data-app-ready="true"]: the database open, the sample seeded on a first start, the papers
// list rendered) and that frame painted. Each round launches a browser on a fresh profile (first start:
// nothing stored yet, so the sample paper is written), then again on the same profile (second start:
// the database is there). The baseline, in the same browser each time: a one-line page from the same
// server, navigation start to its first frame painted. Browser start itself is not counted: an
// Electron window pays its own, which this cannot measure here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { serveStatic } from '../static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;

// Installed before the page's own scripts: notes when the app says it is ready, then when that frame is painted.
// A string, not a function: tsx's keepNames would wrap named functions in a helper the page lacks.
const WATCH_READY = `(() => {
  const painted = () => requestAnimationFrame(() => setTimeout(() => (window.__readyAt = performance.now()), 0));
  const seen = () => document.querySelector('main[data-app-ready="true"]');
  new MutationObserver((_, o) => { if (seen()) { o.disconnect(); painted(); } })
    .observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-app-ready'] });
})()`;

async function startOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_READY);
  await page.goto(url);
  // Polled from outside: waitForFunction compiles its predicate in the page, which the app's CSP forbids.
  const until = Date.now() + 60_000;
  for (;;) {
    const t = await page.evaluate<unknown>('window.__readyAt');
    if (typeof t === 'number') {
      await page.close();
      return t;
    }
    if (Date.now() > until) throw new Error('the app did not become ready within a minute');
    await page.waitForTimeout(20);
  }
}

async function blankOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${url}bench-blank`); // not a file: the server's one-line answer, through the same stack
  const t = await page.evaluate<number>('new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)))');
  await page.close();
  return t;
}

interface StartFigures {
  first: number[];
  second: number[];
  blank: number[];
}

async function startRound(root: string, into: StartFigures): Promise<void> {
  const { server, url } = await serveStatic({ root, port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'panelwright-start-'));
  try {
    for (const out of [into.first, into.second]) {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS],
        viewport: { width: 1400, height: 900 },
      });
      try {
        into.blank.push(await blankOnce(context, url));
        out.push(await startOnce(context, url));
      } finally {
        await context.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    server.close();
  }
}

/** `baseline`: another renderer build, measured turn about with this one (A B B A …). */
export async function benchAppStart(options: { root?: string; baseline?: string | undefined; rounds?: number } = {}): Promise<void> {
  const rounds = options.rounds ?? 6;
  const builds: [string, string][] = [['this build', options.root ?? 'dist/renderer']];
  if (options.baseline) builds.unshift(['baseline build', options.baseline]);
  const figures = new Map<string, StartFigures>(builds.map(([n]) => [n, { first: [], second: [], blank: [] }]));
  for (let i = 0; i < rounds; i++) for (const [name, root] of i % 2 ? [...builds].reverse() : builds) await startRound(root, figures.get(name)!);
  console.log(`\nApp start in Chromium (navigation start → ready to work and painted; median of ${rounds}, each start a new browser)`);
  for (const [name, f] of figures) {
    if (builds.length > 1) console.log(`  ${name}:`);
    console.log(`  a one-line page from the same server (baseline): ${ms(median(f.blank))}`);
    console.log(`  first start, fresh profile (the sample written): ${ms(median(f.first))}   (issue 17 measured 0.8 s)`);
    console.log(`  second start, same profile:                      ${ms(median(f.second))}   (issue 17 measured 0.6 s)`);
  }
}
