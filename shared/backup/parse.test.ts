/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-call -- these tests damage the raw JSON on purpose, in any shape, so it is untyped here */
import { describe, expect, it } from 'vitest';
import { createPaper } from '../papers/factory';
import { createMeta } from '../records/meta';
import { bullets, doc, footnote, link, para, table } from '../richtext/build';
import { BACKUP_VERSION } from './schema';
import { migrateBackup } from './migrate';
import { parseBackup, serializeBackup } from './parse';
import type { DatabaseSnapshot } from './snapshot';
import { SNAPSHOT_TABLES, emptySnapshot } from './snapshot';

const AT = '2017-11-20T09:00:00.000Z';
function snapshot(): DatabaseSnapshot {
  const committee = { ...createMeta('t', AT), name: 'Police and Crime Panel' };
  const { paper, sections } = createPaper('t', { title: 'Update', cover: { committeeId: committee.id, meetingDate: '2017-12-08' } }, AT);
  const withContacts = { ...paper, contacts: [{ id: 'c1', name: 'Kevin Dennis', role: 'Chief Executive', email: 'k@example.org', phone: '0115 8445998' }] };
  const s0 = sections[0]!;
  const body = doc(
    para('See ', link('the plan', 'https://example.org/plan'), footnote('https://example.org/a.pdf')),
    table(['Year', 'No.'], [['2016-17', '11']]),
    bullets(['one ', link('mail', 'mailto:a@example.org')]),
  );
  const deleted = { ...sections[1]!, deletedAt: AT };
  return {
    ...emptySnapshot(),
    committees: [committee],
    papers: [withContacts],
    sections: [{ ...s0, body }, deleted, ...sections.slice(2)],
    appendices: [{ ...createMeta('t', AT), paperId: paper.id, position: 1, title: 'A', body: doc(para('x')) }],
  };
}
const text = (s: DatabaseSnapshot = snapshot()) => serializeBackup(s, { appVersion: '0.1.0', exportedAt: AT });
// Tests damage the raw JSON on purpose, so it is untyped here.
const mutate = (f: (j: any) => void) => {
  const j = JSON.parse(text());
  f(j);
  return JSON.stringify(j);
};
const errorsOf = (t: string): string[] => {
  const r = parseBackup(t);
  if (r.ok) throw new Error('expected the backup to be refused');
  return r.errors;
};
const errorText = (t: string) => errorsOf(t).join('\n');

describe('serializeBackup / parseBackup', () => {
  it('round-trips a backup, soft-deleted records and rich text included', () => {
    const s = snapshot();
    const r = parseBackup(text(s));
    expect(r).toEqual({ ok: true, snapshot: s, version: BACKUP_VERSION, exportedAt: AT, appVersion: '0.1.0' });
  });
  it('writes the same text for the same data, envelope first and tables in a fixed order', () => {
    const s = snapshot();
    const t = text(s);
    expect(t).toBe(text(structuredClone(s)));
    expect(Object.keys(JSON.parse(t))).toEqual(['format', 'version', 'exportedAt', 'app', 'data']);
    expect(Object.keys(JSON.parse(t).data)).toEqual([...SNAPSHOT_TABLES]);
    expect(Object.keys(JSON.parse(t).data).slice(0, 5)).toEqual(['committees', 'papers', 'sections', 'appendices', 'blocks']);
    expect(t.endsWith('}\n')).toBe(true);
  });
  it('accepts a file saved with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${text()}`).ok).toBe(true);
  });
});

