// A reader that is not ours must open what we export: the sample paper goes through the real
// command-line export, then LibreOffice converts it to PDF and the PDF's text is checked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0;
// In CI LibreOffice is installed by .ci/run, so a missing one is a failure there, not a skip.
const maybe = hasSoffice || process.env.CI ? it : it.skip;
if (!hasSoffice && !process.env.CI)
  console.warn('LibreOffice check skipped: soffice/pdftotext not installed (apt-get install libreoffice-writer-nogui poppler-utils).');

describe('the exported sample paper opens in LibreOffice', () => {
  maybe(
    'converts to a PDF whose text shows the cover sheet, numbered sections and paragraphs, footnotes and page numbers',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'panelwright-lo-'));
      const docx = join(dir, 'sample.docx');
      const exported = spawnSync(process.execPath, ['scripts/cli.mjs', 'export', 'assets/sample-backup.json', '--paper', 'Update Report', '--out', docx], {
        encoding: 'utf8',
      });
      expect(exported.status, exported.stderr).toBe(0);
      expect(existsSync(docx)).toBe(true);

      const lo = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(lo.status, lo.stderr).toBe(0);
      expect(readdirSync(dir)).toContain('sample.pdf');

      const text = spawnSync('pdftotext', ['-layout', join(dir, 'sample.pdf'), '-'], { encoding: 'utf8' }).stdout;
      expect(text).toMatch(/Report to:\s+Joint Audit & Scrutiny Panel/);
      expect(text).toMatch(/Date of Meeting:\s+8th December 2017/);
      expect(text).toMatch(/1\.\s+PURPOSE OF THE REPORT/);
      expect(text).toMatch(/1\.1\s+This report was also submitted to the Police and Crime Panel/);
      expect(text).toMatch(/2\.1\s+/);
      expect(text).toMatch(/Page 1 of \d+/);
      expect(text).toMatch(/For any enquiries about this report please contact/);
    },
    180_000,
  );
});
