// `npm run test:durability [-- --kills N]`: types into a paper in Chromium, kills the whole browser
// (SIGKILL, like a crash or power cut) at a random moment, restarts it on the same profile, and checks
// that every edit made more than one second before the kill is still there. Prints how many were lost.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../e2e/support/chromium';
// @ts-expect-error plain JS module without types
import { serveStatic } from './static-server.mjs';

const kills = Number(process.argv[process.argv.indexOf('--kills') + 1]) || 50;
const GRACE_MS = 1000; // the promise: nothing older than a second is lost

function startChromium(profile: string): Promise<{ proc: ChildProcess; ws: string }> {
  const proc = spawn(CHROMIUM, ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) resolve({ proc, ws: m[1]! });
    });
    proc.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${err.slice(-500)}`)));
  });
}

/** Kills the browser and all its child processes at once, as a crash would. */
function crash(proc: ChildProcess): void {
  try {
    process.kill(-proc.pid!, 'SIGKILL');
  } catch {
    proc.kill('SIGKILL');
  }
}

/**
 * Waits until no process still uses the profile: Chromium's helper processes can outlive the browser
 * by a moment and keep the database locked, which a person restarting the app would never hit.
 */
async function profileReleased(profile: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = spawnSync('pgrep', ['-f', `--user-data-dir=${profile}`]);
    if (r.status !== 0) return;
    for (const pid of r.stdout.toString().trim().split(/\s+/)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    await new Promise((res) => setTimeout(res, 100));
  }
}

async function openPaper(browser: Browser, url: string): Promise<Page> {
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  await page.goto(url);
  try {
    await page.locator('main[data-app-ready="true"]').waitFor({ timeout: 20_000 });
  } catch (e) {
    // Say what the user would have seen instead of the paper.
    const shown = await page.locator('body').innerText().catch(() => '(no page)');
    await page.screenshot({ path: 'reports/durability-failure.png' }).catch(() => {});
    throw new Error(`the app did not open after a crash.\nPage showed: ${shown.slice(0, 800)}\nConsole:\n${consoleLines.slice(-20).join('\n')}`, { cause: e });
  }
  return page;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  if (!existsSync('dist/renderer/index.html')) throw new Error('Build the renderer first: npm run build:renderer');
  const { server, url } = await serveStatic({ root: 'dist/renderer', port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'panelwright-durability-'));
  let paperUrl = '';
  const mustSurvive: string[] = [];
  let lost = 0;
  const timelines = new Map<number, string>();
  let checked = 0;
  let seed = 20171208;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  try {
    for (let round = 1; round <= kills + 1; round++) {
      const { proc, ws } = await startChromium(profile);
      const browser = await chromium.connectOverCDP(ws);
      let page: Page;
      if (!paperUrl) {
        page = await openPaper(browser, url);
        await page.getByRole('button', { name: 'New paper' }).first().click();
        await page.getByRole('textbox', { name: /^Section 1: / }).waitFor();
        paperUrl = page.url();
      } else page = await openPaper(browser, paperUrl);

      // Every edit confirmed before the last crash must be here.
      const editor = page.getByRole('textbox', { name: /^Section 1: / });
      const text = (await editor.textContent()) ?? '';
      const missing = mustSurvive.filter((t) => !text.includes(t));
      checked += mustSurvive.length;
      lost += missing.length;
      if (round % 10 === 0) console.log(`  round ${round}: ${mustSurvive.length} edits to check, text length ${text.length}`);
      if (missing.length) console.log(`  round ${round}: LOST ${missing.length}: ${missing.slice(0, 5).join(' ')}\n    previous round: ${timelines.get(round - 1) ?? '?'}`);
      mustSurvive.splice(0, mustSurvive.length, ...mustSurvive.filter((t) => text.includes(t)));
      if (round > kills) {
        await browser.close().catch(() => {});
        crash(proc);
        break;
      }

      // Watch the app's own save state, to explain any loss.
      const events: string[] = [];
      const t0 = Date.now();
      page.on('console', (m) => {
        if (m.text().startsWith('save-state ')) events.push(`${Date.now() - t0}ms ${m.text().slice(11)}`);
      });
      await page.evaluate(() => {
        const el = document.querySelector('[data-save-state]');
        if (el) new MutationObserver(() => console.log(`save-state ${el.getAttribute('data-save-state')}`)).observe(el, { attributes: true });
      });
      // Type words until a random moment, then crash without warning.
      await editor.click();
      await page.keyboard.press('ControlOrMeta+End');
      const typed: { word: string; at: number }[] = [];
      const killAt = Date.now() + 1200 + rand() * 2500;
      let i = 0;
      const typing = (async () => {
        while (Date.now() < killAt + 2000) {
          const word = `r${round}w${i++}`;
          await page.keyboard.type(`${word} `, { delay: 5 });
          typed.push({ word, at: Date.now() });
          if (i % 8 === 0) await page.keyboard.press('Enter');
        }
      })().catch(() => {});
      await new Promise((r) => setTimeout(r, killAt - Date.now()));
      const killedAt = Date.now();
      crash(proc);
      await typing;
      for (const t of typed) if (t.at < killedAt - GRACE_MS) mustSurvive.push(t.word);
      timelines.set(round, `killed at ${killedAt - t0}ms; words: ${typed.map((t) => `${t.word}@${t.at - t0}`).join(' ')}; saves: ${events.join(', ')}`);
      await browser.close().catch(() => {});
      await new Promise((r) => proc.exitCode !== null || proc.signalCode !== null ? r(null) : proc.once('exit', r));
      await profileReleased(profile);
    }
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`durability: ${kills} crashes (SIGKILL), ${checked} checks of edits made over ${GRACE_MS} ms before a crash, ${lost} lost`);
  console.log(lost === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed');
  process.exit(lost === 0 ? 0 : 1);
}

await main();
