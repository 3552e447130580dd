// The layout rules of issue 12, checked on the Word XML of real exports (the golden papers and a
// paper of wide typed tables): every table fills the text width of the page (section) it sits on,
// portrait and landscape; header rows repeat only as the leading rows; no row kept on one page can
// be taller than the page; every list has its own numbering definition; and the files stay valid.
import { describe, expect, it } from 'vitest';
import type { PaperBundle } from '../papers/model';
import { exportPaperDocx } from './export';
import { readDocx } from './read-docx';
import { GOLDEN_PAPERS } from './testing/golden-papers';
import { generousRowHeight, tableLayouts } from './testing/layout-of';
import { describeProblems, ooxmlProblems, VALIDATION_TIMEOUT } from './testing/validate-ooxml';
import { widePaperBundle } from './testing/wide-paper';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from './constants';

const PAPERS: readonly { name: string; bundle: () => PaperBundle }[] = [...GOLDEN_PAPERS, { name: 'wide tables', bundle: widePaperBundle }];

async function exported(bundle: PaperBundle) {
  const bytes = await exportPaperDocx(bundle);
  const d = await readDocx(bytes);
  return { bytes, document: d.part('word/document.xml'), numbering: d.part('word/numbering.xml') };
}

describe.each(PAPERS)('layout rules: $name', ({ bundle }) => {
  it('every table is exactly as wide as the text of its page, in its grid, its tblW and every row', async () => {
    const tables = tableLayouts((await exported(bundle())).document);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(t.fixed).toBe(true);
      expect(t.tblW).toBe(t.page.textWidth);
      expect(t.grid.reduce((a, b) => a + b, 0)).toBe(t.page.textWidth);
      for (const row of t.rows) expect(row.cells.reduce((a, c) => a + c.width, 0)).toBeLessThanOrEqual(t.page.textWidth);
      // rows without merges fill the grid
      if (t.rows.every((r) => r.cells.length === t.grid.length)) for (const row of t.rows) expect(row.cells.map((c) => c.width)).toEqual(t.grid);
    }
  });

  it('repeats header rows only as a table’s leading rows', async () => {
    for (const t of tableLayouts((await exported(bundle())).document)) {
      const flags = t.rows.map((r) => r.header);
      const leading = flags.indexOf(false) === -1 ? flags.length : flags.indexOf(false);
      expect(flags.slice(leading).some(Boolean), t.xml.slice(0, 300)).toBe(false);
    }
  });

  it('keeps no row on one page that could be taller than the page', async () => {
    for (const t of tableLayouts((await exported(bundle())).document))
      for (const row of t.rows)
        if (row.cantSplit)
          expect(
            generousRowHeight(row),
            row.cells
              .map((c) => c.paragraphs.join(' '))
              .join(' | ')
              .slice(0, 200),
          ).toBeLessThan(t.page.textHeight);
  });

  it('gives every list its own abstract numbering definition', async () => {
    const { document, numbering } = await exported(bundle());
    const abstractOf = new Map([...numbering.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    // the numIds paragraphs use (0: numbering switched off, as on an appendix's heading)
    const listNums = [...new Set([...document.matchAll(/<w:numPr><w:ilvl w:val="\d+"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map((m) => m[1]!))].filter(
      (n) => n !== '0',
    );
    const abstracts = listNums.map((n) => abstractOf.get(n));
    expect(abstracts.every((a) => a !== undefined)).toBe(true);
    // numbered paragraphs of sections all share one numId (the section numbering); every other numId is one list
    expect(new Set(abstracts).size).toBe(abstracts.length);
    expect(listNums.length).toBeGreaterThan(1);
  });

  it(
    'is valid against the Open XML schemas',
    async () => {
      const problems = await ooxmlProblems((await exported(bundle())).bytes);
      expect(problems, describeProblems(problems)).toEqual([]);
    },
    VALIDATION_TIMEOUT,
  );
});

describe('tables on portrait and landscape pages', () => {
  it('a typed table fills the portrait text width in a section and the landscape width in a landscape appendix', async () => {
    const tables = tableLayouts((await exported(widePaperBundle())).document);
    const widths = tables.map((t) => [t.page.landscape, t.tblW]);
    expect(widths).toContainEqual([false, TEXT_WIDTH]);
    expect(widths).toContainEqual([true, LANDSCAPE_TEXT_WIDTH]);
  });

  it('lets a row longer than a page split, and keeps short rows whole', async () => {
    const tables = tableLayouts((await exported(widePaperBundle())).document);
    const long = tables.flatMap((t) => t.rows).filter((r) => r.cells.some((c) => c.paragraphs.some((p) => p.includes('Paragraph 90'))));
    expect(long.length).toBe(2);
    for (const r of long) expect(r.cantSplit).toBe(false);
    const short = tables.flatMap((t) => t.rows).find((r) => r.cells.some((c) => c.paragraphs.includes('A short update.')));
    expect(short?.cantSplit).toBe(true);
  });

  it('prints a list inside a table cell as a Word list', async () => {
    const { document } = await exported(widePaperBundle());
    const t = tableLayouts(document).find((x) => x.xml.includes('ECINS rolled out'))!;
    expect(t.xml).toMatch(/<w:numPr>[\s\S]*?ECINS rolled out/);
  });
});