describe('what a user is told about a bad file', () => {
  it('an empty file, a file that is not JSON, and JSON that is not ours', () => {
    expect(errorsOf('')).toEqual(['The file is empty.']);
    expect(errorText('hello')).toMatch(/^This file is not a Panelwright backup \(a backup is a text file starting with “\{”\)/);
    expect(errorText('{ hello')).toMatch(/not valid JSON, so it is not a Panelwright backup/);
    expect(errorText('{"papers": []}')).toMatch(/not a Panelwright backup/);
    expect(errorText('[]')).toMatch(/not a Panelwright backup/);
    expect(errorText('"panelwright-backup"')).toMatch(/not a Panelwright backup/);
  });
  it('a Word document, a PDF or a web page is named as what it is, without the parser’s text', () => {
    // A .docx read as text starts with the zip signature "PK\u0003\u0004".
    const docx = 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml';
    expect(errorsOf(docx)).toEqual([
      'This is a Word document, spreadsheet or other zip file, not a Panelwright backup. Choose a backup file (.json) written by "Back up now" or kept under Automatic backups.',
    ]);
    expect(errorText(docx)).not.toMatch(/Unexpected token|JSON/);
    expect(errorText('%PDF-1.7\n')).toMatch(/^This is a PDF, not a Panelwright backup/);
    expect(errorText('<!DOCTYPE html><html>')).toMatch(/^This is a web page or XML file/);
  });
  it('says when the file was written and by which version of the app', () => {
    const r = parseBackup(text());
    expect(r.ok && { exportedAt: r.exportedAt, appVersion: r.appVersion }).toEqual({ exportedAt: AT, appVersion: '0.1.0' });
  });
  it('a cut-short file is called cut short', () => {
    const t = text();
    expect(errorText(t.slice(0, t.length / 2))).toMatch(/ends too early: it looks cut short/);
    expect(errorText(t.slice(0, t.length - 40))).toMatch(/ends too early: it looks cut short/);
  });
  it('a newer format says so and what to do; a missing version is named', () => {
    expect(errorsOf(mutate((j) => (j.version = BACKUP_VERSION + 1)))).toEqual([
      `This backup was made by a newer version of Panelwright (backup format version ${BACKUP_VERSION + 1}); this app reads up to version ${BACKUP_VERSION}. Update Panelwright, then restore it again.`,
    ]);
    expect(errorText(mutate((j) => (j.version = '1')))).toBe(`version: expected a whole number like ${BACKUP_VERSION}, found "1".`);
    expect(errorText(mutate((j) => delete j.version))).toMatch(/^version: .*found nothing/);
  });
  it('names the field that is missing or has the wrong type, with its path', () => {
    expect(errorText(mutate((j) => delete j.data.papers[0].title))).toBe('papers[0].title: missing (expected text)');
    expect(errorText(mutate((j) => (j.data.papers[0].cover.meetingDate = '8 Dec 2017')))).toBe(
      'papers[0].cover.meetingDate: expected a date like 2017-12-08, or empty',
    );
    expect(errorText(mutate((j) => (j.data.papers[0].cover.meetingDate = '2017-02-30')))).toMatch(/meetingDate: expected a date/);
    expect(errorText(mutate((j) => (j.data.sections[0].position = 'first')))).toBe('sections[0].position: expected a number, found "first"');
    expect(errorText(mutate((j) => (j.data.papers[0].status = 'published')))).toBe('papers[0].status: expected one of "draft", "issued", found "published"');
    expect(errorText(mutate((j) => (j.data.sections[0].createdAt = '2017-11-20')))).toBe(
      'sections[0].createdAt: expected a UTC timestamp like 2017-11-20T09:00:00.000Z',
    );
    expect(errorText(mutate((j) => delete j.data.appendices))).toBe('appendices: missing (expected a list)');
    expect(errorText(mutate((j) => (j.data.papers = {})))).toBe('papers: expected a list, found an object');
    expect(errorText(mutate((j) => (j.data.sections[0].body = null)))).toBe('sections[0].body: expected an object, found null');
  });
  it('refuses unsafe links and node or mark types the format does not have, saying where', () => {
    expect(errorText(mutate((j) => (j.data.sections[0].body.content[0].content[1].marks[0].attrs.href = 'javascript:alert(1)')))).toBe(
      'sections[0].body.content[0].content[1].marks[0].attrs.href: links must start with https://, http:// or mailto:',
    );
    expect(errorText(mutate((j) => (j.data.sections[0].body.content[2].content[0].content[0].content[1].marks[0].attrs.href = 'file:///etc/passwd')))).toMatch(
      /^sections\[0\]\.body\.content\[2\]\.content\[0\]\.content\[0\]\.content\[1\]\.marks\[0\]\.attrs\.href: links must start/,
    );
    expect(errorText(mutate((j) => (j.data.sections[0].body.content[0] = { type: 'script', content: [] })))).toBe(
      'sections[0].body.content[0].type: unknown type "script"; allowed here: paragraph, subheading, blockquote, bulletList, orderedList, table, dataBlock, image',
    );
    expect(
      errorText(
        mutate((j) => (j.data.sections[0].body.content[0] = { type: 'image', attrs: { src: 'https://example.org/track.png', alt: '', width: 1, height: 1 } })),
      ),
    ).toMatch(/^sections\[0\]\.body\.content\[0\]\.attrs\.src: An image must be a PNG or JPEG held in the document/);
    expect(errorText(mutate((j) => (j.data.sections[0].body.content[0].content[0] = { type: 'image', attrs: { src: 'x' } })))).toMatch(
      /content\[0\]\.content\[0\]\.type: unknown type "image"; allowed here: text, footnote, hardBreak/,
    );
    expect(errorText(mutate((j) => (j.data.sections[0].body.content[0].content[0].marks = [{ type: 'strike' }])))).toMatch(
      /marks\[0\]\.type: unknown type "strike"/,
    );
    expect(errorText(mutate((j) => (j.data.sections[0].body.content[0].content[0].text = '')))).toMatch(/content\[0\]\.text: empty text/);
  });
  it('refuses absurdly long text', () => {
    expect(errorText(mutate((j) => (j.data.papers[0].title = 'x'.repeat(1001))))).toBe('papers[0].title: longer than 1000 characters');
  });
  it('refuses duplicate ids and references to records not in the file', () => {
    expect(errorText(mutate((j) => (j.data.sections[1].id = j.data.sections[0].id)))).toMatch(
      /^sections\[1\]\.id: the id .* is already used by sections\[0\]$/,
    );
    expect(errorText(mutate((j) => (j.data.sections[0].paperId = 'nope')))).toBe('sections[0].paperId: no paper with id nope in this file');
    expect(errorText(mutate((j) => (j.data.appendices[0].paperId = 'nope')))).toBe('appendices[0].paperId: no paper with id nope in this file');
    expect(errorText(mutate((j) => (j.data.papers[0].cover.committeeId = 'gone')))).toBe('papers[0].cover.committeeId: no committee with id gone in this file');
    expect(errorText(mutate((j) => j.data.papers[0].contacts.push(j.data.papers[0].contacts[0])))).toMatch(
      /papers\[0\]\.contacts\[1\]\.id: the id c1 is used twice/,
    );
  });
  it('caps the list of problems at 20 and says how many more there are', () => {
    expect(errorsOf(mutate((j) => j.data.sections.forEach((s: { title: unknown }) => (s.title = 5))))).toHaveLength(13);
    const many = errorsOf(mutate((j) => j.data.sections.push(...Array.from({ length: 30 }, () => ({ ...j.data.sections[0], title: 5 })))));
    expect(many).toHaveLength(21);
    expect(many[20]).toBe('… and 10 more problems');
  });
  it('refuses pathologically deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const t = mutate((j) => (j.data.sections[0].body = '__DEEP__')).replace('"__DEEP__"', deep);
    expect(errorText(t)).toMatch(/nested more than 200 levels/);
  });
});

