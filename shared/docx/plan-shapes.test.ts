// The plan overview and the graded / trend measures tables in Word (OOXML): full text width, one
// header row that repeats, lists in cells as Word lists, words for every grade and trend, valid files.
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from './export';
import { readDocx } from './read-docx';
import { tableLayouts } from './testing/layout-of';
import type { TableLayout } from './testing/layout-of';
import { planShapesBundle } from './testing/plan-shapes';
import { describeProblems, ooxmlProblems, VALIDATION_TIMEOUT } from './testing/validate-ooxml';
import { TEXT_WIDTH } from './constants';

async function exported() {
  const bytes = await exportPaperDocx(planShapesBundle());
  const d = await readDocx(bytes);
  const document = d.part('word/document.xml');
  const tables = tableLayouts(document);
  const find = (header: string): TableLayout => {
    const t = tables.find((x) => x.rows[0]?.cells.some((c) => c.paragraphs.join(' ') === header));
    if (!t) throw new Error(`no table with a "${header}" header`);
    return t;
  };
  return { bytes, document, numbering: d.part('word/numbering.xml'), find };
}

describe('the plan overview in Word', () => {
  it('fills the text width, its first row (only) repeats as a header, and each theme is one row', async () => {
    const { find } = await exported();
    const t = find('Objectives');
    expect(t.fixed).toBe(true);
    expect(t.tblW).toBe(TEXT_WIDTH);
    expect(t.grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(t.grid).toHaveLength(3);
    // the lists get more room than the theme
    expect(t.grid[1]!).toBeGreaterThan(t.grid[0]!);
    expect(t.rows.map((r) => r.header)).toEqual([true, false]);
    expect(t.rows[0]!.cells.map((c) => c.paragraphs.join(' '))).toEqual(['Theme', 'Priorities', 'Objectives']);
    expect(t.rows[1]!.cells[0]!.paragraphs).toEqual(['Theme 6: Prevention, Early Intervention and Reduction in Reoffending']);
    expect(t.rows[1]!.cells[2]!.paragraphs).toContain('Every young person at risk offered an early intervention');
    // a narrative-like row may split across pages: never clipped
    expect(t.rows[1]!.cantSplit).toBe(false);
  });

  it('prints priorities and objectives as Word bullet lists, each list its own numbering', async () => {
    const { find, numbering } = await exported();
    const t = find('Objectives');
    const row = t.xml.slice(t.xml.indexOf('</w:tr>'));
    const numIds = [...row.matchAll(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map((m) => m[1]!);
    expect(numIds).toHaveLength(6); // three priorities and three objectives
    const lists = [...new Set(numIds)];
    expect(lists).toHaveLength(2);
    const abstractOf = new Map([...numbering.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    expect(new Set(lists.map((n) => abstractOf.get(n))).size).toBe(2);
  });
});

describe('the graded and trend measures tables in Word', () => {
  it('print the grade, the trend and the comment in words, full width, header repeating, no status shading', async () => {
    const { find } = await exported();
    const graded = find('Grade');
    expect(graded.tblW).toBe(TEXT_WIDTH);
    expect(graded.grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(graded.rows[0]!.cells.map((c) => c.paragraphs.join(' '))).toEqual(['Objective / Target', 'Target', 'Jul-17', 'Sep-17', 'Grade', 'Comment']);
    expect(graded.rows.slice(1).every((r) => !r.header)).toBe(true);
    const grades = new Set(graded.rows.slice(1).map((r) => r.cells[4]!.paragraphs.join(' ')));
    expect(grades).toEqual(new Set(['Good', 'Requires Improvement', 'Pending']));
    expect(graded.rows[1]!.cells[5]!.paragraphs.join(' ')).toMatch(/\S/);
    // only the header row is shaded: a grade is a word, not a colour
    const fills = [...graded.xml.matchAll(/w:fill="([0-9A-F]{6})"/g)].map((m) => m[1]);
    expect(new Set(fills).size).toBe(1);

    const trend = find('Trend since Jul-17');
    expect(trend.tblW).toBe(TEXT_WIDTH);
    const trends = trend.rows.slice(1).map((r) => r.cells[4]!.paragraphs.join(' '));
    expect(trends.every((t) => /^(▲ Up from .+ \((better|worse)\)|▼ Down from .+ \((better|worse)\)|= Same as .+|No figure for .+)$/.test(t))).toBe(true);
    expect(trends.some((t) => t.startsWith('▲') || t.startsWith('▼'))).toBe(true);
  });

  it(
    'the file is valid against the Open XML schemas',
    async () => {
      const problems = await ooxmlProblems((await exported()).bytes);
      expect(problems, describeProblems(problems)).toEqual([]);
    },
    VALIDATION_TIMEOUT,
  );
});
