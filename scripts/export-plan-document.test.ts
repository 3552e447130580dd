// A plan document through LibreOffice, as a reader without Word sees it: the contents list must show
// its entries (numbers, headings, page numbers) without anyone updating the field, and the action plan
// prints its objectives, owners and when.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../shared/docx/export';
import { planDocumentBundle } from '../shared/docx/plan-fixtures';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0;
const maybe = hasSoffice || process.env.CI ? it : it.skip;
if (!hasSoffice && !process.env.CI)
  console.warn('Plan document LibreOffice check skipped: soffice/pdftotext not installed (apt-get install libreoffice-writer-nogui poppler-utils).');

describe('plan document opens in LibreOffice', () => {
  maybe(
    'the PDF shows the title page, the contents entries with page numbers, and the action plan',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'panelwright-plan-'));
      const docx = join(dir, 'plan.docx');
      writeFileSync(docx, await exportPaperDocx(planDocumentBundle()));
      const lo = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(lo.status, `${lo.stderr} ${lo.signal ?? ''}`).toBe(0);
      const pages = spawnSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' }).stdout.split('\f');
      expect(pages[0]).toMatch(/Business Plan 2014\/15[\s\S]*Version 1\.0[\s\S]*1 March 2014/);
      // The contents page: every entry, with its number and the page LibreOffice itself put it on.
      const contents = pages[1] ?? '';
      expect(contents).toMatch(/^\s*Contents/);
      expect(contents).toMatch(/1\s+Introduction\.{5,}\s*3/);
      expect(contents).toMatch(/1\.1\s+Our vision\.{5,}\s*3/);
      expect(contents).toMatch(/1\.1\.1\s+Our values\.{5,}\s*3/);
      expect(contents).toMatch(/3\s+Action plan\.{5,}\s*3/);
      expect(contents).toMatch(/Glossary\.{5,}\s*4/);
      expect(pages[2]).toMatch(/1\s+Introduction/);
      expect(pages[3]).toMatch(/APPENDIX A/);
      const text = pages.join('\n');
      expect(text).toMatch(/1\. Protect, support and respond to victims/);
      expect(text).toMatch(/Hold the Chief Constable to account at the\s+CE, CFO\s+Monthly/);
    },
    180_000,
  );
});
