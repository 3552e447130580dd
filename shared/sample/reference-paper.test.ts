import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../backup/parse';
import { bundlePaper } from '../papers/bundle';
import { paperFootnotes } from '../papers/footnotes';
import { appendixLetter, paragraphLabels } from '../papers/numbering';
import { inlineText } from '../richtext/model';
import type { BlockNode } from '../richtext/model';
import { SAMPLE_PAPER_ID, sampleBackupText, sampleSnapshot } from './reference-paper';

const ASSET = new URL('../../assets/sample-backup.json', import.meta.url);
const bundle = () => bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID)!;

/** "5.41" → the text of that paragraph, using the same numbering rule as the editor and export. */
function paragraph(label: string): string {
  const b = bundle();
  const sectionNo = Number(label.split('.')[0]);
  const blocks = b.sections[sectionNo - 1]!.body.content;
  const i = paragraphLabels(sectionNo, blocks).indexOf(label);
  const block = blocks[i] as Extract<BlockNode, { type: 'paragraph' }> | undefined;
  return inlineText(block?.content);
}

describe('assets/sample-backup.json', () => {
  it('is exactly what scripts/write-sample.ts generates (run `npm run sample` after changing the sample)', () => {
    expect(readFileSync(ASSET, 'utf8')).toBe(sampleBackupText());
  });
  it('is a valid backup holding the sample', () => {
    const r = parseBackup(readFileSync(ASSET, 'utf8'));
    expect(r.ok && r.snapshot).toEqual(sampleSnapshot());
  });
});

describe('sampleSnapshot', () => {
  it('is the same on every call, with unique fixed ids and the sample stamp', () => {
    const a = sampleSnapshot();
    expect(sampleSnapshot()).toEqual(a);
    const records = [...a.committees, ...a.papers, ...a.sections, ...a.appendices];
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) expect(r).toMatchObject({ updatedBy: 'Panelwright sample', deletedAt: null, createdAt: '2017-11-20T09:00:00.000Z' });
    expect(a.sections[0]!.id).toBe('5a3e1e00-2017-4000-8003-000000000001');
  });
  it('returns fresh objects, so a caller cannot change the next sample', () => {
    const a = sampleSnapshot() as unknown as { papers: { title: string }[] };
    a.papers[0]!.title = 'changed';
    expect(sampleSnapshot().papers[0]!.title).not.toBe('changed');
  });
  it('has the committees and the cover sheet of reference paper 000', () => {
    const s = sampleSnapshot();
    expect(s.committees.map((c) => c.name)).toEqual(expect.arrayContaining(['Police and Crime Panel', 'Joint Audit & Scrutiny Panel', 'Audit Committee']));
    const b = bundle();
    expect(b.committee?.name).toBe('Joint Audit & Scrutiny Panel');
    expect(b.paper.title).toBe("Police and Crime Commissioner's Update Report – to September 2017");
    expect(b.paper.cover).toMatchObject({
      purpose: 'consideration',
      publicity: 'public',
      meetingDate: '2017-12-08',
      reportOf: 'Paddy Tipping Police and Crime Commissioner',
      author: 'Kevin Dennis',
      agendaItem: '8',
    });
    expect(b.paper.contacts.map((c) => [c.name, c.phone])).toEqual([
      ['Kevin Dennis', '0115 8445998'],
      ['Philip Gilbert', '0115 8445998'],
    ]);
  });
  it('has sections 1–13 in the order and with the numbering the real paper prints', () => {
    const b = bundle();
    expect(b.sections).toHaveLength(13);
    expect(b.sections[5]!.title).toBe('Human Resources Implications');
    expect(b.sections[11]).toMatchObject({ title: 'Appendices', kind: 'appendices' });
    expect(paragraph('1.3')).toMatch(/^This report provides the Joint Audit & Scrutiny Panel/);
    expect(paragraph('2.1')).toMatch(/^JASP Members to note/);
    expect(paragraph('4.6')).toMatch(/^The table below provides an overview of the 9 targets/);
    expect(paragraph('5.20')).toMatch(/^The Chief Constable intends to recruit a total of 200 officers/);
    expect(paragraph('5.35')).toBe('In his letter to HMIC the Commissioner states:');
    expect(paragraph('5.41')).toMatch(/^For this meeting, a case study has been prepared/);
    expect(paragraph('5.46')).toMatch(/^The Commissioner has the sole legal authority/);
    expect(paragraph('10.1')).toMatch(/^The Commissioner publishes a horizon scanning document/);
    const numbered = b.sections.flatMap((s, i) => paragraphLabels(i + 1, s.body.content).filter(Boolean));
    expect(numbered.length).toBeGreaterThanOrEqual(60);
  });
  it('has the sub-headings, tables and the numbered list of case studies', () => {
    const s4 = bundle().sections[3]!.body.content;
    const subheadings = s4.filter((b) => b.type === 'subheading').map((b) => inlineText(b.content));
    // "KEY to Performance Comparators" is bold text in the reference; here a sub-heading, so it is one to a screen reader too.
    expect(subheadings).toEqual(['Policing and Crime Plan – (2016-18)', 'Performance Summary', 'Reporting by Exception', 'KEY to Performance Comparators']);
    const tables = s4.filter((b) => b.type === 'table');
    expect(tables.map((t) => t.content.length)).toEqual([7, 10]); // RAGB key (header, 5 statuses, total); 9 Red measures + header
    const s5 = bundle().sections[4]!.body.content;
    const caseStudies = s5.find((b) => b.type === 'orderedList' && b.content.length === 10);
    expect(caseStudies).toBeDefined();
  });
  it('has lettered footnotes a–m in reading order, with the real URLs', () => {
    const notes = paperFootnotes(bundle());
    expect(notes.map((n) => n.mark).join('')).toBe('abcdefghijklm');
    expect(notes[0]!.text).toBe(
      'http://www.nottinghamshire.pcc.police.uk/Document-Library/Public-Information/Performance/2017/Performance-and-Insight-Report-to-September-2017.pdf',
    );
    expect(notes[9]!.text).toBe('https://www.nottingham.ac.uk/world/beacons/rights-lab/');
    expect(notes[12]!.text).toMatch(/Horizon-Scanning\.aspx$/);
  });
  it('has the two appendices, lettered A and B', () => {
    const b = bundle();
    expect(b.appendices.map((a, i) => `${appendixLetter(i)}. ${a.title}`)).toEqual([
      'A. Mazars Internal Auditor Report - PEEL Review Action Plan (August 2017)',
      'B. Case Study – Data Integrity NCRS Compliance',
    ]);
    for (const a of b.appendices) expect(a.body.content.length).toBeGreaterThan(3);
  });
});
