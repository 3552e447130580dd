import { describe, expect, it } from 'vitest';
import { doc, footnote, para } from '../richtext/build';
import type { BlockNode, RichDoc } from '../richtext/model';
import { bundleWithBodies, fixtureBundle } from '../docx/fixtures';
import { countWords, lengthWarning, paperLength } from './length';
import { bundlePaper } from './bundle';
import { sampleSnapshot } from '../sample/reference-paper';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const paragraphs = (count: number, wordsEach: number): RichDoc => doc(...Array.from({ length: count }, () => para(words(wordsEach))));

describe('counting words', () => {
  it('counts words as a reader sees them: numbers, hyphenated words and £ figures are one word each', () => {
    expect(countWords('The PCC’s budget of £1,250,000 rose by 3.5% year-on-year.')).toBe(9);
    expect(countWords('  ')).toBe(0);
    expect(countWords('one\ntwo\tthree')).toBe(3);
    expect(countWords('— – -')).toBe(0);
  });

  it('counts the sections, their titles and their footnotes; appendices separately', () => {
    const body = doc(para('Crime fell by a tenth ', footnote('Source: Home Office figures'), 'this quarter.'));
    const bundle = bundleWithBodies([body], [doc(para('An appendix of five words.'))]);
    const empty = bundleWithBodies([doc()], []);
    // 7 words of text and 4 of footnote, beyond what the title, section title and contacts already count.
    expect(paperLength(bundle).words - paperLength(empty).words).toBe(7 + 4);
    expect(paperLength(empty).words).toBeGreaterThan(countWords(bundle.sections[0]!.title));
    // The appendix's title (3 words) and text (5).
    expect(paperLength(bundle).appendixWords).toBe(3 + 5);
  });
});

describe('estimating pages (A4, Arial 12, as the export lays it out)', () => {
  it('a short paper is about two pages (the cover sheet, the title, a few paragraphs)', () => {
    const len = paperLength(bundleWithBodies([paragraphs(3, 40)]));
    expect(len.pages).toBeGreaterThanOrEqual(1);
    expect(len.pages).toBeLessThanOrEqual(2);
  });

  it('grows with the text: 5,000 words are about ten to fourteen pages', () => {
    const len = paperLength(bundleWithBodies([paragraphs(50, 100)]));
    expect(len.words).toBeGreaterThan(5000);
    expect(len.pages).toBeGreaterThanOrEqual(10);
    expect(len.pages).toBeLessThanOrEqual(14);
  });

  it('counts tables by their rows, images and data blocks by the space they take', () => {
    const plain = paperLength(bundleWithBodies([paragraphs(2, 30)])).lines;
    const table: BlockNode = {
      type: 'table',
      content: Array.from({ length: 20 }, () => ({ type: 'tableRow' as const, content: [{ type: 'tableCell' as const, content: [para('x')] }] })),
    };
    const withTable = paperLength(bundleWithBodies([doc(...paragraphs(2, 30).content, table)])).lines;
    expect(withTable - plain).toBeGreaterThanOrEqual(20);
    const withBlock = paperLength(bundleWithBodies([doc(...paragraphs(2, 30).content, { type: 'dataBlock', attrs: { blockId: 'b' } })])).lines;
    expect(withBlock - plain).toBeGreaterThanOrEqual(10);
  });

  it('the sample paper: within a page of its export (LibreOffice prints the report on 14 pages, each appendix on 1)', () => {
    const s = sampleSnapshot();
    const len = paperLength(bundlePaper(s, s.papers[0]!.id)!);
    expect(Math.abs(len.pages - 14)).toBeLessThanOrEqual(1);
    expect(Math.abs(len.appendixPages - 2)).toBeLessThanOrEqual(1);
    expect(paperLength(fixtureBundle()).pages).toBeGreaterThanOrEqual(3);
  });
});

describe('against a committee’s page limit', () => {
  it('warns when the report (appendices excluded) is over the limit', () => {
    expect(lengthWarning({ words: 6000, pages: 12, appendixWords: 0, appendixPages: 3, lines: 0 }, { name: 'Police and Crime Panel', pageLimit: 10 })).toBe(
      'About 12 pages: over the Police and Crime Panel’s limit of 10 pages (appendices not counted).',
    );
    expect(lengthWarning({ words: 3000, pages: 10, appendixWords: 0, appendixPages: 30, lines: 0 }, { name: 'Panel', pageLimit: 10 })).toBeNull();
    expect(lengthWarning({ words: 3000, pages: 12, appendixWords: 0, appendixPages: 0, lines: 0 }, { name: 'Panel' })).toBeNull();
    expect(lengthWarning({ words: 3000, pages: 2, appendixWords: 0, appendixPages: 0, lines: 0 }, { name: 'Panel', pageLimit: 1 })).toBe(
      'About 2 pages: over the Panel’s limit of 1 page (appendices not counted).',
    );
    expect(lengthWarning({ words: 3000, pages: 12, appendixWords: 0, appendixPages: 0, lines: 0 }, null)).toBeNull();
  });
});
