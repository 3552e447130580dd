// Issued versions through the command line, as a user runs it: the very file that was issued comes
// back byte for byte, a version rebuilt in another process is byte-identical to one built here (the
// export is deterministic, not just repeatable within a process), and a damaged file is refused.
// The "what changed" redline opens in LibreOffice with its tracked changes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../shared/backup/parse';
import { exportPaperDocxAt } from '../shared/docx/deterministic';
import { exportRedlineDocx } from '../shared/docx/redline';
import { readDocx } from '../shared/docx/read-docx';
import { comparePapers } from '../shared/issued/compare';
import type { IssuedVersion } from '../shared/issued/model';
import { bundlePaper } from '../shared/papers/bundle';
import { sampleSnapshot } from '../shared/sample/reference-paper';
import { bytesToBase64, sha256Hex } from '../shared/text/bytes';
import { doc, para } from '../shared/richtext/build';

const sample = sampleSnapshot();
const paper = sample.papers[0]!;
const bundle = { ...bundlePaper(sample, paper.id)!, paper: { ...paper, status: 'issued' as const }, revision: null };
const AT = '2017-12-08T10:00:00.000Z';
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext']).status === 0;

async function versionOf(id: string, keepFile: boolean, tamper = false): Promise<IssuedVersion> {
  const bytes = await exportPaperDocxAt(bundle, AT, id);
  const sha = await sha256Hex(bytes);
  if (tamper) bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    updatedBy: 'Kevin',
    deletedAt: null,
    paperId: paper.id,
    number: 1,
    issuedAt: AT,
    issuedBy: 'Kevin',
    note: '',
    bundle,
    docx: keepFile ? { sha256: sha, base64: bytesToBase64(bytes), appVersion: 'test' } : null,
  };
}

function exportVersion(v: IssuedVersion): { status: number | null; stderr: string; bytes: Buffer | null } {
  const dir = mkdtempSync(join(tmpdir(), 'pw-issued-'));
  const backup = join(dir, 'backup.json');
  writeFileSync(backup, serializeBackup({ ...sample, papers: [{ ...paper, status: 'issued' }], issuedVersions: [v] }, { appVersion: 'test', exportedAt: AT }));
  const out = join(dir, 'v1.docx');
  const r = spawnSync(process.execPath, ['scripts/cli.mjs', 'export', backup, '--paper', paper.id, '--version', '1', '--out', out], { encoding: 'utf8' });
  let bytes: Buffer | null = null;
  try {
    bytes = readFileSync(out);
  } catch {
    bytes = null;
  }
  return { status: r.status, stderr: r.stderr, bytes };
}

describe('issued versions on the command line', () => {
  it('--version N writes the very file that was issued', async () => {
    const v = await versionOf('00000000-0000-4000-8000-000000000001', true);
    const r = exportVersion(v);
    expect(r.status, r.stderr).toBe(0);
    expect(await sha256Hex(new Uint8Array(r.bytes!))).toBe(v.docx!.sha256);
  }, 120_000);

  it('a version rebuilt in another process is byte-identical to the same version built here', async () => {
    const v = await versionOf('00000000-0000-4000-8000-000000000002', false);
    const here = await sha256Hex(await exportPaperDocxAt(bundle, AT, v.id));
    const r = exportVersion(v);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/rebuilt from the version's record/);
    expect(await sha256Hex(new Uint8Array(r.bytes!))).toBe(here);
  }, 120_000);

  it('a damaged issued file is refused, never replaced', async () => {
    const v = await versionOf('00000000-0000-4000-8000-000000000003', true, true);
    const r = exportVersion(v);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/damaged: its SHA-256 is/);
    expect(r.bytes).toBeNull();
  }, 120_000);
});

describe('the redline of what changed', () => {
  it('has real tracked changes (w:ins / w:del with author and date) and opens in LibreOffice', async () => {
    const s1 = bundle.sections[0]!;
    const after = {
      ...bundle,
      sections: [
        { ...s1, body: doc(para('This report provides an update on the delivery of the Police and Crime Plan to March 2018.')) },
        ...bundle.sections.slice(1),
      ],
    };
    const changes = comparePapers(bundle, after);
    const bytes = await exportRedlineDocx(changes, {
      paperTitle: paper.title,
      fromLabel: 'version 1',
      toLabel: 'version 2',
      author: 'Kevin Dennis',
      date: '2018-03-01T09:00:00.000Z',
    });
    const xml = (await readDocx(bytes)).part('word/document.xml');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Kevin Dennis" w:date="2018-03-01T09:00:00.000Z">/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Kevin Dennis"/);
    expect(xml).toContain('<w:delText');
    expect(xml).toContain('March 2018');
    if (!hasSoffice) return;
    const dir = mkdtempSync(join(tmpdir(), 'pw-redline-'));
    writeFileSync(join(dir, 'redline.docx'), bytes);
    const lo = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'redline.docx')],
      { encoding: 'utf8', timeout: 170_000 },
    );
    expect(lo.status, lo.stderr).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'redline.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/What changed/);
    expect(text).toMatch(/March 2018/);
  }, 180_000);
});
