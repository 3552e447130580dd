import { describe, expect, it } from 'vitest';
import { applyOverrides, figuresOf, overrideProblem, withOverride } from './overrides';
import { fillWording, withWording, wordingText } from './wording';
import type { WordingEntry } from './wording';
import type { BlockContent } from './content';
import { text } from './content';
import { blockNumberCount } from '../papers/numbering';

const current: WordingEntry = {
  key: 'current',
  label: 'x',
  default: 'For this meeting: ({number}) {title}.',
  values: { number: '', title: '' },
  canSwitchOff: true,
};
const heading: WordingEntry = { key: 'heading', label: 'x', default: 'STATUS KEY and Results', canSwitchOff: false };

describe('block wording', () => {
  it('prints the default, the author’s own text, or nothing when switched off', () => {
    expect(wordingText(undefined, current, { number: '11', title: 'NCRS' })).toBe('For this meeting: (11) NCRS.');
    expect(wordingText({ current: 'Case study ({number}): {title}, see Appendix B.' }, current, { number: '11', title: 'NCRS' })).toBe(
      'Case study (11): NCRS, see Appendix B.',
    );
    expect(wordingText({ current: null }, current)).toBeNull();
    expect(wordingText({ current: '   ' }, current, { number: '1', title: 't' })).toBe('For this meeting: (1) t.');
  });
  it('never switches off what may not be (a heading)', () => {
    expect(wordingText({ heading: null }, heading)).toBe('STATUS KEY and Results');
  });
  it('leaves an unknown {name} as typed so a typo shows', () => {
    expect(fillWording('{titel} {title}', { title: 'T' })).toBe('{titel} T');
  });
  it('drops back to no wording at all when every entry is reset', () => {
    expect(withWording(withWording(undefined, 'intro', null), 'intro', undefined)).toBeUndefined();
    expect(withWording(undefined, 'intro', 'Hi')).toEqual({ intro: 'Hi' });
  });
});

const content: BlockContent = {
  title: 'T',
  landscape: false,
  parts: [
    {
      type: 'table',
      columns: [1, 1],
      rows: [{ role: 'total', cells: [text('Total'), text('306', { figure: { key: 'total:variance', label: 'Total variance' } })] }],
    },
    {
      type: 'text',
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'One.' }] },
          { type: 'paragraph' },
          { type: 'bulletList', content: [] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Two.' }] },
        ],
      },
    },
  ],
};

describe('figure overrides', () => {
  it('prints the author’s figure and keeps the computed one and the reason beside it', () => {
    const out = applyOverrides(content, { 'total:variance': { value: '305', reason: 'As published: computed from unrounded figures' } });
    expect(figuresOf(out)).toEqual([
      { text: '305', tag: { key: 'total:variance', label: 'Total variance', computed: '306', reason: 'As published: computed from unrounded figures' } },
    ]);
    expect(figuresOf(applyOverrides(content, { other: { value: '1', reason: 'r' } }))[0]!.text).toBe('306');
  });
  it('needs a value and a reason', () => {
    expect(overrideProblem({ value: '305', reason: '' })).toMatch(/why/);
    expect(overrideProblem({ value: '', reason: 'r' })).toMatch(/figure/);
    expect(overrideProblem({ value: '305', reason: 'r' })).toBeNull();
    expect(withOverride(withOverride(undefined, 'k', { value: ' 1 ', reason: ' r ' }), 'k', null)).toBeUndefined();
  });
});

describe('numbered blocks', () => {
  it('take one number per printed paragraph of their text, only when numbered', () => {
    expect(blockNumberCount(content)).toBe(0);
    expect(blockNumberCount({ ...content, numbered: true })).toBe(2);
  });
});
