// Seeded-random hostile text through the command-line export: random mixes of XML specials, control
// characters XML forbids, lone surrogates, emoji, right-to-left text and very long paragraphs, in
// section and appendix text, headings, footnotes, table cells, links and every cover field, and in
// every later kind of data a paper prints (plans, deliverables, update narratives, people, measures,
// case studies, the forward plan, data tables, ambitions) through an appendix holding every kind of
// data block. Each paper goes into a backup file, `npm run export -- <backup> --all` writes the .docx
// files, every XML part of every file must be well-formed (xmllint when present) with no forbidden
// character written raw, and LibreOffice must open every file (when installed).
// PANELWRIGHT_HOSTILE_PAPERS sets how many papers (CI: the default; npm run test:durability: more).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup } from '../shared/backup/parse';
import { emptySnapshot } from '../shared/backup/snapshot';
import { createPaper } from '../shared/papers/factory';
import type { Appendix } from '../shared/papers/model';
import { createMeta } from '../shared/records/meta';
import { bold, bullets, doc, footnote, italic, link, para, subheading, table } from '../shared/richtext/build';
import type { BlockNode, InlineNode } from '../shared/richtext/model';
import type { BlockSource } from '../shared/blocks/model';
import type { DatabaseSnapshot } from '../shared/backup/snapshot';
import { sampleSnapshot } from '../shared/sample/reference-paper';
import { BLOCK_KIND_NAMES } from '../shared/blocks/kinds';
import { TABLES } from '../shared/backup/tables';
import { exampleSources } from '../shared/blocks/kinds';
import { runExportCli } from './export-paper';
import { seededRandom } from '../shared/testing/seeded-random';
import type { SeededRandom } from '../shared/testing/seeded-random';

const PAPERS = Number(process.env.PANELWRIGHT_HOSTILE_PAPERS ?? 4); // ~10 s each, LibreOffice included
const SEED = 424242;
// eslint-disable-next-line no-control-regex -- the C0 controls XML forbids are what this looks for
const FORBIDDEN_RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const PIECES = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '&amp;',
  '&#0;',
  ']]>',
  '<w:p>',
  '</w:t>',
  '<script>alert(1)</script>',
  '<!--',
  '<?xml?>',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001f',
  '\u007f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ud83d',
  '👮‍♀️',
  '🚓',
  '✅',
  '🏳️‍🌈',
  'e\u0301',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u202c',
  '\u2028',
  '\u00a0',
  'مرحبا بالعالم',
  'שלום עולם',
  '中文',
  'Ünïcödé',
  '\t',
  '\n',
  '\r',
  ' ',
  'word',
  'Police and Crime Panel',
];

function hostileText(r: SeededRandom, max = 40): string {
  let s = '';
  for (let i = 1 + r.int(max); i > 0; i--) s += r.next() < 0.7 ? r.pick(PIECES) : String.fromCharCode(r.int(0x10000));
  return s;
}

function hostileInline(r: SeededRandom): InlineNode[] {
  const out: InlineNode[] = [];
  for (let i = 1 + r.int(4); i > 0; i--) {
    const t = hostileText(r) || 'x';
    const k = r.int(6);
    out.push(
      k === 0
        ? bold(t)
        : k === 1
          ? italic(t)
          : k === 2
            ? footnote(hostileText(r) || 'n')
            : k === 3
              ? link(
                  t,
                  r.pick([
                    'https://example.org/?a=1&b=<2>',
                    'mailto:a@example.org',
                    `https://example.org/${encodeURIComponent(hostileText(r, 5).replace(/[\ud800-\udfff]/g, '_'))}`,
                  ]),
                )
              : { type: 'text', text: t },
    );
  }
  return out;
}

function hostileBody(r: SeededRandom, longParagraphs: boolean): ReturnType<typeof doc> {
  const blocks: BlockNode[] = [];
  for (let i = 1 + r.int(6); i > 0; i--) {
    const k = r.int(5);
    if (k === 0) blocks.push(subheading(hostileText(r) || 'h'));
    else if (k === 1)
      blocks.push(
        table(
          [hostileText(r, 8) || 'a', hostileText(r, 8) || 'b'],
          Array.from({ length: 1 + r.int(30) }, () => [hostileText(r, 10), hostileText(r, 10)]),
        ),
      );
    else if (k === 2) blocks.push(bullets(...Array.from({ length: 1 + r.int(4) }, () => hostileText(r) || 'i')));
    else blocks.push(para(...hostileInline(r)));
  }
  if (longParagraphs && r.next() < 0.5) blocks.push(para(Array.from({ length: 5000 }, () => r.pick(PIECES)).join('')));
  return doc(...blocks);
}

/** Free-text fields of the later data types, and the longest text each stores (the backup schema's limits). */
/**
 * Every free-text field of every table, by table and path ("statusKey.statuses[].label"), with its
 * length limit, read from the schemas in the table registry: a plain bounded string (no pattern, no
 * date or id rule) is free text. A new table or field is made hostile without a line here.
 */
