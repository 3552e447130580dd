// A plan document exported and unzipped: title page, the contents field with its entries written in,
// real Heading 1–3 paragraphs numbered 1 / 1.1 / 1.1.1 by Word numbering, no cover table, unnumbered
// paragraphs, and the action plan table.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPaperDocx } from './export';
import { documentParagraphs, numberingOf, readDocx, textOf } from './read-docx';
import type { DocxParts, ParaInfo } from './read-docx';
import { planDocumentBundle, PLAN_TITLE } from './plan-fixtures';

let numbered: DocxParts;
let plain: DocxParts;
let paras: ParaInfo[];

beforeAll(async () => {
  numbered = await readDocx(await exportPaperDocx(planDocumentBundle(), { generatedAt: new Date('2014-03-01T10:00:00Z') }));
  plain = await readDocx(await exportPaperDocx(planDocumentBundle({ numberedHeadings: false }), { generatedAt: new Date('2014-03-01T10:00:00Z') }));
  paras = documentParagraphs(numbered);
}, 60_000);

const body = (d: DocxParts) => d.part('word/document.xml');
/** The text between the TOC field's separate and end: what a reader sees without updating the field. */
function contentsEntries(d: DocxParts): { style: string; text: string }[] {
  const xml = body(d);
  const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)?.[0] ?? '';
  return [...sdt.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
    .map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
      text: textOf(m[0].replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/g, '').replace(/<w:tab\/>/g, '<w:t>|</w:t>')),
    }))
    .filter((e) => e.style.startsWith('TOC'));
}

describe('plan document: title page and no cover sheet', () => {
  it('prints the title, organisation, period, version and date before the contents, and no cover table', () => {
    const texts = paras.map((p) => p.text);
    const start = texts.indexOf(PLAN_TITLE);
    expect(start).toBe(0);
    expect(texts.slice(1, 5)).toEqual(['Office of the Police and Crime Commissioner for Nottinghamshire', '2014/15', 'Version 1.0', '1 March 2014']);
    expect(paras[0]!.style).toBe('DocumentTitle');
    expect(texts).not.toContain('Report to');
    expect(texts).not.toContain('Purpose');
  });
});

describe('plan document: contents list', () => {
  it('is a real TOC field: begin, instruction with levels 1–3 and hyperlinks, separate, end', () => {
    const xml = body(numbered);
    const sdt = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(xml)?.[0] ?? '';
    expect(sdt).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    const order = ['<w:fldChar w:fldCharType="begin"/>', '<w:instrText', '<w:fldChar w:fldCharType="separate"/>'].map((s) => sdt.indexOf(s));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    const instr = /<w:instrText[^>]*>([^<]*)<\/w:instrText>/.exec(sdt)?.[1] ?? '';
    expect(instr).toMatch(/^TOC /);
    for (const sw of ['\\o &quot;1-3&quot;', '\\h', '\\z', '\\u']) expect(instr).toContain(sw);
    expect(sdt.lastIndexOf('<w:fldChar w:fldCharType="end"/>')).toBeGreaterThan(sdt.indexOf('<w:fldChar w:fldCharType="separate"/>'));
  });

  it('has its entries written in: every heading to level 3, with its number, text and an estimated page', () => {
    const entries = contentsEntries(numbered);
    expect(entries.map((e) => [e.style, e.text.replace(/\|\d+$/, '|#')])).toEqual([
      ['TOC1', '1|Introduction|#'],
      ['TOC2', '1.1|Our vision|#'],
      ['TOC3', '1.1.1|Our values|#'],
      ['TOC1', '2|Our priorities|#'],
      ['TOC2', '2.1|Victims first|#'],
      ['TOC1', '3|Action plan|#'],
      ['TOC1', 'APPENDIX A|#'],
      ['TOC2', 'Glossary|#'],
    ]);
    // Title page is page 1, the contents page 2: the first section starts on page 3.
    expect(entries[0]!.text).toMatch(/\|3$/);
    expect(Number(/\|(\d+)$/.exec(entries.at(-1)!.text)?.[1])).toBeGreaterThan(3);
  });

  it('without numbered headings, the entries are the headings’ text alone', () => {
    expect(contentsEntries(plain).map((e) => e.text.replace(/\|\d+$/, ''))).toEqual([
      'Introduction',
      'Our vision',
      'Our values',
      'Our priorities',
      'Victims first',
      'Action plan',
      'APPENDIX A',
      'Glossary',
    ]);
  });
});

describe('plan document: headings and paragraphs', () => {
  it('headings are Heading 1–3 paragraphs numbered by one Word numbering definition (1, 1.1, 1.1.1)', () => {
    const heads = paras.filter((p) => /^Heading[123]$/.test(p.style ?? '') && !p.inTable && p.numId !== null && p.numId !== '0');
    expect(heads.map((h) => [h.style, h.ilvl, h.text])).toEqual([
      ['Heading1', 0, 'Introduction'],
      ['Heading2', 1, 'Our vision'],
      ['Heading3', 2, 'Our values'],
      ['Heading1', 0, 'Our priorities'],
      ['Heading2', 1, 'Victims first'],
      ['Heading1', 0, 'Action plan'],
    ]);
    expect(new Set(heads.map((h) => h.numId)).size).toBe(1);
    const { levels } = numberingOf(numbered.part('word/numbering.xml'), heads[0]!.numId!);
    expect([0, 1, 2].map((l) => levels.get(l)?.lvlText)).toEqual(['%1', '%1.%2', '%1.%2.%3']);
  });

  it('prints paragraphs unnumbered, and the Heading 1 style carries no section numbering', () => {
    const para = paras.find((p) => p.text.startsWith('Safer communities'))!;
    expect(para.numId === null || para.numId === '0').toBe(true);
    const unnumberedHeads = documentParagraphs(plain).filter((p) => p.style === 'Heading1' && p.numId !== null && p.numId !== '0');
    expect(unnumberedHeads).toEqual([]);
  });

  it('keeps the footnote, the list and the action plan table', () => {
    expect(numbered.part('word/footnotes.xml')).toContain('Approved by the Commissioner on 1 March 2014.');
    const texts = paras.map((p) => p.text);
    expect(texts).toContain('Openness');
    const cells = paras.filter((p) => p.inTable).map((p) => p.text);
    expect(cells.slice(0, 3)).toEqual(['Action', 'Owner', 'Completion date or frequency']);
    expect(cells).toContain('1. Protect, support and respond to victims');
    expect(cells).toContain('CE, CFO');
    expect(cells).toContain('Routinely 2014/15');
  });
});