describe('robustness', () => {
  it('never throws on truncated or randomly damaged files', () => {
    const t = text();
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const junk = ['"', '{', '}', '[', ']', ',', ':', 'null', '0', '-1e999', '"x"', 'true', '\\u0000'];
    for (let i = 0; i < 400; i++) {
      const pos = Math.floor(rand() * t.length);
      const cut = t.slice(0, pos);
      const flipped = t.slice(0, pos) + String.fromCharCode(Math.floor(rand() * 128)) + t.slice(pos + 1);
      const inserted = t.slice(0, pos) + junk[Math.floor(rand() * junk.length)]! + t.slice(pos);
      const deleted = t.slice(0, pos) + t.slice(pos + 1 + Math.floor(rand() * 20));
      for (const bad of [cut, flipped, inserted, deleted]) {
        const r = parseBackup(bad);
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          expect(r.errors.length).toBeLessThanOrEqual(21);
          for (const e of r.errors) expect(typeof e).toBe('string');
        }
      }
    }
  });
  it('never throws when values are swapped for values of other types', () => {
    const values = [null, 0, -1, 1.5, '', 'x', true, [], {}, [{}], { type: 'doc' }];
    const paths: ((j: any, v: unknown) => void)[] = [
      (j, v) => (j.data = v),
      (j, v) => (j.data.papers[0] = v),
      (j, v) => (j.data.papers[0].cover = v),
      (j, v) => (j.data.papers[0].contacts = v),
      (j, v) => (j.data.sections[0].body.content = v),
      (j, v) => (j.data.sections[0].body.content[1].content[0] = v),
      (j, v) => (j.data.sections[0].body.content[0].content[1].marks = v),
      (j, v) => (j.app = v),
    ];
    for (const set of paths) for (const v of values) expect(() => parseBackup(mutate((j) => set(j, v)))).not.toThrow();
  });
});

describe('migrateBackup', () => {
  it('applies each step in turn, and names a missing step', () => {
    const steps = { 1: (b: Record<string, unknown>) => ({ ...b, version: 2, added: true }), 2: (b: Record<string, unknown>) => ({ ...b, version: 3 }) };
    expect(migrateBackup({ version: 1 }, 1, 3, steps)).toEqual({ ok: true, backup: { version: 3, added: true } });
    expect(migrateBackup({ version: 1 }, 1, 1)).toEqual({ ok: true, backup: { version: 1 } });
    expect(migrateBackup({ version: 1 }, 1, 2, {})).toEqual({ ok: false, error: expect.stringMatching(/no upgrade from version 1 to 2/) });
  });
  it('gives a file every table added since its version, empty, from the table registry alone', () => {
    const r = migrateBackup({ version: 1, data: { committees: [], papers: [], sections: [], appendices: [] } }, 1, BACKUP_VERSION);
    expect(r.ok && Object.keys(r.backup.data as object).sort()).toEqual([...SNAPSHOT_TABLES].sort());
    expect(r.ok && r.backup.version).toBe(BACKUP_VERSION);
  });
});