function freeTextFields(): ReadonlyMap<string, number> {
  type Def = {
    type: string;
    shape?: Record<string, { _zod: { def: Def } }>;
    element?: { _zod: { def: Def } };
    innerType?: { _zod: { def: Def } };
    options?: { _zod: { def: Def } }[];
    checks?: { _zod: { def: { check: string; maximum?: number } } }[];
  };
  const out = new Map<string, number>();
  const skip = (key: string) => key === 'id' || /(Id|Ids|At|By)$/.test(key);
  const walk = (def: Def, path: string, key: string): void => {
    if (def.type === 'optional' || def.type === 'nullable') {
      walk(def.innerType!._zod.def, path, key);
      return;
    }
    if (def.type === 'object') for (const [k, v] of Object.entries(def.shape ?? {})) walk(v._zod.def, `${path}.${k}`, k);
    if (def.type === 'array') walk(def.element!._zod.def, `${path}[]`, key);
    if (def.type === 'union') for (const o of def.options ?? []) walk(o._zod.def, path, key);
    if (def.type === 'string' && !skip(key)) {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      if (checks.every((c) => c.check === 'max_length' || c.check === 'min_length'))
        out.set(path, Math.min(out.get(path) ?? Infinity, checks.find((c) => c.check === 'max_length')?.maximum ?? 2000));
    }
  };
  for (const [name, t] of Object.entries(TABLES)) walk((t.schema as unknown as { _zod: { def: Def } })._zod.def, name, '');
  return out;
}
const DATA_TEXT_FIELDS = freeTextFields();
const SKIP_TABLES = new Set(['papers', 'sections', 'appendices', 'blocks', 'customPeriods']);

/** The sample's plans, measures and library with every free-text field and rich-text body made hostile. */
function hostileData(r: SeededRandom): Partial<DatabaseSnapshot> {
  const sample = sampleSnapshot() as unknown as Record<string, unknown[]>;
  const walk = (v: unknown, path: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, `${path}[]`));
    if (v && typeof v === 'object') {
      if ((v as { type?: unknown }).type === 'doc') return hostileBody(r, false);
      // A cost or cell written as words.
      if ((v as { kind?: unknown }).kind === 'text') return { kind: 'text', text: hostileText(r, 4).slice(0, 200) || 'x' };
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, `${path}.${k}`)]));
    }
    const max = DATA_TEXT_FIELDS.get(path);
    if (typeof v === 'string' && max !== undefined && v !== '') return hostileText(r, 6).slice(0, max) || 'x';
    return v;
  };
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(sample)) if (!SKIP_TABLES.has(table)) out[table] = rows.map((row) => walk(row, table));
  // Data table cells (keyed by column id) hold text or numbers: make the text ones hostile too.
  out.dataTables = (out.dataTables as { rows: { cells: Record<string, unknown> }[] }[]).map((t) => ({
    ...t,
    rows: t.rows.map((row) => ({
      ...row,
      cells: Object.fromEntries(Object.entries(row.cells).map(([c, v]) => [c, typeof v === 'string' ? hostileText(r, 6) : v])),
    })),
  }));
  return out;
}

/** Every kind's examples (shared/blocks/kinds.ts) over the hostile data: a new kind is fuzzed without a line here. */
function everyBlock(data: Partial<DatabaseSnapshot>): BlockSource[] {
  return exampleSources({ ...emptySnapshot(), ...data });
}

