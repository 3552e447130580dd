import { describe, expect, it } from 'vitest';
import { doc, para, subheading, subheading3 } from '../richtext/build';
import { documentHeadings, isPlanDocument, paperKind } from './document-kind';

describe('document kind', () => {
  it('a paper without a kind is a committee paper', () => {
    expect(paperKind({})).toBe('committeePaper');
    expect(isPlanDocument({ kind: 'planDocument' })).toBe(true);
  });
});

describe('documentHeadings: 1, 1.1, 1.1.1', () => {
  const sections = [
    {
      body: doc(
        para('intro'),
        subheading('Our vision'),
        para('x'),
        subheading3('Safer streets'),
        subheading3('Fewer victims'),
        subheading('Our values'),
        subheading3('Openness'),
      ),
    },
    { body: doc(subheading3('A level 3 with nothing above it'), para('y'), subheading('Budget')) },
  ];
  it('numbers headings by level, restarting under each heading above', () => {
    const h = documentHeadings(sections, true);
    expect(h.map((s) => s.label)).toEqual(['1', '2']);
    expect(h[0]!.blocks).toEqual([
      null,
      { level: 2, label: '1.1' },
      null,
      { level: 3, label: '1.1.1' },
      { level: 3, label: '1.1.2' },
      { level: 2, label: '1.2' },
      { level: 3, label: '1.2.1' },
    ]);
  });
  it('a level-3 heading with no sub-heading before it in its section is level 2 (no holes in the outline)', () => {
    const h = documentHeadings(sections, true);
    expect(h[1]!.blocks).toEqual([{ level: 2, label: '2.1' }, null, { level: 2, label: '2.2' }]);
  });
  it('unnumbered headings keep their levels', () => {
    const h = documentHeadings(sections, false);
    expect(h[0]!.label).toBeNull();
    expect(h[0]!.blocks[3]).toEqual({ level: 3, label: null });
  });
});
