// Table layout rules: text measured in Arial, figure cells, column widths from content, row heights.
import { describe, expect, it } from 'vitest';
import { authorWidths, contentWidths, measureColumn, preferredWidths, proportional } from './column-widths';
import type { ColumnMeasure } from './column-widths';
import { columnIsFigures, isFigure } from './figures';
import { cellHeight, mayKeepRowWhole, rowHeight, TABLE_TEXT } from './row-height';
import { lineCount, longestRunWidth, textWidth } from './text-metrics';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('text metrics', () => {
  it('measures Arial 12: digits alike, W wider than i, bold wider than regular', () => {
    expect(textWidth('0123456789')).toBe(textWidth('9999999999'));
    expect(textWidth('W')).toBeGreaterThan(3 * textWidth('i'));
    expect(textWidth('Improvement', { bold: true })).toBeGreaterThan(textWidth('Improvement'));
    // "Improvement" is just under an inch of 12 pt Arial (5,835 thousandths of an em of 240 twips)
    expect(textWidth('Improvement')).toBe(1401);
  });
  it('keeps hyphenated words and figures whole, splitting only at spaces', () => {
    expect(longestRunWidth('Jul-17 and Q2')).toBe(textWidth('Jul-17'));
    expect(longestRunWidth('Requires Improvement')).toBe(textWidth('Improvement'));
  });
  it('wraps greedily at spaces as Word does', () => {
    const w = textWidth('Better than Target');
    expect(lineCount('Better than Target', w)).toBe(1);
    expect(lineCount('Better than Target', w - 10)).toBe(2);
    expect(lineCount('one\ntwo', 5000)).toBe(2);
    expect(lineCount('x'.repeat(100), textWidth('x'.repeat(10)))).toBe(10);
  });
});

describe('figures', () => {
  it.each(['£1,200', '(300)', '+10.2%', '£1.4m', '£400k', '−7', '12.5 pp', '1,234,567', '0.7', '100%', '(£36,000)', '-4.5%', '–'])('%s is a figure', (s) =>
    expect(isFigure(s)).toBe(true),
  );
  it.each(['Green', 'C03', 'Jul-17', 'Q2 2017/18', '8th December 2017', '2017-18', '', 'TBC', '>£250k', '£1.2m to £1.5m'])('%s is not', (s) =>
    expect(isFigure(s)).toBe(false),
  );
  it('calls a column figures when every filled body cell is one, and not a column of references', () => {
    expect(columnIsFigures(['1,234', '', '(36)'])).toBe(true);
    expect(columnIsFigures(['1,234', 'n/a'])).toBe(false);
    expect(columnIsFigures(['2.1', '2.2', '10.12'])).toBe(false);
    expect(columnIsFigures(['', ''])).toBe(false);
  });
});

const m = (min: number, max: number): ColumnMeasure => ({ min, max });

describe('column widths', () => {
  it('never makes a column narrower than its longest word while the total allows, and sums exactly', () => {
    const cols = [
      measureColumn([{ text: 'Requires Improvement', style: { bold: true } }, { text: 'Good' }]),
      measureColumn([{ text: 'A long comment about the measure and its trend over the year, in several sentences of plain words.' }]),
      measureColumn([{ text: '+10.2%' }]),
    ];
    const minSum = sum(cols.map((c) => c.min));
    for (const total of [9026, 6000, minSum, minSum - 500]) {
      const w = contentWidths(cols, total);
      expect(sum(w)).toBe(total);
      if (total >= minSum) w.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(cols[i]!.min));
    }
  });
  it('gives the wordy column the room and leaves a figures column at what it needs', () => {
    const w = contentWidths([m(900, 900), m(1800, 40_000), m(1000, 1200)], 9026);
    expect(w[0]).toBe(900);
    expect(w[2]).toBeLessThanOrEqual(1200);
    expect(w[1]).toBeGreaterThan(6000);
  });
  it('shares out extra room in proportion when every line fits', () => {
    expect(contentWidths([m(1000, 1000), m(1000, 3000)], 8000)).toEqual([2000, 6000]);
  });
  it('shrinks in proportion to the words when even they do not fit', () => {
    const w = contentWidths([m(3000, 3000), m(6000, 6000), m(3000, 3000)], 6000);
    expect(w).toEqual([1500, 3000, 1500]);
  });
  it('keeps a data block’s proportions where they fit, raising a column below its longest word', () => {
    expect(preferredWidths([1, 1], [m(500, 500), m(500, 500)], 9000)).toEqual([4500, 4500]);
    const w = preferredWidths([1, 9], [m(2000, 2000), m(500, 500)], 10_000);
    expect(w).toEqual([2000, 8000]);
    expect(sum(preferredWidths([1, 1.6, 9, 1.4], [m(700, 700), m(1600, 1600), m(2000, 2000), m(1300, 1300)], 13958))).toBe(13958);
  });
  it('keeps an author’s drawn widths, scaled to the text width', () => {
    expect(authorWidths([100, 300], [m(500, 500), m(500, 500)], 9026, 643)).toEqual(proportional([100, 300], 9026));
    // one column drawn at half the editor's width: it gets half the page, the other the rest
    const w = authorWidths([321.5, undefined], [m(500, 500), m(500, 9000)], 9026, 643);
    expect(w[0]).toBe(4513);
    expect(sum(w)).toBe(9026);
  });
});

describe('row heights', () => {
  it('adds paragraph spacing and wrapped lines', () => {
    const one = cellHeight([{ text: 'Short', ...TABLE_TEXT }], 3000);
    expect(one).toBe(80 + 40 + 40 + 276);
    const long = cellHeight([{ text: 'word '.repeat(400), ...TABLE_TEXT }], 3000);
    expect(long).toBeGreaterThan(10 * one);
    expect(
      rowHeight([
        { paragraphs: [{ text: 'a', ...TABLE_TEXT }], width: 3000 },
        { paragraphs: [{ text: 'word '.repeat(400), ...TABLE_TEXT }], width: 3000 },
      ]),
    ).toBe(long);
  });
  it('keeps a row whole only when it takes at most a third of the page', () => {
    expect(mayKeepRowWhole(4000, 13958)).toBe(true);
    expect(mayKeepRowWhole(5000, 13958)).toBe(false);
    expect(mayKeepRowWhole(5000, 9026 * 3)).toBe(true);
  });
});
