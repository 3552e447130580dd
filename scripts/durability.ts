// `npm run test:durability [-- --kills N]`: every durability check of issue 6, at full length, ending with
// one table of figures:
//   - crashes: types into a paper in Chromium, kills the whole browser (SIGKILL, like a crash or power
//     cut) at a random moment, restarts it on the same profile, and checks that every edit made more than
//     one second before the kill is still there (50 kills unless --kills N);
//   - out of space, bad backup, import and update-pack return files, hostile text in exports (Vitest:
//     save-state, restore-fuzz, import-db-fuzz, packs-return-fuzz and hostile-export-fuzz tests, with more random cases), automatic backups and two windows on one paper
//     (Playwright: e2e/durability-*.spec.ts, more rounds).
// `--crash-only --figures FILE` (what `npm test` runs, after its unit and UI steps wrote their shorter
// figures to FILE): only the crash test, then the same table.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../e2e/support/chromium';
import { serveStatic } from './static-server.mjs';

const argValue = (name: string): string | undefined => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const kills = Number(argValue('--kills')) || 50;
const crashOnly = process.argv.includes('--crash-only');
const FIGURES = argValue('--figures') ?? 'reports/durability-figures.jsonl';
const GRACE_MS = 1000; // the promise: nothing older than a second is lost

function startChromium(profile: string): Promise<{ proc: ChildProcess; ws: string }> {
  const proc = spawn(CHROMIUM, ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    proc.stderr.on('data', (d: Buffer) => {
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
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '(no page)');
    await page.screenshot({ path: 'reports/durability-failure.png' }).catch(() => {});
    throw new Error(`the app did not open after a crash.\nPage showed: ${shown.slice(0, 800)}\nConsole:\n${consoleLines.slice(-20).join('\n')}`, { cause: e });
  }
  return page;
}

async function crashTest(): Promise<{ lost: number; checked: number }> {
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
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  try {
    for (let round = 1; round <= kills + 1; round++) {
      const { proc, ws } = await startChromium(profile);
      const browser = await chromium.connectOverCDP(ws);
      let page: Page;
      if (!paperUrl) {
        page = await openPaper(browser, url);
        await page.getByRole('button', { name: 'New paper' }).first().click();
        // New paper asks for the kind (committee paper or plan document) first.
        await page.getByRole('dialog', { name: 'New paper' }).getByRole('button', { name: 'Create paper' }).click();
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
      if (missing.length)
        console.log(`  round ${round}: LOST ${missing.length}: ${missing.slice(0, 5).join(' ')}\n    previous round: ${timelines.get(round - 1) ?? '?'}`);
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
      await new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r(null) : proc.once('exit', r)));
      await profileReleased(profile);
    }
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`durability: ${kills} crashes (SIGKILL), ${checked} checks of edits made over ${GRACE_MS} ms before a crash, ${lost} lost`);
  return { lost, checked };
}

type Figure = Record<string, unknown> & { check: string };
/** A figure read back from the JSON lines, shown as the template literal showed it. */
const fig = (v: unknown): string => (typeof v === 'string' ? v : ((JSON.stringify(v) as string | undefined) ?? 'undefined'));

function readFigures(): Figure[] {
  if (!existsSync(FIGURES)) return [];
  return readFileSync(FIGURES, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Figure);
}

