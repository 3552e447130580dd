// The Check on the synthetic 150-page paper: the model's rules (what the panel shows first), then the
// export read back and every rule on it (the panel's second stage, and Issue), and a .docx checked as
// `npm run check` does without the schema validator. Baseline: building the Word document alone.
import { Packer } from 'docx';
import { readDocxForCheck } from '../../shared/check/read';
import { checkDocx, checkPaper } from '../../shared/check/run';
import { buildPaperDocument } from '../../shared/docx';
import { bundlePaper } from '../../shared/papers/bundle';
import { HUNDRED_PAGES, syntheticSnapshot } from './synthetic-paper';
import { clearanceFacts } from '../../shared/check/rules/clearance';
import { exportPaperDocx } from '../../shared/docx/export';
import { SAMPLE_PAPER_ID, sampleSnapshot } from '../../shared/sample/reference-paper';
import { validateOoxml } from '../check/validate';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function timed<T>(runs: number, f: () => Promise<T> | T): Promise<{ median: number; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = await f();
    times.push(performance.now() - t0);
  }
  return { median: median(times.slice(runs > 2 ? 1 : 0)), last };
}

export async function benchCheck(): Promise<void> {
  const spec = { ...HUNDRED_PAGES, paragraphs: 1500, tables: 90 };
  const { snapshot, paperId } = syntheticSnapshot(spec);
  const bundle = bundlePaper(snapshot, paperId)!;
  // The panel's worker hashes every section's text for the clearance rule before the model's rules.
  const model = await timed(4, async () => checkPaper({ bundle, clearance: await clearanceFacts([], bundle.sections) }));
  const build = await timed(2, async () => Packer.pack(buildPaperDocument(bundle), 'uint8array'));
  const read = await timed(2, () => readDocxForCheck(build.last));
  const full = await timed(2, () => checkPaper({ bundle, exported: read.last }));
  const docx = await timed(2, () => checkDocx(read.last));
  console.log(
    `\nThe Check on a synthetic 150-page paper (${spec.paragraphs} paragraphs, ${spec.tables} tables × ${spec.rowsPerTable} rows; ${model.last.length} findings)`,
  );
  console.log(`  the paper's own rules (panel, first stage):          ${ms(model.median)}`);
  console.log(
    `  export + read it back + every rule (panel, Issue):   ${ms(build.median + read.median + full.median)}  (export alone, the baseline: ${ms(build.median)})`,
  );
  console.log(`  a .docx read and checked (npm run check --no-schema): ${ms(read.median + docx.median)}`);
  // The Open XML SDK validator (npm run check, in a worker thread): once each, it is slow and the machine is shared.
  const sample = await exportPaperDocx(bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID)!);
  const schema = async (bytes: Uint8Array) => {
    const t0 = performance.now();
    const r = await validateOoxml(bytes, 600_000);
    return `${ms(performance.now() - t0)} (${r.ok ? `${r.errors.length} schema errors` : r.message})`;
  };
  console.log(`  the Open XML schema check, the sample paper:          ${await schema(sample)}`);
  console.log(`  the Open XML schema check, the 150-page paper:        ${await schema(build.last)}`);
  console.log('  The panel runs these in a worker after a 400 ms pause in typing, never on the typing path.');
}
