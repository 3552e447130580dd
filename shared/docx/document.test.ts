// The exported fixture paper, unzipped and read the way Word would: numbering, headings, footnotes,
// page furniture and document properties.
import { beforeAll, describe, expect, it } from 'vitest';
import { paperFootnotes } from '../papers/footnotes';
import { paragraphLabels, sectionNumber } from '../papers/numbering';
import { CONTACTS_INTRO } from '../papers/standard-sections';
import { inlineText } from '../richtext/model';
import { isBlankInline } from './inline';
import { exportPaperDocx } from './export';
import { fixtureBundle, FIXTURE_TITLE, nonPublicFixture } from './fixtures';
import { documentParagraphs, numberingOf, readDocx, textOf, wordLabels } from './read-docx';
import type { DocxParts, ParaInfo } from './read-docx';

const GENERATED = new Date('2017-11-21T10:00:00Z');
let pub: DocxParts;
let nonPub: DocxParts;
let paras: ParaInfo[];

beforeAll(async () => {
  pub = await readDocx(await exportPaperDocx(fixtureBundle(), { generatedAt: GENERATED }));
  nonPub = await readDocx(await exportPaperDocx(nonPublicFixture(), { generatedAt: GENERATED }));
  paras = documentParagraphs(pub);
});

const sectPrs = (d: DocxParts) => [...d.part('word/document.xml').matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
const bundle = fixtureBundle();

describe('section numbering (Word numbering, not typed numbers)', () => {
  const headings = () => paras.filter((p) => p.style === 'Heading1' && p.numId !== null);

  it('numbers every section heading at level 0 of one numbering instance, through the Heading 1 style', () => {
    const hs = headings();
    expect(hs.map((h) => h.text)).toEqual(bundle.sections.map((s) => s.title));
    expect(new Set(hs.map((h) => h.numId)).size).toBe(1);
    expect(hs.every((h) => h.ilvl === 0 && h.numFromStyle)).toBe(true);
    // level 0 is linked to the style, as Word's own numbered headings are
    const { levels } = numberingOf(pub.part('word/numbering.xml'), hs[0]!.numId!);
    expect(levels.get(0)!.xml).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('puts level-1 numbering (w:numPr) on the numbered paragraphs themselves, in the same instance', () => {
    const numId = headings()[0]!.numId;
    const numberedParas = paras.filter((p) => p.numId === numId && p.ilvl === 1);
    // blank paragraphs are not printed (an unfinished draft prints no bare numbers)
    const expected = bundle.sections.flatMap((s, i) =>
      paragraphLabels(sectionNumber(i), s.body.content).filter((l, j) => {
        const b = s.body.content[j];
        return l !== null && b?.type === 'paragraph' && !isBlankInline(b.content);
      }),
    );
    expect(numberedParas.length).toBe(expected.length);
    for (const p of numberedParas) {
      expect(p.numFromStyle).toBe(false);
      expect(p.xml).toContain(`<w:numPr><w:ilvl w:val="1"/><w:numId w:val="${numId}"/></w:numPr>`);
    }
  });

  it('defines level 0 as "%1." and level 1 as "%1.%2" (decimal, restarting after each heading)', () => {
    const { levels } = numberingOf(pub.part('word/numbering.xml'), headings()[0]!.numId!);
    expect(levels.get(0)).toMatchObject({ numFmt: 'decimal', lvlText: '%1.' });
    expect(levels.get(1)).toMatchObject({ numFmt: 'decimal', lvlText: '%1.%2' });
    // w:lvlRestart 0 would stop 1.1 restarting after each heading
    expect(levels.get(1)!.xml).not.toContain('w:lvlRestart');
    expect(levels.get(1)!.xml).toMatch(/<w:ind w:left="720" w:hanging="720"\/>/);
  });

  it('gives the labels paragraphLabels gives, restarting at N.1 in each section', () => {
    const numId = headings()[0]!.numId!;
    const { levels } = numberingOf(pub.part('word/numbering.xml'), numId);
    const labels = wordLabels(paras, numId, (l) => levels.get(l)!.lvlText);
    const printed = paras.filter((p) => p.numId === numId && p.ilvl === 1).map((p) => `${labels.get(p)} ${p.text.slice(0, 20)}`);
    const expected = bundle.sections.flatMap((s, i) => {
      const blocks = s.body.content;
      return paragraphLabels(sectionNumber(i), blocks).flatMap((label, j) => {
        const b = blocks[j]!;
        if (label === null || b.type !== 'paragraph' || isBlankInline(b.content)) return [];
        return [`${label} ${inlineText(b.content).slice(0, 20)}`];
      });
    });
    expect(printed).toEqual(expected);
    expect(printed[0]).toMatch(/^1\.1 /);
    expect(printed.some((p) => p.startsWith('4.1 '))).toBe(true);
    expect(printed.some((p) => p.startsWith('5.1 '))).toBe(true);
  });

  it('does not number sub-headings, unnumbered paragraphs, the title or the contacts', () => {
    for (const text of [
      'Performance Summary',
      'Reporting by Exception',
      'PC Panel Members require the Commissioner’s update report to:',
      FIXTURE_TITLE,
      CONTACTS_INTRO,
    ]) {
      const p = paras.find((x) => x.text === text);
      expect(p, text).toBeDefined();
      expect(p!.numId, text).toBeNull();
    }
    const unnumbered = paras.find((x) => x.text.startsWith('PC Panel Members'))!;
    expect(unnumbered.xml).toContain('<w:ind w:left="720"/>'); // aligned with numbered text
  });

  it('prints the heading of an empty section but no bare paragraph number', () => {
    const i = paras.findIndex((p) => p.text === 'Financial Implications and Budget Provision');
    expect(i).toBeGreaterThan(0);
    expect(paras[i + 1]!.style).toBe('Heading1'); // the next thing is the next section
    expect(paras.filter((p) => p.numId !== null && p.text.trim() === '')).toEqual([]);
  });
});

describe('headings', () => {
  it('uses real heading styles with outline levels for the navigation pane', () => {
    const styles = pub.part('word/styles.xml');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading1')).toContain('<w:b/>');
    expect(style('Heading1')).toContain('<w:caps/>'); // printed upper-case, stored as typed
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(style('Heading3')).toContain('<w:outlineLvl w:val="2"/>');
    expect(style('PaperTitle')).toContain('<w:basedOn w:val="Heading1"/>');
    expect(style('PaperTitle')).toContain('<w:outlineLvl w:val="0"/>');
  });

  it('puts the title, sub-headings and appendix headings in those styles', () => {
    expect(paras.find((p) => p.text === FIXTURE_TITLE)!.style).toBe('PaperTitle');
    expect(paras.find((p) => p.text === 'Performance Summary')!.style).toBe('Heading2');
    expect(paras.find((p) => p.text === 'APPENDIX A')!.style).toBe('Heading1');
    expect(paras.find((p) => p.text === 'APPENDIX A')!.numId).toBeNull(); // numbering switched off
    expect(paras.find((p) => p.text === FIXTURE_TITLE)!.numId).toBeNull();
    expect(paras.find((p) => p.text === bundle.appendices[0]!.title)!.style).toBe('Heading2');
    expect(paras.find((p) => p.text === 'Background')!.style).toBe('Heading3'); // a sub-heading inside an appendix
  });
});

describe('footnotes', () => {
  it('are real Word footnotes in reading order', () => {
    const doc = pub.part('word/document.xml');
    const refs = [...doc.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]!);
    const expected = paperFootnotes(bundle);
    expect(refs).toHaveLength(expected.length);
    const notes = pub.part('word/footnotes.xml');
    refs.forEach((id, i) => {
      const note = new RegExp(`<w:footnote w:id="${id}">([\\s\\S]*?)</w:footnote>`).exec(notes)?.[1] ?? '';
      expect(note).toContain('<w:footnoteRef/>');
      expect(textOf(note).trim()).toBe(expected[i]!.text);
    });
  });

  it('are lettered a, b, c in every section when the paper says so, numbered otherwise', async () => {
    for (const s of sectPrs(pub)) expect(s).toContain('<w:footnotePr><w:numFmt w:val="lowerLetter"/>');
    const numbered = await readDocx(await exportPaperDocx(fixtureBundle({ footnoteStyle: 'number' })));
    for (const s of sectPrs(numbered)) expect(s).toContain('<w:footnotePr><w:numFmt w:val="decimal"/>');
    expect(paperFootnotes(bundle).map((f) => f.mark)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('turn URLs in their text into hyperlinks', () => {
    const notes = pub.part('word/footnotes.xml');
    expect(notes).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?Performance-and-Insight-Report-to-September-2017\.pdf/);
    const rels = pub.part('word/_rels/footnotes.xml.rels');
    expect(rels).toContain(
      'Target="http://www.nottinghamshire.pcc.police.uk/Document-Library/Public-Information/Performance/2017/Performance-and-Insight-Report-to-September-2017.pdf"',
    );
    expect(rels).toContain('TargetMode="External"');
  });
});

describe('cover sheet', () => {
  const coverText = (d: DocxParts) => {
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(d.part('word/document.xml'))![0];
    return [...firstTable.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])));
  };

  it('is the first thing in the document, with the reference paper rows and a formatted date', () => {
    expect(pub.part('word/document.xml').indexOf('<w:tbl>')).toBeLessThan(pub.part('word/document.xml').indexOf(FIXTURE_TITLE.replace("'", '&apos;')));
    expect(coverText(pub)).toEqual([
      ['For Consideration', ''],
      ['Public/Non Public*', 'Public'],
      ['Report to:', 'Joint Audit & Scrutiny Panel'],
      ['Date of Meeting:', '8th December 2017'],
      ['Report of:', 'Paddy Tipping Police and Crime Commissioner'],
      ['Report Author:', 'Kevin Dennis'],
      ['E-mail:', 'kevin.dennis@nottinghamshire.pnn.police.uk'],
      ['Other Contacts:', 'Kevin Dennis'],
      ['Agenda Item:', '8'],
    ]);
  });

  it('has fixed DXA widths filling the text width and real borders', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(pub.part('word/document.xml'))![0];
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table).toContain('<w:tblW w:type="dxa" w:w="9026"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(9026);
    expect(table).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(table).toContain('<w:pStyle w:val="CoverLabel"/>');
  });

  it('marks a Non Public paper, with its reason for exemption', () => {
    const rows = coverText(nonPub);
    expect(rows[1]).toEqual(['Public/Non Public*', 'Non Public']);
    expect(rows[2]).toEqual(['Reason for exemption:', 'Exempt under paragraph 7 (prevention of crime)']);
    expect(nonPub.part('word/document.xml')).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Non Public<\/w:t>/);
  });
});

