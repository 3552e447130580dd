// The one renderer every data block goes through: what a panel member sees in Word or on paper.
import { describe, expect, it } from 'vitest';
import type { BlockContent, StatusMark } from '../blocks/content';
import { status, text } from '../blocks/content';
import { doc, para } from '../richtext/build';
import type { DataBlockNode } from '../richtext/model';
import { exportPaperDocx } from './export';
import { bundleWithBodies } from './fixtures';
import { readDocx, textOf } from './read-docx';
import { scaleWidths } from './data-blocks';
import { LANDSCAPE_TEXT_WIDTH } from './constants';

const GREEN: StatusMark = { label: 'Green', letter: 'G', symbol: '■', fill: '#00B050', text: '#000000' };
const RED: StatusMark = { label: 'Red', letter: 'R', symbol: '●', fill: '#C00000', text: '#FFFFFF' };
const node = (blockId: string): DataBlockNode => ({ type: 'dataBlock', attrs: { blockId } });

const themeUpdate: BlockContent = {
  title: 'Theme 6 update',
  landscape: true,
  parts: [
    { type: 'heading', text: 'THEME 6: PREVENTION' },
    {
      type: 'table',
      columns: [1, 2, 6, 1],
      rows: [
        { role: 'header', cells: [text('Ref'), text('Lead Officer'), text('Strategic Activity'), text('Status')] },
        { role: 'body', keepWithNext: true, cells: [text('C03'), text('CP-D'), text('Support the use of GPS tags'), status(GREEN)] },
        { role: 'body', cells: [text('Update'), { content: { kind: 'rich', doc: doc(para('The Force no longer receives funding.')) }, span: 3 }] },
        { role: 'body', cells: [text('F03'), text('KM'), text('Cyber crime'), status(RED)] },
        { role: 'body', cells: [text('P01'), text('RF'), text('Not yet rated'), status(null)] },
        { role: 'total', cells: [text('Total', { bold: true }), text(''), text(''), text('3', { align: 'right' })] },
      ],
    },
    {
      type: 'chart',
      chart: 'stackedColumn',
      title: 'Status by quarter',
      categories: ['Q1', 'Q2'],
      series: [
        { name: 'Green', values: [9, 11], colour: '#00B050' },
        { name: 'Red', values: [1, 0], colour: '#C00000' },
      ],
      valueAxisTitle: 'Deliverables',
      altText: 'Q1: Green 9, Red 1. Q2: Green 11, Red 0.',
    },
  ],
};

async function exportWith(content: BlockContent, where: 'section' | 'appendix') {
  const body = doc(para('Before the block'), node('b1'));
  const bundle = where === 'section' ? bundleWithBodies([body]) : bundleWithBodies([doc(para('Intro'))], [body]);
  const bytes = await exportPaperDocx({ ...bundle, blocks: { b1: content } });
  return readDocx(bytes);
}

describe('data blocks in the .docx', () => {
  it('status cells are shaded with the status colour AND carry symbol and letter in a contrasting text colour', async () => {
    const d = await exportWith(themeUpdate, 'appendix');
    const xml = d.part('word/document.xml');
    const cells = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    const green = cells.find((c) => textOf(c) === '■ G')!;
    expect(green).toContain('w:fill="00B050"');
    expect(green).toContain('w:val="clear"');
    const red = cells.find((c) => textOf(c) === '● R')!;
    expect(red).toContain('w:fill="C00000"');
    expect(red).toMatch(/<w:color w:val="FFFFFF"\/>/);
    expect(cells.some((c) => textOf(c) === 'Not rated')).toBe(true);
  });

  it('the header row repeats on every page; the narrative spans the row; total rows have a double rule', async () => {
    const xml = (await exportWith(themeUpdate, 'appendix')).part('word/document.xml');
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('Strategic Activity'))!;
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows[2]).toContain('<w:gridSpan w:val="3"/>');
    expect(textOf(rows[2]!)).toContain('The Force no longer receives funding.');
    expect(rows[5]).toMatch(/<w:top w:val="double"/);
  });

  it('an appendix holding a landscape block is a landscape A4 section, and its tables use the landscape width', async () => {
    const xml = (await exportWith(themeUpdate, 'appendix')).part('word/document.xml');
    const sectPrs = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sectPrs).toHaveLength(2);
    expect(sectPrs[0]).not.toContain('landscape');
    expect(sectPrs[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const grid = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].reduce((a, x) => a + Number(x[1]), 0));
    expect(grid).toContain(LANDSCAPE_TEXT_WIDTH);
  });

  it('in a section the block sits at the text indent, and the page stays portrait', async () => {
    const xml = (await exportWith({ ...themeUpdate, landscape: true }, 'section')).part('word/document.xml');
    expect(xml).not.toContain('w:orient="landscape"');
    expect(textOf(xml)).toContain('Support the use of GPS tags');
  });

  it('a chart is a native Word chart with alt text stating the figures', async () => {
    const d = await exportWith(themeUpdate, 'appendix');
    const chartPart = [...d.parts.keys()].find((p) => /word\/charts\/chart\d*\.xml$/.test(p));
    expect(chartPart).toBeDefined();
    const chart = d.part(chartPart!);
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('Green');
    const xml = d.part('word/document.xml');
    expect(xml).toContain('descr="Q1: Green 9, Red 1. Q2: Green 11, Red 0."');
  });

  it('a status chart reads in black and white: symbols in the legend, no label on a zero bar, a visible white bar, the figures printed under it', async () => {
    const chartPart = {
      type: 'chart' as const,
      chart: 'stackedColumn' as const,
      title: 'Theme 6',
      categories: ['Q1', 'Q2'],
      valueAxisTitle: 'Deliverables',
      altText: 'Q1: Green 8, White (NS) 1; Q2: Green 11, White (NS) 0.',
      series: [
        { name: 'Green', symbol: '■', values: [8, 11], colour: '#00B050' },
        { name: 'White (NS)', symbol: '○', values: [1, 0], colour: '#FFFFFF' },
      ],
    };
    const d = await exportWith({ title: 'Chart', landscape: false, parts: [chartPart] }, 'appendix');
    const chart = d.part([...d.parts.keys()].find((p) => /word\/charts\/chart\d*\.xml$/.test(p))!);
    expect(chart).toContain('■ Green');
    expect(chart).toContain('○ White (NS)');
    expect(chart).not.toContain('val="FFFFFF"'); // a white bar on white paper would vanish
    // The White series' second point (0) has its own label, deleted.
    expect(chart).toMatch(/<c:dLbl><c:idx val="1"\/><c:delete val="1"\/><\/c:dLbl>/);
    expect(textOf(d.part('word/document.xml'))).toContain('Q1: Green 8, White (NS) 1; Q2: Green 11, White (NS) 0.');
  });

  it('a block whose content is missing prints nothing, rather than failing the export', async () => {
    const bundle = bundleWithBodies([doc(para('Before'), node('gone'), para('After'))]);
    const text = textOf((await readDocx(await exportPaperDocx(bundle))).part('word/document.xml'));
    expect(text).toContain('Before');
    expect(text).toContain('After');
  });

  it('scales relative widths to exactly the available width', () => {
    expect(scaleWidths([1, 2, 6, 1], 9026).reduce((a, b) => a + b, 0)).toBe(9026);
    expect(scaleWidths([1, 1, 1], 100)).toEqual([33, 33, 34]);
  });
});
