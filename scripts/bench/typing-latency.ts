// Types into the real app in Chromium and measures keydown → painted frame for each keystroke.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { serveStatic } from '../static-server.mjs';

import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../../e2e/support/chromium';
import { restoreInApp } from './restore-in-app';

export interface Typed {
  /** keydown → the next frame painted, per keystroke (ms). */
  readonly latencies: number[];
  /** Long tasks (over 50 ms) while typing, and whether a save was running when each keystroke began. */
  readonly longTasks: number[];
  readonly duringSave: boolean[];
  /** Main-thread time per keystroke over the phase (ms), by kind, from Chromium's Performance metrics. */
  readonly perKey?: Record<'task' | 'script' | 'layout' | 'style', number>;
}

async function typeAndMeasure(page: Page, count: number): Promise<Typed> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const before = await metrics();
  await page.evaluate(() => {
    type W = { __lat: number[]; __saving: boolean[]; __long: number[]; __measuring?: boolean };
    const w = window as unknown as W;
    w.__lat = [];
    w.__saving = [];
    w.__long = [];
    // Once per page: a second listener would count every keystroke twice (and the loop below would
    // then stop waiting for each frame, pressing keys faster than the page paints them).
    if (w.__measuring) return;
    w.__measuring = true;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        w.__saving.push(document.querySelector('[data-save-state]')?.getAttribute('data-save-state') !== 'saved');
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
  // The saves and the idle work the keystrokes set off belong to them too.
  await page.waitForTimeout(1200);
  const after = await metrics();
  await cdp.detach();
  const per = (k: string) => (((after[k] ?? 0) - (before[k] ?? 0)) * 1000) / count;
  const typed = await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __saving: boolean[]; __long: number[] };
    return { latencies: w.__lat, longTasks: w.__long, duringSave: w.__saving };
  });
  return { ...typed, perKey: { task: per('TaskDuration'), script: per('ScriptDuration'), layout: per('LayoutDuration'), style: per('RecalcStyleDuration') } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** The functions the keystrokes spent most time in: self time, and time with everything they called (inclusive). */
function summariseProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, keystrokes: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .filter(([k]) => !/^\((idle|program|root|garbage collector)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${(v / keystrokes).toFixed(2).padStart(6)} ms/key  ${k}`)
      .join('\n');
  return `\n  Profile of the 1,000-paragraph paper's keystrokes (per keystroke):\n  self time:\n${top(self, 15)}\n  inclusive:\n${top(inclusive, 25)}`;
}

export async function measureTyping(
  backupJson: string,
  bigTitle: string,
  keystrokes: number,
  options: { root?: string; profile?: boolean } = {},
): Promise<{ small: number[]; large: number[]; floor: number[]; profile?: string; detail?: Typed } | null> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nTyping latency: skipped — Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
    return null;
  }
  const { server, url } = await serveStatic({ root: options.root ?? 'dist/renderer', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    // The measure's floor: a bare contenteditable in the same browser, where a keystroke does nothing
    // but waits for the next frame (at 60 Hz that alone is most of a frame).
    const bare = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await bare.setContent('<div contenteditable="true" style="font: 16px serif">Bare text</div>');
    await bare.locator('[contenteditable]').click();
    await bare.keyboard.press('End');
    const floor = (await typeAndMeasure(bare, keystrokes)).latencies;
    await bare.close();

    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(url);
    await page.locator('main[data-app-ready="true"]').waitFor();

    // Baseline: a new, near-empty paper.
    await page.getByRole('button', { name: 'New paper' }).first().click();
    // New paper asks for the kind (committee paper or plan document) first.
    await page.getByRole('dialog', { name: 'New paper' }).getByRole('button', { name: 'Create paper' }).click();
    await page.getByRole('textbox', { name: /^Section 4: / }).click();
    const small = (await typeAndMeasure(page, keystrokes)).latencies;

    // The long paper, restored through the app's own restore screen.
    await restoreInApp(page, backupJson);
    await page.getByRole('link', { name: 'Papers' }).click();
    await page.getByRole('link', { name: bigTitle }).click();
    const section = page.getByRole('textbox', { name: /^Section 7: / });
    await section.locator('p').nth(40).click();
    await page.keyboard.press('End');
    if (!options.profile) {
      const detail = await typeAndMeasure(page, keystrokes);
      return { small, large: detail.latencies, floor, detail };
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const detail = await typeAndMeasure(page, keystrokes);
    const large = detail.latencies;
    // The saves and idle work the keystrokes started (autosave waits for a pause) belong in the profile too.
    await page.waitForTimeout(1500);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    // The whole profile too, for reading with other tools (Chromium's DevTools opens a .cpuprofile).
    const file = join(mkdtempSync(join(tmpdir(), 'typing-profile-')), 'typing.cpuprofile');
    writeFileSync(file, JSON.stringify(profile));
    return { small, large, floor, detail, profile: `${summariseProfile(profile, keystrokes)}\n  whole profile: ${file}` };
  } finally {
    await browser.close();
    server.close();
  }
}
