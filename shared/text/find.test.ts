import { describe, expect, it } from 'vitest';
import { findInText, replaceInText } from './find';

const any = { matchCase: false, wholeWord: false };
const at = (text: string, q: string, opts = any) => findInText(text, q, opts).map((m) => text.slice(m.from, m.to));

describe('finding text', () => {
  it('ignores case unless asked', () => {
    expect(at('PCC and the pcc', 'pcc')).toEqual(['PCC', 'pcc']);
    expect(at('PCC and the pcc', 'pcc', { matchCase: true, wholeWord: false })).toEqual(['pcc']);
  });
  it('finds whole words only when asked', () => {
    expect(at('Crime, Crimestoppers and crime.', 'crime', { matchCase: false, wholeWord: true })).toEqual(['Crime', 'crime']);
    expect(at('PCCs and the PCC’s office', 'PCC', { matchCase: true, wholeWord: true })).toEqual(['PCC']);
    expect(at('the £1,250 budget', '1,250', { matchCase: false, wholeWord: true })).toEqual(['1,250']);
    expect(at('café cafés', 'café', { matchCase: false, wholeWord: true })).toEqual(['café']);
  });
  it('a query with punctuation at its edges is whole at that edge', () => {
    expect(at('see (a) and (b)', '(a)', { matchCase: false, wholeWord: true })).toEqual(['(a)']);
  });
  it('matches do not overlap', () => {
    expect(at('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });
  it('offsets are those of the text, also with letters whose lower case is longer', () => {
    const text = 'İstanbul office';
    const m = findInText(text, 'office', any);
    expect(text.slice(m[0]!.from, m[0]!.to)).toBe('office');
  });
  it('finds nothing for an empty query', () => {
    expect(findInText('text', '', any)).toEqual([]);
  });
});

describe('replacing text', () => {
  it('replaces every match and counts them', () => {
    expect(replaceInText('The PCC met the pcc.', 'pcc', 'Commissioner', any)).toEqual({ text: 'The Commissioner met the Commissioner.', count: 2 });
  });
  it('leaves what is not a whole word', () => {
    expect(replaceInText('Crime and Crimestoppers', 'Crime', 'Offending', { matchCase: true, wholeWord: true })).toEqual({
      text: 'Offending and Crimestoppers',
      count: 1,
    });
  });
  it('can replace with nothing', () => {
    expect(replaceInText('a draft draft', ' draft', '', any).text).toBe('a');
  });
});
