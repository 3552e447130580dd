// Opening a 150-page Word paper: the synthetic long paper (1,500 numbered paragraphs, 90 tables of
// 30 rows, a footnote every 10th paragraph) exported by the app, then read back by the importer
// in-process, as the app's Open Word paper… does. Baseline: unzipping and parsing document.xml alone.
import { exportPaperDocx } from '../../shared/docx/export';
import { OfficePackage } from '../../shared/ooxml/package';
import { bundlePaper } from '../../shared/papers/bundle';
import { importWordPaper } from '../../shared/word-import/index';
import { syntheticSnapshot } from './synthetic-paper';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function benchWordImport(): Promise<void> {
  const { snapshot, paperId } = syntheticSnapshot({ paragraphs: 1500, tables: 90, rowsPerTable: 30, footnoteEvery: 10 });
  const bundle = bundlePaper(snapshot, paperId)!;
  const bytes = await exportPaperDocx(bundle);
  const imports: number[] = [];
  const parses: number[] = [];
  let counts = '';
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = await importWordPaper(bytes, 'long.docx');
    const t1 = performance.now();
    if (!r.ok) throw new Error(r.error);
    counts = `${r.report.counts.numberedParagraphs} numbered paragraphs, ${r.report.counts.tables} tables, ${r.report.counts.footnotes} footnotes`;
    const pkg = await OfficePackage.open(bytes);
    await pkg.xml('word/document.xml');
    const t2 = performance.now();
    // The first runs warm the JIT.
    if (i >= 2) {
      imports.push(t1 - t0);
      parses.push(t2 - t1);
    }
  }
  console.log(`\nOpening a 150-page Word paper (${(bytes.length / 1024).toFixed(0)} KiB .docx: ${counts})`);
  console.log(`  import, in-process (median of 5):          ${ms(median(imports))}`);
  console.log(`  baseline: unzip + parse document.xml only: ${ms(median(parses))}  → import/parse = ${(median(imports) / median(parses)).toFixed(2)}`);
}
