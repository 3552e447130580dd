// The Word import's corpus, made here from the sample paper (the reference paper 000 as data):
//   1. the app's own export, opened again and exported again: a reader cannot tell the two apart;
//   2. the same file re-saved by LibreOffice (its numbering and style XML differ from ours);
//   3. pandoc's .docx from Markdown (typed numbers, pandoc's styles and footnotes);
//   4. LibreOffice's .docx from HTML (auto-numbered lists, LibreOffice's footnote markup, <th>).
// Each opens with its cover sheet, sections, numbered paragraphs, footnotes, tables and images.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../shared/backup/parse';
import { exportPaperDocx } from '../shared/docx/export';
import { documentParagraphs, readDocx, textOf } from '../shared/docx/read-docx';
import { bundlePaper } from '../shared/papers/bundle';
import type { PaperBundle } from '../shared/papers/model';
import { importWordPaper } from '../shared/word-import/index';
import type { WordPaperDraft } from '../shared/word-import/index';
import { wordPaperRecords } from '../shared/word-import/records';
import { paperView } from '../shared/word-import/test-support';
import { paperHtml } from './word-corpus/write-html';
import { paperMarkdown } from './word-corpus/write-markdown';

const backup = parseBackup(readFileSync('assets/sample-backup.json', 'utf8'));
if (!backup.ok) throw new Error('sample backup invalid');
const sample = bundlePaper(backup.snapshot, backup.snapshot.papers[0]!.id)!;
const expectedView = paperView({ title: sample.paper.title, sections: sample.sections, appendices: sample.appendices });
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
// In CI LibreOffice and pandoc are installed by .ci/run, so a missing one is a failure there, not a skip.
const withSoffice = has('soffice') || process.env.CI ? it : it.skip;
const withPandoc = has('pandoc') || process.env.CI ? it : it.skip;

async function open(bytes: Uint8Array, name: string): Promise<WordPaperDraft> {
  const res = await importWordPaper(bytes, name);
  if (!res.ok) throw new Error(res.error);
  return res.draft;
}

/** Section titles compared as printed (upper-case), everything else exactly. */
const printed = (lines: readonly string[]) => lines.map((l) => (l.startsWith('SECTION ') ? l.toUpperCase() : l));

function expectSamplePaper(draft: WordPaperDraft): void {
  expect(draft.cover).toEqual({
    purpose: 'consideration',
    publicity: 'public',
    meetingDate: '2017-12-08',
    reportOf: 'Paddy Tipping Police and Crime Commissioner',
    author: 'Kevin Dennis',
    email: 'kevin.dennis@nottinghamshire.pnn.Police.uk',
    otherContacts: 'Kevin Dennis',
    agendaItem: '8',
  });
  expect(draft.committeeName).toBe('Joint Audit & Scrutiny Panel');
  expect(draft.contacts.map((c) => [c.name, c.email, c.phone])).toEqual(sample.paper.contacts.map((c) => [c.name, c.email, c.phone]));
  expect(printed(paperView(draft))).toEqual(printed(expectedView));
}

function bundleOf(draft: WordPaperDraft): PaperBundle {
  const r = wordPaperRecords(draft, { by: 'Test', at: '2026-01-01T00:00:00.000Z' }, sample.committee ? [sample.committee] : []);
  return { paper: r.paper, committee: sample.committee, sections: r.sections, appendices: r.appendices, blocks: {} };
}

/** What a reader of the .docx sees: each paragraph's style, numbering level and text, and the footnotes' text. */
async function readerView(bytes: Uint8Array): Promise<{ paragraphs: string[]; footnotes: string[] }> {
  const d = await readDocx(bytes);
  const paragraphs = documentParagraphs(d)
    .filter((p) => p.text.trim())
    .map((p) => `${p.inTable ? 'T' : ''}${p.style ?? ''}${p.numId ? `#${p.ilvl}` : ''} ${p.text.trim()}`);
  const footnotes = [...d.part('word/footnotes.xml').matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map((m) => textOf(m[2]!).trim());
  return { paragraphs, footnotes };
}

const soffice = (dir: string, args: string[]) => {
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', ...args, '--outdir', join(dir, 'out')], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status, `soffice ended with ${r.status ?? r.signal}: ${r.stderr}`).toBe(0);
};

describe('Word papers made by the app and by other tools open as the paper they are', () => {
  it('the app’s own export: export → open → export gives a paper a reader cannot tell apart (text, numbering, footnotes, tables)', async () => {
    const first = await exportPaperDocx(sample);
    const draft = await open(first, 'sample.docx');
    expect(paperView(draft)).toEqual(expectedView);
    const again = await exportPaperDocx(bundleOf(draft));
    const [a, b] = [await readerView(first), await readerView(again)];
    expect(b.paragraphs).toEqual(a.paragraphs);
    expect(b.footnotes).toEqual(a.footnotes);
    expect(a.footnotes.length).toBeGreaterThan(10);
  });

  withSoffice(
    'the same file re-saved by LibreOffice (its numbering XML differs)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'panelwright-word-lo-'));
      writeFileSync(join(dir, 'sample.docx'), await exportPaperDocx(sample));
      soffice(dir, ['--convert-to', 'docx:MS Word 2007 XML', join(dir, 'sample.docx')]);
      const resaved = readFileSync(join(dir, 'out', 'sample.docx'));
      expect(resaved.toString('latin1')).not.toBe(readFileSync(join(dir, 'sample.docx')).toString('latin1'));
      expectSamplePaper(await open(resaved, 'sample.docx'));
    },
    150_000,
  );

  withPandoc('pandoc’s .docx from Markdown: typed section and paragraph numbers, pandoc footnotes and tables', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'panelwright-word-pandoc-'));
    writeFileSync(join(dir, 'paper.md'), paperMarkdown(sample));
    const r = spawnSync('pandoc', ['-f', 'markdown-smart', '-t', 'docx', '-o', join(dir, 'paper.docx'), join(dir, 'paper.md')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expectSamplePaper(await open(readFileSync(join(dir, 'paper.docx')), 'paper.docx'));
  });

  withSoffice(
    'LibreOffice’s .docx from HTML: auto-numbered lists, LibreOffice footnotes, header cells',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'panelwright-word-html-'));
      writeFileSync(join(dir, 'paper.html'), paperHtml(sample));
      soffice(dir, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', join(dir, 'paper.html')]);
      const bytes = readFileSync(join(dir, 'out', 'paper.docx'));
      expect(bytes.toString('latin1')).toMatch(/numbering\.xml/);
      expectSamplePaper(await open(bytes, 'paper.docx'));
    },
    150_000,
  );
});
