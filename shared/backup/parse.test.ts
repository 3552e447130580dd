import { describe, expect, it } from 'vitest';
import { createPaper } from '../papers/factory';
import { createMeta } from '../records/meta';
import { doc, footnote, link, para, table } from '../richtext/build';
import { parseBackup, serializeBackup } from './parse';
import type { DatabaseSnapshot } from './snapshot';

const AT = '2017-11-20T09:00:00.000Z';
function snapshot(): DatabaseSnapshot {
  const committee = { ...createMeta('t', AT), name: 'Police and Crime Panel' };
  const { paper, sections } = createPaper('t', { title: 'Update', cover: { committeeId: committee.id, meetingDate: '2017-12-08' } }, AT);
  const s0 = sections[0]!;
  const body = doc(para('See ', link('the plan', 'https://example.org/plan'), footnote('https://example.org/a.pdf')), table(['Year', 'No.'], [['2016-17', '11']]));
  return { committees: [committee], papers: [paper], sections: [{ ...s0, body }, ...sections.slice(1)], appendices: [{ ...createMeta('t', AT), paperId: paper.id, position: 1, title: 'A', body: doc(para('x')) }] };
}
const text = (s: DatabaseSnapshot = snapshot()) => serializeBackup(s, { appVersion: '0.1.0', exportedAt: AT });
const mutate = (f: (j: any) => void) => {
  const j = JSON.parse(text());
  f(j);
  return JSON.stringify(j);
};
const errorsOf = (t: string) => {
  const r = parseBackup(t);
  if (r.ok) throw new Error('expected the backup to be refused');
  return r.errors.join('\n');
};

describe('parseBackup', () => {
  it('round-trips a backup written by serializeBackup', () => {
    const s = snapshot();
    const r = parseBackup(text(s));
    expect(r.ok && r.snapshot).toEqual(s);
    expect(r.ok && r.version).toBe(1);
  });
  it('says a cut-short file is cut short', () => {
    const t = text();
    expect(errorsOf(t.slice(0, t.length / 2))).toMatch(/cut short/);
  });
  it('says a file that is not JSON, or not ours, is not a backup', () => {
    expect(errorsOf('hello')).toMatch(/not valid JSON/);
    expect(errorsOf('{"papers": []}')).toMatch(/not a Panelwright backup/);
    expect(errorsOf('[]')).toMatch(/not a Panelwright backup/);
    expect(errorsOf('')).toMatch(/empty/);
  });
  it('refuses a newer version, saying what to do', () => {
    expect(errorsOf(mutate((j) => (j.version = 3)))).toMatch(/newer version of Panelwright \(backup format 3\).*Update Panelwright/);
  });
  it('names the field that is missing or of the wrong type', () => {
    expect(errorsOf(mutate((j) => delete j.data.papers[0].title))).toMatch(/papers\[0\]\.title: missing/);
    expect(errorsOf(mutate((j) => (j.data.papers[0].cover.meetingDate = '8 Dec 2017')))).toMatch(/papers\[0\]\.cover\.meetingDate: expected a date like 2017-12-08/);
    expect(errorsOf(mutate((j) => (j.data.sections[0].position = 'first')))).toMatch(/sections\[0\]\.position: expected number, found string/);
    expect(errorsOf(mutate((j) => (j.data.papers[0].status = 'published')))).toMatch(/papers\[0\]\.status/);
  });
  it('refuses javascript: links and unknown node types in rich text', () => {
    expect(errorsOf(mutate((j) => (j.data.sections[0].body.content[0].content[1].marks[0].attrs.href = 'javascript:alert(1)')))).toMatch(/sections\[0\]\.body.*links must start with https/);
    expect(errorsOf(mutate((j) => (j.data.sections[0].body.content[0] = { type: 'script', content: [] })))).toMatch(/sections\[0\]\.body\.content\[0\]/);
  });
  it('refuses duplicate ids and references to records not in the file', () => {
    expect(errorsOf(mutate((j) => (j.data.sections[1].id = j.data.sections[0].id)))).toMatch(/sections\[1\]\.id: the id .* is used twice/);
    expect(errorsOf(mutate((j) => (j.data.sections[0].paperId = 'nope')))).toMatch(/sections\[0\]\.paperId: no paper with id nope/);
    expect(errorsOf(mutate((j) => (j.data.papers[0].cover.committeeId = 'gone')))).toMatch(/committeeId: no committee with id gone/);
  });
  it('caps the list of problems so the message stays readable', () => {
    const errors = errorsOf(mutate((j) => j.data.sections.forEach((s: any) => (s.title = 5))));
    expect(errors.split('\n')).toHaveLength(13); // 13 sections: each listed
    const many = errorsOf(mutate((j) => j.data.sections.push(...Array.from({ length: 30 }, () => ({ ...j.data.sections[0], title: 5 })))));
    expect(many.split('\n')).toHaveLength(21);
    expect(many).toMatch(/… and \d+ more problems$/);
  });
  it('never throws on truncated or randomly damaged files', () => {
    const t = text();
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const cut = t.slice(0, Math.floor(rand() * t.length));
      const pos = Math.floor(rand() * t.length);
      const flipped = t.slice(0, pos) + String.fromCharCode(Math.floor(rand() * 128)) + t.slice(pos + 1);
      for (const bad of [cut, flipped]) {
        const r = parseBackup(bad);
        if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
      }
    }
  });
});
