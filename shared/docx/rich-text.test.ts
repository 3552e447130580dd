// Rich text in the export: lists with their own numbering, empty paragraphs, forbidden characters,
// links and line breaks.
import { describe, expect, it } from 'vitest';
import { bullets, doc, footnote, link, numbered, para, plainPara, quote, subheading } from '../richtext/build';
import { CONTACTS_INTRO } from '../papers/standard-sections';
import type { BlockNode, RichDoc } from '../richtext/model';
import { hasXmlForbidden } from '../text/xml-safe';
import { exportPaperDocx } from './export';
import { bundleWithBodies } from './fixtures';
import { documentParagraphs, numberingOf, readDocx, wordLabels } from './read-docx';

async function exportBodies(bodies: RichDoc[], appendices: RichDoc[] = []) {
  const d = await readDocx(await exportPaperDocx(bundleWithBodies(bodies, appendices)));
  return { d, paras: documentParagraphs(d), numbering: d.part('word/numbering.xml') };
}

describe('lists', () => {
  it('starts each ordered list at 1, in its own numbering instance', async () => {
    const { paras, numbering } = await exportBodies([doc(para('First list:'), numbered('one', 'two', 'three'), para('Second list:'), numbered('uno', 'dos'))]);
    const items = paras.filter((p) => ['one', 'two', 'three', 'uno', 'dos'].includes(p.text));
    const [a, b] = [items[0]!.numId!, items[3]!.numId!];
    expect(a).not.toBe(b);
    for (const numId of [a, b]) {
      const n = numberingOf(numbering, numId);
      expect(n.levels.get(0)).toMatchObject({ numFmt: 'decimal', lvlText: '%1.' });
      expect(n.startOverrides.get(0)).toBe(1);
    }
    const labels = (numId: string) => {
      const n = numberingOf(numbering, numId);
      const m = wordLabels(paras, numId, (l) => n.levels.get(l)!.lvlText);
      return [...m].map(([p, l]) => `${l} ${p.text}`);
    };
    expect(labels(a)).toEqual(['1. one', '2. two', '3. three']);
    expect(labels(b)).toEqual(['1. uno', '2. dos']);
  });

  it('does not disturb the section paragraph numbering around a list', async () => {
    const { paras, numbering } = await exportBodies([doc(para('Alpha'), numbered('x', 'y'), para('Beta'))]);
    const heading = paras.find((p) => p.style === 'Heading1' && p.numId)!;
    const n = numberingOf(numbering, heading.numId!);
    const labels = wordLabels(paras, heading.numId!, (l) => n.levels.get(l)!.lvlText);
    expect(paras.filter((p) => labels.has(p)).map((p) => `${labels.get(p)} ${p.text}`)).toEqual(['1. Section 1', '1.1 Alpha', '1.2 Beta']);
  });

  it('uses bullet definitions, nests levels and indents lists under the paragraph text', async () => {
    const nested: BlockNode = {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [para('outer'), { type: 'bulletList', content: [{ type: 'listItem', content: [para('inner')] }] }] },
        { type: 'listItem', content: [para('second outer'), plainPara('more text of the same item')] },
      ],
    };
    const { paras, numbering } = await exportBodies([doc(para('Intro'), nested)]);
    const outer = paras.find((p) => p.text === 'outer')!;
    const inner = paras.find((p) => p.text === 'inner')!;
    expect(outer.ilvl).toBe(0);
    expect(inner.ilvl).toBe(1);
    expect(inner.numId).toBe(outer.numId);
    const n = numberingOf(numbering, outer.numId!);
    expect(n.levels.get(0)).toMatchObject({ numFmt: 'bullet', lvlText: '•' });
    expect(n.levels.get(0)!.xml).toMatch(/<w:ind w:left="1145" w:hanging="425"\/>/); // mark at 720, under the paragraph text
    const more = paras.find((p) => p.text === 'more text of the same item')!;
    expect(more.numId).toBeNull();
    expect(more.xml).toContain('<w:ind w:left="1145"/>');
  });

  it('nests ordered lists as (a), (b) and honours a list that starts later', async () => {
    const list: BlockNode = {
      type: 'orderedList',
      attrs: { start: 4 },
      content: [{ type: 'listItem', content: [para('four'), { type: 'orderedList', content: [{ type: 'listItem', content: [para('sub')] }] }] }],
    };
    const { paras, numbering } = await exportBodies([doc(list)]);
    const four = paras.find((p) => p.text === 'four')!;
    const n = numberingOf(numbering, four.numId!);
    expect(n.startOverrides.get(0)).toBe(4);
    expect(n.levels.get(1)).toMatchObject({ numFmt: 'lowerLetter', lvlText: '(%2)' });
    expect(paras.find((p) => p.text === 'sub')!.ilvl).toBe(1);
  });

  it('starts appendix lists at the margin', async () => {
    const { paras, numbering } = await exportBodies([doc(para('x'))], [doc(bullets('in appendix'))]);
    const item = paras.find((p) => p.text === 'in appendix')!;
    expect(numberingOf(numbering, item.numId!).levels.get(0)!.xml).toMatch(/<w:ind w:left="425" w:hanging="425"\/>/);
  });
});