describe('page furniture', () => {
  it('is A4 portrait with 2.54 cm margins in every section', () => {
    const s = sectPrs(pub);
    expect(s).toHaveLength(1 + bundle.appendices.length);
    for (const x of s) {
      expect(x).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      expect(x).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    }
  });

  it('starts each appendix on a new page', () => {
    const s = sectPrs(pub);
    // a sectPr ends its section: the ones closing the main text and appendix A start the next on a new page
    for (const x of s.slice(1)) expect(x).toContain('<w:type w:val="nextPage"/>');
  });

  it('has "Page X of Y" (PAGE and NUMPAGES fields) centred in the footer of every section', () => {
    const footers = [...pub.parts].filter(([p]) => /^word\/footer\d+\.xml$/.test(p));
    expect(footers.length).toBeGreaterThanOrEqual(sectPrs(pub).length);
    for (const s of sectPrs(pub)) expect(s).toContain('<w:footerReference w:type="default"');
    for (const [, xml] of footers) {
      expect(xml).toContain('<w:jc w:val="center"/>');
      expect(xml).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(xml).toContain('<w:instrText xml:space="preserve">NUMPAGES</w:instrText>');
      expect(textOf(xml)).toBe('Page  of ');
    }
  });

  it('marks every page of a Non Public paper NON PUBLIC (bold) in the header of every section', () => {
    const s = sectPrs(nonPub);
    const rels = nonPub.part('word/_rels/document.xml.rels');
    for (const x of s) {
      const rid = /<w:headerReference w:type="default" r:id="([^"]+)"\/>/.exec(x)?.[1];
      expect(rid).toBeDefined();
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
      const header = nonPub.part(`word/${target?.[1] ?? target?.[2]}`);
      expect(textOf(header)).toBe('NON PUBLIC');
      expect(header).toContain('<w:b/>');
    }
  });

  it('has no NON PUBLIC header on a Public paper', () => {
    for (const [path, xml] of pub.parts) if (path.startsWith('word/header')) expect(textOf(xml)).not.toContain('NON PUBLIC');
    for (const s of sectPrs(pub)) expect(s).not.toContain('<w:headerReference');
  });
});

