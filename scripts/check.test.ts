// `npm run check` as a user runs it: on a .docx made by pandoc (which writes no title, no alt text
// unless given one, and headings chosen by #s), on the sample paper in a backup, and on damaged or
// hostile files, which get one line each and change nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBackup } from '../shared/backup/parse';
import { encodePng } from '../shared/sample/png';
import { sampleBackupText } from '../shared/sample/reference-paper';
import { runCheckCli } from './check';

const dir = mkdtempSync(join(tmpdir(), 'panelwright-check-'));
let out: string[] = [];
let err: string[] = [];
const run = async (...argv: string[]) => {
  out = [];
  err = [];
  return runCheckCli(argv, { parseBackup, out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
};

const MARKDOWN = `# Budget monitoring report

## Background

The PCC has agreed a budget. Click [here](https://example.org/budget) for details.

#### Detail

![](chart.png)

| Area | Spend |
|---|---|
| Police | 10 |
`;

describe('npm run check on a .docx made by pandoc', () => {
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
  beforeAll(() => {
    if (!hasPandoc) return;
    writeFileSync(join(dir, 'chart.png'), encodePng({ width: 2, height: 2, palette: [0xffffff, 0x000000], pixels: new Uint8Array([0, 1, 1, 0]) }));
    writeFileSync(join(dir, 'report.md'), MARKDOWN);
    const r = spawnSync('pandoc', ['report.md', '-o', 'report.docx'], { cwd: dir });
    expect(r.status, String(r.stderr)).toBe(0);
  });

  it.skipIf(!hasPandoc)(
    'lists what pandoc leaves out and exits 1 on the Errors, with the schema check',
    async () => {
      expect(await run('report.docx', '--json')).toBe(1);
      const report = JSON.parse(out.join('\n')) as { findings: { ruleId: string; message: string; location: { label: string } }[]; notes: string[] };
      const ids = new Set(report.findings.map((f) => f.ruleId));
      for (const id of ['document-properties', 'alt-text', 'heading-levels', 'link-text', 'acronym-first-use']) expect(ids, id).toContain(id);
      expect(report.findings.find((f) => f.ruleId === 'document-properties')?.message).toMatch(/no title/);
      expect(report.findings.find((f) => f.ruleId === 'heading-levels')?.message).toBe('Heading level 4 follows level 2');
      // The validator ran (it reads the file) or said in one note why not; never a stack trace.
      expect(report.notes.every((n) => !/\n\s+at /.test(n))).toBe(true);
      expect(err).toEqual([]);
    },
    180_000,
  );

  it.skipIf(!hasPandoc)('prints the same findings as text, grouped by severity with why and fix', async () => {
    expect(await run('report.docx', '--no-schema')).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/^Check of report\.docx: \d+ errors?, \d+ warnings?, \d+ tips?/);
    expect(text).toContain('ERRORS (');
    expect(text).toMatch(/Title and language \[document-properties\]: Screen readers announce/);
    expect(text).toContain('    Fix: Give the paper a title');
    expect(text).toMatch(/- Link text “here” does not say where it goes: paragraph \d+/);
  });
});

describe('npm run check on a paper in a backup', () => {
  beforeAll(() => writeFileSync(join(dir, 'backup.json'), sampleBackupText()));

  it('checks the sample paper: no Errors, so exit 0, with its warnings listed', async () => {
    expect(await run('backup.json', '--paper', 'Update Report', '--no-schema')).toBe(0);
    expect(out[0]).toMatch(/^Check of “Police and Crime Commissioner's Update Report – to September 2017”: 0 errors, \d+ warnings, \d+ tips/);
    expect(out.join('\n')).toMatch(/- Footnote is only a web address .*: section 4 \(Summary of Key Points\), paragraph 4\.1, footnote/);
  });

  it('reports a required clearance not given as an Error at its section, with who to ask, and exits 1', async () => {
    const backup = JSON.parse(sampleBackupText()) as { data: Record<string, unknown[]> };
    const at = '2017-11-20T09:00:00.000Z';
    backup.data.clearances = [
      {
        id: '5a3e1e00-2017-4000-8099-000000000001',
        createdAt: at,
        updatedAt: at,
        updatedBy: 'test',
        deletedAt: null,
        paperId: '5a3e1e00-2017-4000-8002-000000000001',
        sectionId: '5a3e1e00-2017-4000-8003-000000000004',
        role: 'finance',
        personId: null,
        personName: 'Marcus Ellingham',
        askedAt: null,
        signOff: null,
        history: [],
      },
    ];
    writeFileSync(join(dir, 'uncleared.json'), JSON.stringify(backup));
    expect(await run('uncleared.json', '--paper', 'Update Report', '--no-schema')).toBe(1);
    const text = out.join('\n');
    expect(out[0]).toMatch(/: 1 error, /);
    expect(text).toContain('- Required clearance missing — Finance: not asked (Marcus Ellingham): section 4 (Summary of Key Points)');
    expect(text).toContain('Fix: Send section 4 to Marcus Ellingham (Finance — Chief Finance Officer (S151 officer)) for clearance');
  });

  it('says which papers match when the title is ambiguous, and what to give', async () => {
    expect(await run('backup.json', '--paper', 'no such paper', '--no-schema')).toBe(1);
    expect(err).toEqual([expect.stringMatching(/^No paper matches "no such paper"/)]);
    expect(await run('backup.json')).toBe(2);
  });
});

describe('damaged and hostile files get one line', () => {
  const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
    ['random bytes', () => Promise.resolve(new Uint8Array(4096).map((_, i) => (i * 131) % 251)), /not a Word document/],
    [
      'a truncated zip',
      async () =>
        (await new JSZip().file('word/document.xml', '<w:document/>'.repeat(500)).generateAsync({ type: 'uint8array', compression: 'DEFLATE' })).slice(0, 120),
      /damaged or incomplete/,
    ],
    ['a zip with no document', async () => new JSZip().file('hello.txt', 'hi').generateAsync({ type: 'uint8array' }), /not a Word document/],
    [
      'a DOCTYPE (entity expansion)',
      async () =>
        new JSZip()
          .file(
            'word/document.xml',
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
          )
          .generateAsync({ type: 'uint8array' }),
      /DOCTYPE/,
    ],
    // 130 MB of zeros in a small file (fflate packs it far faster than jszip would).
    ['a zip bomb', () => Promise.resolve(zipSync({ 'word/document.xml': [new Uint8Array(130 * 1024 * 1024), { level: 1 }] })), /unpacks to more than 120 MB/],
  ];
  it.each(cases)(
    '%s',
    async (_, make, message) => {
      writeFileSync(join(dir, 'hostile.docx'), await make());
      const t0 = performance.now();
      expect(await run('hostile.docx')).toBe(1);
      expect(performance.now() - t0).toBeLessThan(30_000);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^Not checked: /);
      expect(err[0]).toMatch(message);
    },
    60_000,
  );
});
