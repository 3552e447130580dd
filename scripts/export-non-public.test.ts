// A Non Public paper must be marked on its cover sheet and on every page, whichever way it is
// exported: here through the command line, from a backup file, as a batch export would.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../shared/backup/parse';
import { sampleSnapshot } from '../shared/sample/reference-paper';
import { runExportCli } from './export-paper';

it('the command-line export marks a Non Public paper on the cover and in the header of every section', async () => {
  const s = sampleSnapshot();
  const papers = s.papers.map((p) => ({
    ...p,
    cover: { ...p.cover, publicity: 'non-public' as const, exemptionReason: 'Exempt under Schedule 12A, paragraph 3' },
  }));
  const dir = mkdtempSync(join(tmpdir(), 'panelwright-np-'));
  writeFileSync(join(dir, 'backup.json'), serializeBackup({ ...s, papers }, { appVersion: '0.1.0', exportedAt: '2017-11-20T09:00:00.000Z' }));
  const out: string[] = [];
  const code = await runExportCli([join(dir, 'backup.json'), '--paper', 'Update Report', '--out', join(dir, 'np.docx')], {
    parseBackup,
    out: (l) => out.push(l),
    err: (l) => out.push(l),
    cwd: dir,
  });
  expect(code, out.join('\n')).toBe(0);

  const zip = await JSZip.loadAsync(readFileSync(join(dir, 'np.docx')));
  const document = await zip.file('word/document.xml')!.async('string');
  expect(document).toContain('Non Public');
  expect(document).toContain('Exempt under Schedule 12A, paragraph 3');
  // Every section (the paper and each appendix) has a default header, and that header says NON PUBLIC.
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  expect(sections.length).toBeGreaterThanOrEqual(3); // paper + appendices A and B
  for (const sect of sections) {
    const rid = /<w:headerReference[^>]*w:type="default"[^>]*r:id="([^"]+)"|<w:headerReference[^>]*r:id="([^"]+)"[^>]*w:type="default"/.exec(sect);
    expect(rid, 'a section without a default header').not.toBeNull();
    const target = new RegExp(`Id="${rid![1] ?? rid![2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const header = await zip.file(`word/${target}`)!.async('string');
    expect(header).toContain('NON PUBLIC');
  }
});

it('the command-line export refuses a Non Public paper with no reason for exemption, saying so in one line, and writes nothing', async () => {
  const s = sampleSnapshot();
  const papers = s.papers.map((p) => ({ ...p, cover: { ...p.cover, publicity: 'non-public' as const, exemptionReason: '   ' } }));
  const dir = mkdtempSync(join(tmpdir(), 'panelwright-np-'));
  writeFileSync(join(dir, 'backup.json'), serializeBackup({ ...s, papers }, { appVersion: '0.1.0', exportedAt: '2017-11-20T09:00:00.000Z' }));
  const err: string[] = [];
  const code = await runExportCli([join(dir, 'backup.json'), '--paper', 'Update Report', '--out', join(dir, 'np.docx')], {
    parseBackup,
    out: () => {},
    err: (l) => err.push(l),
    cwd: dir,
  });
  expect(code).toBe(1);
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(
    /^Not exported: "Police and Crime Commissioner's Update Report – to September 2017": it is Non Public but gives no reason for exemption/,
  );
  expect(err[0]).toContain('Reason for exemption');
  expect(existsSync(join(dir, 'np.docx'))).toBe(false);
});
