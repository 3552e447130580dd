// Issue 4's "done when", through the real command-line export and LibreOffice: the RAGB summary built
// from the reference paper's counts (22 targets: Jul-17 0/5/9/7/1, Sep-17 0/8/4/9/1) prints the
// paper's own percentages and a movement sentence that agrees with them; the reference's nine Red
// measures print Red with their Jul-17 and Sep-17 values; every status carries its symbol and letter
// as well as its colour, so a black-and-white print reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../shared/backup/parse';
import type { BlockSource } from '../shared/blocks/model';
import type { MeasureValue } from '../shared/measures/model';
import { measure } from '../shared/measures/test-fixtures';
import { createMeta } from '../shared/records/meta';
import { SAMPLE_JUL17, SAMPLE_SEP17 } from '../shared/sample/measures';
import { SAMPLE_PAPER_ID } from '../shared/sample/paper';
import { SAMPLE_PLAN_ID } from '../shared/sample/plan';
import { sampleSnapshot } from '../shared/sample/reference-paper';
import { runExportCli } from './export-paper';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0;
const maybe = hasSoffice || process.env.CI ? it : it.skip;
const AT = '2017-11-25T09:00:00.000Z';
const REFERENCE_PLAN = '0e1b0000-0000-4000-8000-00000000a000';
const id = (n: number) => `0e1b0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The sample, plus a plan whose 22 measures give the reference's counts, and the blocks in an appendix. */
function backupText(): string {
  const s = sampleSnapshot();
  const FIG = { G: 100, A: 97, R: 50 } as const; // "reach 100": Green, Amber (3% short), Red
  const jul = 'GGGGGAAAAAAAAARRRRRRR';
  const sep = 'GGGGGGGGAAAARRRRRRRRR';
  const measures = [...Array(21).keys()].map((i) => measure({ id: id(1000 + i), planId: REFERENCE_PLAN, position: i, name: `Target ${i + 1}` }));
  measures.push(measure({ id: id(1021), planId: REFERENCE_PLAN, position: 21, name: 'Victims and witnesses satisfied (WAVES)', noLongerMeasured: true }));
  const values: MeasureValue[] = measures.slice(0, 21).flatMap((m, i) => [
    { ...createMeta('test', AT, id(2000 + 2 * i)), measureId: m.id, periodId: SAMPLE_JUL17, value: FIG[jul[i] as 'G'], note: '' },
    { ...createMeta('test', AT, id(2001 + 2 * i)), measureId: m.id, periodId: SAMPLE_SEP17, value: FIG[sep[i] as 'G'], note: '' },
  ]);
  const plan = { ...s.plans[0]!, ...createMeta('test', AT, REFERENCE_PLAN), name: 'Reference counts' };
  const sources: BlockSource[] = [
    { kind: 'measuresSummary', planId: REFERENCE_PLAN, periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17, sentence: null },
    { kind: 'measuresTable', planId: SAMPLE_PLAN_ID, measureIds: [], periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17 },
    { kind: 'measureExceptions', planId: SAMPLE_PLAN_ID, periodId: SAMPLE_SEP17, previousPeriodId: SAMPLE_JUL17 },
  ];
  const blocks = sources.map((source, i) => ({ ...createMeta('test', AT, id(3000 + i)), paperId: SAMPLE_PAPER_ID, source, frozen: null }));
  const appendix = {
    ...createMeta('test', AT, id(4000)),
    paperId: SAMPLE_PAPER_ID,
    position: 10,
    title: 'Performance',
    body: { type: 'doc' as const, content: blocks.map((b) => ({ type: 'dataBlock' as const, attrs: { blockId: b.id } })) },
  };
  const text = serializeBackup(
    {
      ...s,
      plans: [...s.plans, plan],
      measures: [...s.measures, ...measures],
      measureValues: [...s.measureValues, ...values],
      blocks: [...s.blocks, ...blocks],
      appendices: [...s.appendices, appendix],
    },
    { appVersion: '0.1.0', exportedAt: AT },
  );
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return text;
}

describe('performance measures in the exported paper', () => {
  maybe(
    'the RAGB summary prints the reference percentages and sentence; the nine Red measures print Red with symbol and letter; LibreOffice opens it',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'panelwright-measures-'));
      writeFileSync(join(dir, 'backup.json'), backupText());
      const docx = join(dir, 'measures.docx');
      const errors: string[] = [];
      expect(
        await runExportCli([join(dir, 'backup.json'), '--paper', 'Update Report', '--out', docx], {
          parseBackup,
          out: () => {},
          err: (l) => errors.push(l),
          cwd: dir,
        }),
      ).toBe(0);
      expect(errors).toEqual([]);

      // In the Word XML: status cells are shaded and lettered (so they read without colour).
      const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
      expect(xml).toMatch(/w:fill="C00000"[\s\S]{0,600}?>● Red</);
      expect(xml).toMatch(/w:fill="00B050"[\s\S]{0,600}?>■ Green</);

      const lo = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(lo.status, lo.stderr).toBe(0);
      const text = spawnSync('pdftotext', ['-layout', join(dir, 'measures.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/[ \t]+/g, ' ');
      // The reference paper's 4.3 table, row by row (label, Jul-17 count and %, Sep-17 count and %).
      expect(text).toMatch(/★ Blue Significantly better than 0 0% 0 0%/);
      expect(text).toMatch(/■ Green Better than Target 5 23% 8 36%/);
      expect(text).toMatch(/▲ Amber Close to achieving 9 41% 4 18%/);
      expect(text).toMatch(/● Red Significantly worse than 7 32% 9 41%/);
      expect(text).toMatch(/× No No Longer Measured 1 5% 1 5%/);
      expect(text).toMatch(/Total 22 100% 22 100%/);
      const sentence = text.replace(/\s+/g, ' ');
      expect(sentence).toContain('12 (55%) of these measures are Amber, Green or Blue');
      expect(sentence).toContain('Currently 41% (9) of targets reported are Red');
      expect(sentence).toContain('3 more targets have moved to Green, Amber rated measures have reduced by 5 and Red rated measures have increased by 2');
      // The nine Red measures with their values, each lettered Red.
      expect(text).toMatch(/A reduction in All[^\n]*\+35\.9% \+29\.6% ● Red/);
      expect(text).toMatch(/Increase BME Reach 4\.3% 4\.7% ● Red/);
      expect(sentence).toContain('Red: Significantly worse than Target >5% difference (9)');
      expect((text.match(/● Red/g) ?? []).length).toBeGreaterThanOrEqual(18); // nine in the table, nine in the exceptions
    },
    180_000,
  );
});
