import { describe, expect, it } from 'vitest';
import { appendixLetter, footnoteMark, paragraphLabels } from './numbering';
import type { BlockNode } from '../richtext/model';

const p = (numbered = true): BlockNode => ({ type: 'paragraph', attrs: { numbered }, content: [{ type: 'text', text: 'x' }] });
const sub: BlockNode = { type: 'subheading', content: [{ type: 'text', text: 'Sub' }] };
const list: BlockNode = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] };
const table: BlockNode = { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph' }] }] }] };

describe('paragraphLabels', () => {
  it('numbers paragraphs section.paragraph from 1', () => {
    expect(paragraphLabels(4, [p(), p(), p()])).toEqual(['4.1', '4.2', '4.3']);
  });
  it('sub-headings, lists, tables and unnumbered paragraphs do not break the count', () => {
    expect(paragraphLabels(5, [p(), sub, p(), list, table, p(false), p()])).toEqual(['5.1', null, '5.2', null, null, null, '5.3']);
  });
  it('renumbers when a paragraph moves or is removed', () => {
    const a = p();
    expect(paragraphLabels(2, [sub, a, p()])).toEqual([null, '2.1', '2.2']);
    expect(paragraphLabels(3, [sub, a])).toEqual([null, '3.1']);
  });
  it('treats a paragraph with no attrs as numbered', () => {
    expect(paragraphLabels(1, [p()])).toEqual(['1.1']);
    expect(paragraphLabels(1, [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }])).toEqual(['1.1']);
  });
  it('blank paragraphs take no number, as the export leaves them out', () => {
    const blank: BlockNode = { type: 'paragraph', content: [{ type: 'text', text: '   ' }] };
    expect(paragraphLabels(2, [p(), { type: 'paragraph' }, blank, p()])).toEqual(['2.1', null, null, '2.2']);
  });
  it('a paragraph holding only a footnote is not blank', () => {
    expect(paragraphLabels(2, [{ type: 'paragraph', content: [{ type: 'footnote', attrs: { id: 'f', text: 'n' } }] }])).toEqual(['2.1']);
  });
});

describe('appendixLetter / footnoteMark', () => {
  it('letters appendices A, B … Z, AA', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(appendixLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
  it('marks footnotes a, b … or 1, 2 …', () => {
    // Word's lowerLetter format repeats the letter after z: aa, bb, cc (checked in LibreOffice).
    expect([0, 1, 12, 25, 26, 27, 52].map((i) => footnoteMark(i, 'letter'))).toEqual(['a', 'b', 'm', 'z', 'aa', 'bb', 'aaa']);
    expect([0, 1, 12].map((i) => footnoteMark(i, 'number'))).toEqual(['1', '2', '13']);
  });
});
