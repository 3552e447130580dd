// The library's blocks through the real command-line export and LibreOffice: the sample paper with
// the forward plan, the budget table and the estates disposals table as appendices (and the previous
// case studies list in section 5). The PDF's text must show the computed totals and "None to report".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BlockSource } from '../shared/blocks/model';
import { SAMPLE_BUDGET_TABLE_ID, SAMPLE_DISPOSALS_TABLE_ID, SAMPLE_FORWARD_PLAN_ID } from '../shared/sample/library';
import { SAMPLE_PAPER_ID } from '../shared/sample/paper';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0;
const maybe = hasSoffice || process.env.CI ? it : it.skip;
if (!hasSoffice && !process.env.CI)
  console.warn('Library LibreOffice check skipped: soffice/pdftotext not installed (apt-get install libreoffice-writer-nogui poppler-utils).');

const meta = (n: number) => ({
  id: `0e1b0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  createdAt: '2017-11-25T09:00:00.000Z',
  updatedAt: '2017-11-25T09:00:00.000Z',
  updatedBy: 'test',
  deletedAt: null,
});

/** The sample backup plus appendices D–F holding the library blocks, and the case-study list in an appendix. */
export function libraryBackup(): string {
  const backup = JSON.parse(readFileSync('assets/sample-backup.json', 'utf8')) as { data: { blocks: unknown[]; appendices: unknown[] } };
  const data = backup.data;
  const add = (n: number, title: string, source: BlockSource) => {
    const block = { ...meta(100 + n), paperId: SAMPLE_PAPER_ID, source, frozen: null };
    data.blocks.push(block);
    data.appendices.push({
      ...meta(200 + n),
      paperId: SAMPLE_PAPER_ID,
      position: 10 + n,
      title,
      body: { type: 'doc', content: [{ type: 'dataBlock', attrs: { blockId: block.id } }] },
    });
  };
  add(1, 'Forward Plan of Key Decisions', { kind: 'forwardPlan', forwardPlanId: SAMPLE_FORWARD_PLAN_ID });
  add(2, 'Revenue budget 2017/18: forecast outturn', { kind: 'dataTable', dataTableId: SAMPLE_BUDGET_TABLE_ID });
  add(3, 'Estates disposals 2017/18', { kind: 'dataTable', dataTableId: SAMPLE_DISPOSALS_TABLE_ID });
  add(4, 'Previous case studies', { kind: 'previousCaseStudies' });
  return JSON.stringify(backup);
}

describe('library blocks export and open in LibreOffice', () => {
  maybe(
    'the PDF shows the forward plan with "None to report", and the budget and disposals totals',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'panelwright-lib-'));
      const input = join(dir, 'backup.json');
      writeFileSync(input, libraryBackup());
      const docx = join(dir, 'library.docx');
      const exported = spawnSync(process.execPath, ['scripts/cli.mjs', 'export', input, '--paper', 'Update Report', '--out', docx], { encoding: 'utf8' });
      expect(exported.status, exported.stderr).toBe(0);
      expect(existsSync(docx)).toBe(true);
      const lo = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(lo.status, lo.stderr).toBe(0);
      const text = spawnSync('pdftotext', ['-layout', join(dir, 'library.pdf'), '-'], { encoding: 'utf8' }).stdout;
      // Forward plan: numbered within categories, empty ones say so.
      expect(text).toMatch(/2\.1\s+February\s+Vehicle fleet/);
      expect(text).toMatch(/4\. Workforce Plan and Recruitment Strategies\s+None to report/);
      // Budget in £'000: totals from the unrounded figures.
      expect(text).toMatch(/Total\s+192,261\s+192,567\s+306/);
      expect(text).toMatch(/Office of the\s+1,234\s+1,199\s+\(36\)/);
      // Disposals: subtotals and the total of receipts.
      expect(text).toMatch(/Total Completed\s+£612,500/);
      expect(text).toMatch(/Total Contracts\s+£1,150,000/);
      expect(text).toMatch(/Total\s+£1,762,500/);
      // Previous case studies: ten, and the eleventh named.
      expect(text).toMatch(/10\.\s+ECINS database/);
      expect(text).toMatch(/\(11\) Data Integrity\s+and Compliance with NCRS/);
      // The forward plan's appendix is a landscape page.
      const sizes = spawnSync('pdfinfo', ['-f', '1', '-l', '99', join(dir, 'library.pdf')], { encoding: 'utf8' }).stdout;
      expect(sizes).toMatch(/size:\s+841\.\d+ x 595\.\d+/);
    },
    180_000,
  );
});