describe('document-wide', () => {
  it('sets Arial 12 as the default font', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(pub.part('word/styles.xml'))![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"\/>/);
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toContain('<w:lang w:val="en-GB"/>');
  });

  it('sets the document properties', () => {
    const core = pub.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Police and Crime Commissioner&apos;s Update Report – to September 2017</dc:title>');
    expect(core).toContain('<dc:creator>Kevin Dennis</dc:creator>');
    expect(core).toContain('<dc:subject>Joint Audit &amp; Scrutiny Panel, 8th December 2017</dc:subject>');
    expect(core).toContain('<dc:description>Joint Audit &amp; Scrutiny Panel, 8th December 2017</dc:description>');
    expect(pub.part('docProps/custom.xml')).toContain('2017-11-21T10:00:00.000Z');
  });

  it('lists the appendices in the Appendices section as "A.", "B."', () => {
    const i = paras.findIndex((p) => p.text === 'Appendices');
    expect(paras[i + 1]!.text).toBe(`A.\t${bundle.appendices[0]!.title}`);
    expect(paras[i + 2]!.text).toBe(`B.\t${bundle.appendices[1]!.title}`);
    expect(paras[i + 1]!.numId).toBeNull();
  });

  it('does not section-number paragraphs inside appendices', () => {
    const start = paras.findIndex((p) => p.text === 'APPENDIX A');
    const body = paras.slice(start).filter((p) => !p.inTable && p.style === null && p.text.trim());
    expect(body.length).toBeGreaterThan(0);
    const sectionNumId = paras.find((p) => p.style === 'Heading1' && p.numId)!.numId;
    expect(body.filter((p) => p.numId === sectionNumId)).toEqual([]);
  });

  it('ends the paper text with the contacts, e-mail as a mailto link, empty parts skipped', () => {
    const i = paras.findIndex((p) => p.text === CONTACTS_INTRO);
    const block = paras
      .slice(
        i + 1,
        paras.findIndex((p) => p.text === 'APPENDIX A'),
      )
      .map((p) => p.text);
    expect(block).toEqual([
      'Kevin Dennis, Chief Executive of the Nottinghamshire Office of the Police and Crime Commissioner',
      'kevin.dennis@nottinghamshire.pnn.police.uk',
      'Tel: 0115 8445998',
      'Philip Gilbert, Head of Strategy and Assurance',
      'philip.gilbert@nottinghamshire.pnn.police.uk',
    ]);
    expect(pub.part('word/_rels/document.xml.rels')).toContain('Target="mailto:philip.gilbert@nottinghamshire.pnn.police.uk"');
  });

  it('makes links real hyperlinks styled as such, and keeps bold, italic and underline', () => {
    const doc = pub.part('word/document.xml');
    expect(doc).toMatch(/<w:hyperlink [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">Rights Lab website<\/w:t>/);
    expect(pub.part('word/_rels/document.xml.rels')).toContain('Target="https://www.nottingham.ac.uk/world/beacons/rights-lab/"');
    expect(doc).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">note<\/w:t>/);
    expect(doc).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">majority<\/w:t>/);
    expect(doc).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Appendix B<\/w:t>/);
    const hyperlinkStyle = /<w:style [^>]*w:styleId="Hyperlink">[\s\S]*?<\/w:style>/.exec(pub.part('word/styles.xml'))![0];
    expect(hyperlinkStyle).toContain('<w:u w:val="single"/>');
    expect(hyperlinkStyle).toContain('<w:color w:val="0563C1"/>');
  });
});
