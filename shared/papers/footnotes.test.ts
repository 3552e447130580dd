import { describe, expect, it } from 'vitest';
import { doc, footnote, para } from '../richtext/build';
import { paperFootnotes } from './footnotes';
import type { Appendix, Paper, Section } from './model';

const paper = (footnoteStyle: 'letter' | 'number') => ({ footnoteStyle }) as Paper;
const section = (body: ReturnType<typeof doc>) => ({ body }) as Section;

describe('paperFootnotes', () => {
  const sections = [section(doc(para('a', footnote('first', 'f1'), ' b', footnote('second', 'f2')))), section(doc(para('c', footnote('third', 'f3'))))];
  const appendices = [{ body: doc(para('d', footnote('fourth', 'f4'))) } as Appendix];
  it('letters footnotes across sections then appendices in reading order', () => {
    expect(paperFootnotes({ paper: paper('letter'), sections, appendices }).map((f) => `${f.mark}:${f.text}`)).toEqual([
      'a:first',
      'b:second',
      'c:third',
      'd:fourth',
    ]);
  });
  it('numbers them when the paper says so, and re-marks when one moves', () => {
    expect(paperFootnotes({ paper: paper('number'), sections: [...sections].reverse(), appendices }).map((f) => `${f.mark}:${f.id}`)).toEqual([
      '1:f3',
      '2:f1',
      '3:f2',
      '4:f4',
    ]);
  });
});