describe('empty content', () => {
  it('skips blank paragraphs, so numbers run on without gaps, and blank sub-headings and list items', async () => {
    const { paras, numbering } = await exportBodies([
      doc(para(''), para('   '), para('First'), { type: 'paragraph' }, subheading(''), para('Second'), bullets('', 'kept')),
    ]);
    const body = paras.slice(
      paras.findIndex((p) => p.text === 'Section 1') + 1,
      paras.findIndex((p) => p.text === CONTACTS_INTRO),
    );
    expect(body.map((p) => p.text)).toEqual(['First', 'Second', 'kept']);
    const heading = paras.find((p) => p.text === 'Section 1')!;
    const n = numberingOf(numbering, heading.numId!);
    const labels = wordLabels(paras, heading.numId!, (l) => n.levels.get(l)!.lvlText);
    expect(body.filter((p) => labels.has(p)).map((p) => `${labels.get(p)} ${p.text}`)).toEqual(['1.1 First', '1.2 Second']);
  });

  it('numbers the headings of sections that are all still empty', async () => {
    const { paras, numbering } = await exportBodies([doc(), doc()]);
    const hs = paras.filter((p) => p.style === 'Heading1' && p.numId !== null);
    expect(hs.map((h) => h.text)).toEqual(['Section 1', 'Section 2']);
    expect(numberingOf(numbering, hs[0]!.numId!).levels.get(0)!.lvlText).toBe('%1.');
  });

  it('keeps a paragraph that holds only a footnote', async () => {
    const { paras } = await exportBodies([doc(para(footnote('only a note', 'f1')))]);
    expect(paras.some((p) => p.xml.includes('<w:footnoteReference'))).toBe(true);
  });

  it('builds a paper with no sections, appendices or contacts', async () => {
    const bytes = await exportPaperDocx({ ...bundleWithBodies([]), paper: { ...bundleWithBodies([]).paper, contacts: [], title: '' } });
    const d = await readDocx(bytes);
    expect(d.part('docProps/core.xml')).toContain('<dc:title>Untitled paper</dc:title>');
  });
});

