// `npm run bench`: prints speed figures (never pass/fail). Each figure comes with a baseline measured
// in the same run, because timings on a shared 2-core machine are noisy.
//   1. Word export of a synthetic 100-page paper, against pandoc writing the same content from Markdown.
//   2. Keystroke-to-paint latency in Chromium in a 1,000-paragraph paper, against a near-empty paper.
//   3. Opening a 150-page Word paper (scripts/bench/word-import.ts), against parsing its XML alone.
//   4. The command-line export as whole processes against pandoc, pair by pair (scripts/bench/cli-process.ts).
//   5. The Check on a 150-page paper (scripts/bench/check.ts), against building its export alone.
//   6. Update packs: making 40 Excel packs for a 500-deliverable plan and taking 40 returns in (scripts/bench/packs.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Packer } from 'docx';
import { buildPaperDocument } from '../shared/docx';
import { bundlePaper } from '../shared/papers/bundle';
import { serializeBackup } from '../shared/backup/parse';
import { syntheticSnapshot } from './bench/synthetic-paper';
import { measureTyping } from './bench/typing-latency';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function benchExport(): Promise<void> {
  const { snapshot, markdown, paperId } = syntheticSnapshot();
  const bundle = bundlePaper(snapshot, paperId);
  if (!bundle) throw new Error('synthetic paper missing');
  const builds: number[] = [];
  const packs: number[] = [];
  let size = 0;
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    const document = buildPaperDocument(bundle);
    const t1 = performance.now();
    const bytes = await Packer.pack(document, 'uint8array');
    const t2 = performance.now();
    if (i >= 2) (builds.push(t1 - t0), packs.push(t2 - t1)); // first runs warm the JIT
    size = bytes.length;
  }
  const dir = mkdtempSync(join(tmpdir(), 'panelwright-bench-'));
  writeFileSync(join(dir, 'paper.md'), markdown);
  const pandoc: number[] = [];
  let pandocNote = '';
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, 'paper.docx'), join(dir, 'paper.md')]);
    if (r.error || r.status !== 0) {
      pandocNote = 'pandoc not installed (apt-get install pandoc) — no baseline';
      break;
    }
    pandoc.push(performance.now() - t0);
  }
  const total = median(builds) + median(packs);
  const paragraphs = bundle.sections.reduce((n, s) => n + s.body.content.filter((b) => b.type === 'paragraph').length, 0);
  console.log(`\nWord export of a synthetic long paper (${paragraphs} paragraphs, 60 tables × 30 rows, footnotes; ${(size / 1024).toFixed(0)} KiB .docx)`);
  console.log(`  build document (median of 7):  ${ms(median(builds))}`);
  console.log(`  pack to .docx  (median of 7):  ${ms(median(packs))}`);
  console.log(`  total:                         ${ms(total)}`);
  if (pandoc.length) console.log(`  pandoc, same content from Markdown (median of ${pandoc.length}, includes process start): ${ms(median(pandoc))}  → Panelwright/pandoc = ${(total / median(pandoc)).toFixed(2)}`);
  else console.log(`  ${pandocNote}`);
}

async function benchTyping(): Promise<void> {
  if (!existsSync('dist/renderer/index.html')) {
    console.log('\nBuilding the renderer for the typing benchmark…');
    if (spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) throw new Error('renderer build failed');
  }
  const { snapshot } = syntheticSnapshot();
  const backup = serializeBackup(snapshot, { appVersion: 'bench', exportedAt: new Date().toISOString() });
  const result = await measureTyping(backup, 'Synthetic 100-page paper', 60);
  if (!result) return;
  const { small, large } = result;
  console.log('\nKeystroke-to-paint latency in Chromium (keydown → next frame painted), 60 keystrokes each');
  console.log(`  near-empty paper (baseline): median ${ms(median(small))}, p95 ${ms(pct(small, 95))}`);
  console.log(`  1,000-paragraph paper:       median ${ms(median(large))}, p95 ${ms(pct(large, 95))}  → ratio of medians ${(median(large) / median(small)).toFixed(2)}`);
}

await benchExport();
await (await import('./bench/word-import')).benchWordImport();
(await import('./bench/cli-process')).benchCliProcess();
await (await import('./bench/check')).benchCheck();
await benchTyping();
await (await import('./bench/plans')).benchPlans();
await (await import('./bench/packs')).benchPacks();