/** One line per check, and whether all held. A check with no figures did not run, which is a failure. */
function summarise(figures: readonly Figure[]): { lines: string[]; failed: number } {
  const last = (check: string) => [...figures].reverse().find((f) => f.check === check);
  const lines: string[] = [];
  let failed = 0;
  const row = (label: string, f: Figure | undefined, text: (f: Figure) => string, ok: (f: Figure) => boolean) => {
    const held = f !== undefined && ok(f);
    if (!held) failed++;
    lines.push(`  ${held ? 'ok  ' : 'FAIL'} ${label.padEnd(26)} ${f ? text(f) : 'did not run'}`);
  };
  row(
    'crashes (SIGKILL)',
    last('crash'),
    (f) => `${fig(f.kills)} crashes, ${fig(f.checked)} edits over 1 s old checked, ${fig(f.lost)} lost`,
    (f) => f.lost === 0,
  );
  row(
    'out of space (unit)',
    last('quota-unit'),
    (f) => `message shown, ${fig(f.storedChanged)} stored records changed, kept change saved once there was room: ${f.keptChangeSaved ? 'yes' : 'no'}`,
    (f) => f.storedChanged === 0 && f.keptChangeSaved === true,
  );
  row(
    'out of space (Chromium)',
    last('quota-e2e'),
    (f) => `message shown, ${fig(f.lost)} edits lost after space was freed`,
    (f) => f.lost === 0,
  );
  row(
    'bad backup files',
    last('restore-fuzz'),
    (f) =>
      `${fig(f.cases)} inputs (seed ${fig(f.seed)}): ${fig(f.refused)} refused, ${fig(f.dbChanged)} left the database changed, ${fig(f.problems)} problems (unclear message, throw); ${fig(f.acceptedValid)} mutations were still valid backups`,
    (f) => f.dbChanged === 0 && f.problems === 0,
  );
  row(
    'bad import files',
    last('import-fuzz'),
    (f) =>
      `${fig(f.inputs)} inputs (seed ${fig(f.seed)}): ${fig(f.refusedOnRead)} refused on reading, ${fig(f.refusedInPreview)} previews refused with row errors, ${fig(f.imported)} imported whole, ${fig(f.refusedOnWrite)} refused on writing; ${fig(f.dbChanged)} left the database changed, ${fig(f.problems)} unclear messages`,
    (f) => f.dbChanged === 0 && f.problems === 0,
  );
  row(
    'bad update-pack returns',
    last('packs-fuzz'),
    (f) =>
      `${fig(f.inputs)} .xlsx and .pwpack returns (seed ${fig(f.seed)}): ${fig(f.refusedOnRead)} refused, ${fig(f.rowsFlagged)} rows flagged, ${fig(f.takenIn)} taken in (${fig(f.rowsWritten)} rows), ${fig(f.refusedOnWrite)} refused on writing; ${fig(f.dbChanged)} left the database changed, ${fig(f.changedSecondTime)} changed it when taken in twice, ${fig(f.problems)} unclear messages`,
    (f) => f.dbChanged === 0 && f.changedSecondTime === 0 && f.problems === 0,
  );
  row(
    'hostile text exports',
    last('hostile-export-fuzz'),
    (f) =>
      `${fig(f.papers)} papers, ${fig(f.xmlParts)} XML parts${f.xmllint ? ' (xmllint)' : ''}, ${fig(f.malformed)} malformed or with raw forbidden characters, ${fig(f.openedInLibreOffice)} opened in LibreOffice`,
    (f) => f.malformed === 0,
  );
  row(
    'automatic backups',
    last('auto-backup-e2e'),
    (f) => `daily, before-upgrade and before-restore backups written and restored: ${fig(f.restored)} restores`,
    (f) => Number(f.restored) > 0,
  );
  row(
    'two windows, one paper',
    last('two-windows'),
    (f) => `${fig(f.rounds)} rounds typing in both at once, ${fig(f.edits)} edits, ${fig(f.lost)} lost`,
    (f) => f.lost === 0,
  );
  return { lines, failed };
}

function runStep(label: string, cmd: string, args: string[], env: Record<string, string>): number {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

async function main(): Promise<void> {
  mkdirSync('reports', { recursive: true });
  if (!crashOnly) rmSync(FIGURES, { force: true });
  const env = { PANELWRIGHT_FIGURES: FIGURES };
  let crash: { lost: number; checked: number } | null = null;
  try {
    crash = await crashTest();
    appendFileSync(FIGURES, `${JSON.stringify({ check: 'crash', kills, ...crash })}\n`);
  } catch (e) {
    console.error(`crash test could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!crashOnly) {
    runStep(
      'out of space, bad backups and imports, hostile exports (Vitest, long)',
      'npx',
      [
        'vitest',
        'run',
        'renderer/app/save-state.test.ts',
        'renderer/db/restore-fuzz.test.ts',
        'renderer/import/import-db-fuzz.test.ts',
        'renderer/db/packs-return-fuzz.test.ts',
        'scripts/hostile-export-fuzz.test.ts',
        'electron/auto-backups.test.ts',
        'renderer/backup/auto-backup.test.ts',
      ],
      {
        ...env,
        PANELWRIGHT_FUZZ_CASES: '2000',
        // Each update-pack case writes and re-reads a workbook into a fresh database: fewer, slower cases.
        PANELWRIGHT_PACKS_FUZZ_CASES: '300',
        PANELWRIGHT_HOSTILE_PAPERS: '40',
      },
    );
    runStep('out of space, automatic backups, two windows (Chromium, long)', 'npx', ['playwright', 'test', '--project=chromium', 'e2e/durability-'], {
      ...env,
      PANELWRIGHT_TWO_WINDOW_ROUNDS: '8',
    });
  }
  const { lines, failed } = summarise(readFigures());
  console.log(`\nDurability figures${crashOnly ? ' (short run, as on every change)' : ''}:\n${lines.join('\n')}`);
  console.log(failed === 0 ? `${lines.length} passed, 0 failed` : `${lines.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 && crash !== null ? 0 : 1);
}

await main();
