// `npm run import`: a Word paper becomes a backup file that the real backup parser (as Restore
// uses it) and `npm run export` accept; refusals are one line and write nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../shared/backup/parse';
import { exportPaperDocx } from '../shared/docx/export';
import { fixtureBundle } from '../shared/docx/fixtures';
import { readDocx, textOf } from '../shared/docx/read-docx';
import { runExportCli } from './export-paper';
import { runImportCli } from './import-paper';

let dir: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) =>
  runImportCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: dir,
    serialise: (s) => serializeBackup(s, { appVersion: 'test', exportedAt: '2026-01-01T00:00:00.000Z' }),
  });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'panelwright-import-'));
  out = [];
  err = [];
});

describe('npm run import', () => {
  it('writes a backup holding the paper and its committee, which Restore’s parser and npm run export accept', async () => {
    writeFileSync(path.join(dir, 'paper.docx'), await exportPaperDocx(fixtureBundle()));
    expect(await run('paper.docx', '--out', 'backup.json', '--by', 'Kevin Dennis')).toBe(0);
    expect(out[0]).toMatch(/^Opened paper\.docx: \d+ sections, /);
    expect(out.at(-1)).toMatch(/^Wrote .*backup\.json: the paper “/);
    const parsed = parseBackup(readFileSync(path.join(dir, 'backup.json'), 'utf8'));
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors)).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.snapshot.papers).toHaveLength(1);
    expect(parsed.snapshot.papers[0]!.updatedBy).toBe('Kevin Dennis');
    expect(parsed.snapshot.committees.map((c) => c.name)).toEqual([fixtureBundle().committee!.name]);
    expect(parsed.snapshot.papers[0]!.cover.committeeId).toBe(parsed.snapshot.committees[0]!.id);

    const exportOut: string[] = [];
    const code = await runExportCli(['backup.json', '--paper', parsed.snapshot.papers[0]!.id, '--out', 'again.docx'], {
      parseBackup,
      out: (l) => exportOut.push(l),
      err: (l) => exportOut.push(l),
      cwd: dir,
    });
    expect(code, exportOut.join('\n')).toBe(0);
    const again = await readDocx(readFileSync(path.join(dir, 'again.docx')));
    expect(textOf(again.part('word/document.xml'))).toContain(fixtureBundle().paper.title);
  });

  it('refuses a file that is not a Word paper in one line, and writes nothing', async () => {
    writeFileSync(path.join(dir, 'old.docx'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(await run('old.docx', '--out', 'backup.json')).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^Not imported: This is a Word 97–2003 document \(\.doc\)/)]);
    expect(existsSync(path.join(dir, 'backup.json'))).toBe(false);
  });

  it('says how to use it when --out or the file is missing', async () => {
    expect(await run('paper.docx')).toBe(2);
    expect(err[0]).toMatch(/Give --out/);
    expect(await run('missing.docx', '--out', 'x.json')).toBe(1);
    expect(err.at(-1)).toMatch(/^File not found/);
  });

  it('runs as npm run import, from the folder the user is in', async () => {
    writeFileSync(path.join(dir, 'paper.docx'), await exportPaperDocx(fixtureBundle()));
    const r = spawnSync('npm', ['--prefix', process.cwd(), 'run', '-s', 'import', '--', 'paper.docx', '--out', 'b.json'], { encoding: 'utf8', cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(parseBackup(readFileSync(path.join(dir, 'b.json'), 'utf8')).ok).toBe(true);
  }, 60_000);
});