describe('characters XML forbids', () => {
  it('never reach the package, wherever the author typed them', async () => {
    const bad = 'A\u0001B\u0008C\u000BD\u001FE\uFFFEF\uFFFFG\uD800H\uDC00I';
    const base = bundleWithBodies(
      [
        doc(
          subheading(`Sub ${bad}`),
          para(`Para ${bad}`, footnote(`Note ${bad} http://example.org/${bad}`, 'f')),
          plainPara(link(`Link ${bad}`, `https://example.org/${bad}`)),
          bullets(`Item ${bad}`),
          numbered(`N ${bad}`),
        ),
      ],
      [doc(para(`Appendix ${bad}`))],
    );
    const bundle = {
      ...base,
      paper: {
        ...base.paper,
        title: `Title ${bad}`,
        cover: { ...base.paper.cover, author: `Author ${bad}`, agendaItem: bad },
        contacts: [{ id: 'c', name: `Name ${bad}`, role: bad, email: `x${bad}@example.org`, phone: bad }],
      },
      sections: base.sections.map((s) => ({ ...s, title: `Section ${bad}` })),
      appendices: base.appendices.map((a) => ({ ...a, title: `Appendix ${bad}` })),
    };
    const d = await readDocx(await exportPaperDocx(bundle));
    for (const [path, xml] of d.parts) {
      expect(hasXmlForbidden(xml), path).toBe(false);
      expect(xml, path).not.toMatch(/&#x?0*(?:[0-8]|1[124-9]|2\d|3[01]|[bcef]|1[0-9a-f]);/i);
    }
    expect(d.part('word/document.xml')).toContain('Para ABCDEFGHI');
    expect(d.part('docProps/core.xml')).toContain('<dc:title>Title ABCDEFGHI</dc:title>');
  });
});

describe('inline content', () => {
  it('turns hard breaks and typed line breaks into Word line breaks, tabs into tabs', async () => {
    const { paras } = await exportBodies([
      doc({ type: 'paragraph', content: [{ type: 'text', text: 'one' }, { type: 'hardBreak' }, { type: 'text', text: 'two\nthree\tfour' }] }),
    ]);
    expect(paras.find((p) => p.text.startsWith('one'))!.text).toBe('one\ntwo\nthree\tfour');
  });

  it('links only safe targets, and joins neighbouring text of one link into one hyperlink', async () => {
    const { d, paras } = await exportBodies([
      doc(
        para(link('bad', 'javascript:alert(1)'), ' and ', link('site', 'www.example.org')),
        para(
          { type: 'text', text: 'Bold ', marks: [{ type: 'link', attrs: { href: 'https://a.example/' } }, { type: 'bold' }] },
          { type: 'text', text: 'plain', marks: [{ type: 'link', attrs: { href: 'https://a.example/' } }] },
        ),
      ),
    ]);
    const rels = d.part('word/_rels/document.xml.rels');
    expect(rels).not.toContain('javascript:');
    expect(rels).toContain('Target="http://www.example.org"');
    const joined = paras.find((p) => p.text === 'Bold plain')!;
    expect(joined.xml.match(/<w:hyperlink /g)).toHaveLength(1);
  });
});

describe('quotations', () => {
  it('print in the Quote style (set in, italic), take no paragraph number and leave the numbering running', async () => {
    const { d, paras, numbering } = await exportBodies(
      [doc(para('Alpha'), quote(para('“The service changed my life.”'), para('— a victim of crime')), para('Beta'))],
      [doc(quote(para('In an appendix')))],
    );
    const quoted = paras.filter((p) => p.style === 'Quote').map((p) => p.text);
    expect(quoted).toEqual(['“The service changed my life.”', '— a victim of crime', 'In an appendix']);
    const heading = paras.find((p) => p.style === 'Heading1' && p.numId)!;
    const n = numberingOf(numbering, heading.numId!);
    const labels = wordLabels(paras, heading.numId!, (l) => n.levels.get(l)!.lvlText);
    expect(paras.filter((p) => labels.has(p)).map((p) => `${labels.get(p)} ${p.text}`)).toEqual(['1. Section 1', '1.1 Alpha', '1.2 Beta']);
    const style = /<w:style w:type="paragraph" w:styleId="Quote">[\s\S]*?<\/w:style>/.exec(d.part('word/styles.xml'))![0];
    expect(style).toContain('<w:i/>');
    // in a section, after the number column and 1 cm more; 1 cm from the right
    expect(d.part('word/document.xml')).toMatch(/<w:pStyle w:val="Quote"\/>\s*<w:ind w:left="1287" w:right="567"\/>/);
  });
});
