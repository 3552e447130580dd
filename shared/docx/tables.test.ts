// Data tables: repeating header rows, fixed DXA widths, shading, merged and ragged cells.
import { describe, expect, it } from 'vitest';
import { doc, para, table } from '../richtext/build';
import type { TableCellNode, TableNode } from '../richtext/model';
import { exportPaperDocx } from './export';
import { bundleWithBodies } from './fixtures';
import { paragraphsOf, readDocx, textOf } from './read-docx';
import { TEXT_WIDTH } from './constants';
import { columnWidths, layoutTable } from './tables';

async function tablesOf(...tables: TableNode[]): Promise<string[]> {
  const d = await readDocx(await exportPaperDocx(bundleWithBodies([doc(para('Before'), ...tables)])));
  // the first table is the cover sheet
  return [...d.part('word/document.xml').matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].slice(1).map((m) => m[0]);
}
const rowsOf = (xml: string) => [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
const gridOf = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
const cell = (type: TableCellNode['type'], text: string, attrs?: TableCellNode['attrs']): TableCellNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: text ? [para(text)] : [],
});

const rag = table(
  ['Year', 'No. Presented to Custody', 'Ave Per Month'],
  [
    ['2017-18 (Apr-Jun)', '2', '0.7'],
    ['2016-17', '11', '0.9'],
  ],
);

describe('tables', () => {
  it('marks the header row to repeat on every page, bold on light grey (CLEAR shading)', async () => {
    const [t] = await tablesOf(rag);
    const rows = rowsOf(t!);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
    for (const c of cellsOf(rows[0]!)) {
      expect(c).toContain('<w:shd w:fill="D9D9D9" w:color="auto" w:val="clear"/>');
      expect(c).toContain('<w:b/>');
    }
    expect(cellsOf(rows[1]!)[0]).not.toContain('<w:shd');
    expect(rows.map((r) => cellsOf(r).map(textOf))).toEqual([
      ['Year', 'No. Presented to Custody', 'Ave Per Month'],
      ['2017-18 (Apr-Jun)', '2', '0.7'],
      ['2016-17', '11', '0.9'],
    ]);
  });

  it('has a fixed layout, real borders and DXA column widths summing to the text width', async () => {
    const [t] = await tablesOf(rag);
    expect(t).toContain('<w:tblLayout w:type="fixed"/>');
    expect(t).toContain(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>`);
    expect(t).toMatch(/<w:insideV w:val="single"/);
    const grid = gridOf(t!);
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    const widths = cellsOf(rowsOf(t!)[1]!).map((c) => Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c)?.[1]));
    expect(widths).toEqual(grid);
  });

  it('repeats several leading header rows, and none for a table whose first row is not all headers', async () => {
    const two: TableNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'A', { colspan: 2 })] },
        { type: 'tableRow', content: [cell('tableHeader', 'x'), cell('tableHeader', 'y')] },
        { type: 'tableRow', content: [cell('tableCell', '1'), cell('tableCell', '2')] },
      ],
    };
    const side: TableNode = { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Label'), cell('tableCell', 'value')] }] };
    const [a, b] = await tablesOf(two, side);
    expect(rowsOf(a!).map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false]);
    expect(rowsOf(a!)[0]).toContain('<w:gridSpan w:val="2"/>');
    expect(b).not.toContain('<w:tblHeader/>');
    expect(cellsOf(rowsOf(b!)[0]!)[0]).toContain('w:fill="D9D9D9"'); // a header cell is still shaded
  });

  it('gives every cell a paragraph, pads ragged rows and merges down', async () => {
    const t: TableNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'a'), cell('tableHeader', 'b'), cell('tableHeader', 'c')] },
        { type: 'tableRow', content: [cell('tableCell', 'tall', { rowspan: 2 }), cell('tableCell', '')] },
        { type: 'tableRow', content: [cell('tableCell', 'x'), cell('tableCell', 'y')] },
      ],
    };
    const [x] = await tablesOf(t);
    const rows = rowsOf(x!);
    expect(rows.map((r) => cellsOf(r).length)).toEqual([3, 3, 3]);
    for (const r of rows) for (const c of cellsOf(r)) expect(c).toMatch(/<w:p[ >/]/);
    expect(rows[1]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[2]).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
  });

  it('keeps the space paragraph after a table so two tables never merge', async () => {
    const d = await readDocx(await exportPaperDocx(bundleWithBodies([doc(rag, rag)])));
    const xml = d.part('word/document.xml');
    expect(xml).not.toContain('</w:tbl><w:tbl>');
    expect(paragraphsOf(xml).length).toBeGreaterThan(0);
  });
});

describe('column widths', () => {
  it('gives wordy columns more room than columns of figures', () => {
    const t = table(['Performance Against Target', 'Jul-17', '% Total'], [['Significantly worse than Target >5% difference', '7', '32%']]);
    const { rows, columns } = layoutTable(t);
    const w = columnWidths(rows, columns, TEXT_WIDTH);
    expect(w.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(w[0]!).toBeGreaterThan(2 * w[1]!);
  });

  it('keeps widths set in the editor in proportion', () => {
    const t: TableNode = {
      type: 'table',
      content: [{ type: 'tableRow', content: [cell('tableCell', 'a', { colwidth: [100] }), cell('tableCell', 'b', { colwidth: [300] })] }],
    };
    const { rows, columns } = layoutTable(t);
    const w = columnWidths(rows, columns, TEXT_WIDTH);
    expect(w).toEqual([2256, 6770]);
  });

  it('places cells after a merge from above in the right column', () => {
    const t: TableNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableCell', 'a', { rowspan: 2 }), cell('tableCell', 'b'), cell('tableCell', 'c')] },
        { type: 'tableRow', content: [cell('tableCell', 'd'), cell('tableCell', 'e')] },
      ],
    };
    const { rows, columns } = layoutTable(t);
    expect(columns).toBe(3);
    expect(rows[1]!.map((c) => c.column)).toEqual([1, 2]);
  });

  it('shares out the width when words cannot all fit', () => {
    const long = 'x'.repeat(60);
    const t = table([long, long, long, long, long], []);
    const { rows, columns } = layoutTable(t);
    expect(columnWidths(rows, columns, TEXT_WIDTH).reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });
});