function hostileSnapshot(count: number) {
  const r = seededRandom(SEED);
  const data = hostileData(r);
  const snapshot = { ...emptySnapshot(), ...data, papers: [] as unknown[], sections: [] as unknown[], appendices: [] as unknown[], blocks: [] as unknown[] };
  for (let p = 0; p < count; p++) {
    const { paper, sections } = createPaper('fuzz', {
      title: `Hostile ${p} ${hostileText(r, 10)}`,
      cover: {
        publicity: r.next() < 0.5 ? 'non-public' : 'public',
        exemptionReason: `Exempt: ${hostileText(r, 10)}` /* never blank: a blank one is refused, tested in export-non-public */,
        reportOf: hostileText(r, 10),
        author: hostileText(r, 10),
        email: 'author@example.org',
        otherContacts: hostileText(r, 10),
        agendaItem: hostileText(r, 5),
      },
    });
    snapshot.papers.push(paper);
    sections.forEach((s, i) => snapshot.sections.push(i < 4 ? { ...s, title: hostileText(r, 10) || s.title, body: hostileBody(r, p < 2) } : s));
    for (let a = r.int(3); a > 0; a--) {
      const appendix: Appendix = {
        ...createMeta('fuzz'),
        paperId: paper.id,
        position: a,
        title: hostileText(r, 10) || 'Appendix',
        body: hostileBody(r, false),
      };
      snapshot.appendices.push(appendix);
    }
    // Every kind of data block, in an appendix (portrait or landscape as each asks) and in a section.
    const nodes = everyBlock(data).map((source) => {
      const block = { ...createMeta('fuzz'), paperId: paper.id, source, frozen: null };
      snapshot.blocks.push(block);
      return { type: 'dataBlock' as const, attrs: { blockId: block.id } };
    });
    snapshot.appendices.push({
      ...createMeta('fuzz'),
      paperId: paper.id,
      position: 10,
      title: hostileText(r, 10) || 'Data',
      body: { type: 'doc', content: nodes.slice(0, -2) },
    });
    const s4 = snapshot.sections[snapshot.sections.length - sections.length + 3] as { body: { content: unknown[] } };
    s4.body = { ...s4.body, content: [...s4.body.content, ...nodes.slice(-2)] };
  }
  return snapshot as unknown as ReturnType<typeof emptySnapshot>;
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('seeded-random hostile text through the command-line export', () => {
  it('makes every free-text field hostile, read from the schemas (a new field is covered without a line here)', () => {
    for (const f of [
      'people.name',
      'people.shortName',
      'deliverables.activity',
      'deliverables.ref',
      'themes.priorities[]',
      'plans.statusKey.statuses[].label',
      'measures.name',
      'caseStudies.title',
      'forwardPlanItems.subject',
      'ambitions.target',
    ])
      expect(DATA_TEXT_FIELDS.has(f), f).toBe(true);
    for (const f of ['people.id', 'themes.planId', 'plans.updatedAt', 'plans.statusKey.statuses[].fill', 'plans.statusKey.statuses[].text', 'plans.coversFrom'])
      expect(DATA_TEXT_FIELDS.has(f), f).toBe(false);
  });

  it('exports every kind of data block: each kind has an example in the hostile data', () => {
    const kinds = new Set(everyBlock(hostileData(seededRandom(SEED))).map((s) => s.kind));
    expect(BLOCK_KIND_NAMES.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it(`every part of every exported file is well-formed, with no forbidden character written raw (${PAPERS} papers)`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'panelwright-hostile-fuzz-'));
    const backup = join(dir, 'hostile-backup.json');
    const text = serializeBackup(hostileSnapshot(PAPERS), { appVersion: '0.1.0', exportedAt: new Date().toISOString() });
    const valid = parseBackup(text);
    expect(valid.ok ? [] : valid.errors.slice(0, 5)).toEqual([]); // the fuzz must build files the app would write
    writeFileSync(backup, text);
    const errors: string[] = [];
    const code = await runExportCli([backup, '--all', '--out-dir', join(dir, 'out')], { parseBackup, out: () => {}, err: (l) => errors.push(l), cwd: dir });
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    const files = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.docx'));
    expect(files).toHaveLength(PAPERS);
    const xmllint = has('xmllint');
    const problems: string[] = [];
    let parts = 0;
    for (const f of files) {
      const zip = await JSZip.loadAsync(readFileSync(join(dir, 'out', f)));
      for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
        parts++;
        const xml = await zip.file(name)!.async('string');
        if (FORBIDDEN_RAW.test(xml)) problems.push(`${f} ${name}: a forbidden character is written raw`);
        if (xml.includes('<script>')) problems.push(`${f} ${name}: raw <script>`);
        if (xmllint) {
          const file = join(dir, `${f}-${name.replace(/[\\/]/g, '_')}`);
          writeFileSync(file, xml);
          const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
          if (lint.status !== 0) problems.push(`${f} ${name}: ${lint.stderr.slice(0, 300)}`);
        }
      }
    }
    // Every file must open in LibreOffice: one soffice run converts them all (its start-up dominates).
    let openedInLibreOffice = 0;
    if (has('soffice')) {
      const pdfDir = join(dir, 'pdf');
      const lo = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/lo-profile`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          pdfDir,
          ...files.map((f) => join(dir, 'out', f)),
        ],
        { encoding: 'utf8', timeout: 1_500_000 },
      );
      const pdfs = lo.status === 0 ? readdirSync(pdfDir) : [];
      for (const f of files) {
        if (pdfs.includes(f.replace(/\.docx$/, '.pdf'))) openedInLibreOffice++;
        else problems.push(`${f}: LibreOffice could not open it: ${lo.stderr.slice(0, 300)}`);
      }
    }
    const figures = {
      check: 'hostile-export-fuzz',
      seed: SEED,
      papers: files.length,
      xmlParts: parts,
      xmllint,
      openedInLibreOffice,
      malformed: problems.length,
    };
    if (process.env.PANELWRIGHT_FIGURES) appendFileSync(process.env.PANELWRIGHT_FIGURES, `${JSON.stringify(figures)}\n`);
    expect(problems).toEqual([]);
  }, 1_800_000);
});
