import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../shared/richtext/model';
import { mergeBodies } from './merge-bodies';

const doc = (...paras: string[]): RichDoc => ({
  type: 'doc',
  content: paras.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
});
const texts = (d: RichDoc) => d.content.map((b) => ((b as { content?: { text?: string }[] }).content ?? []).map((t) => t.text ?? '').join(''));

describe('mergeBodies', () => {
  const base = doc('The panel noted the report.', 'Recommendations follow.', 'Contacts are listed.');

  it('keeps typing in different paragraphs from both sides', () => {
    const local = doc('The panel noted the report and its appendix.', 'Recommendations follow.', 'Contacts are listed.');
    const current = doc('The panel noted the report.', 'Recommendations follow.', 'Contacts are listed below.');
    expect(texts(mergeBodies(base, local, current))).toEqual([
      'The panel noted the report and its appendix.',
      'Recommendations follow.',
      'Contacts are listed below.',
    ]);
  });

  it('keeps typing at two places in one paragraph', () => {
    const local = doc('The full panel noted the report.', 'Recommendations follow.', 'Contacts are listed.');
    const current = doc('The panel noted the quarterly report.', 'Recommendations follow.', 'Contacts are listed.');
    expect(texts(mergeBodies(base, local, current))[0]).toBe('The full panel noted the quarterly report.');
  });

  it('keeps a paragraph added on one side and one removed on the other', () => {
    const local = doc('The panel noted the report.', 'Recommendations follow.', 'Contacts are listed.', 'A new paragraph.');
    const current = doc('The panel noted the report.', 'Contacts are listed.');
    expect(texts(mergeBodies(base, local, current))).toEqual(['The panel noted the report.', 'Contacts are listed.', 'A new paragraph.']);
  });

  it('takes the stored body when only it changed, and the local one when only that changed', () => {
    const current = doc('The panel noted the report.', 'Recommendations follow.', 'Contacts are listed below.');
    expect(mergeBodies(base, base, current)).toEqual(current);
    const local = doc('Changed here.');
    expect(mergeBodies(base, local, base)).toEqual(local);
  });

  it('writes the same change made on both sides once', () => {
    const both = doc('The panel noted the report.', 'Recommendations follow.', 'Contacts are listed below.');
    expect(mergeBodies(base, both, both)).toEqual(both);
  });

  it('keeps marks and nodes the text does not carry', () => {
    const rich: RichDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'See ' },
            { type: 'text', text: 'the audit', marks: [{ type: 'bold' }] },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] },
      ],
    };
    const local: RichDoc = { ...rich, content: [rich.content[0]!, { type: 'paragraph', content: [{ type: 'text', text: 'Second, changed.' }] }] };
    const current: RichDoc = {
      ...rich,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Now see ' },
            { type: 'text', text: 'the audit', marks: [{ type: 'bold' }] },
          ],
        },
        rich.content[1]!,
      ],
    };
    const merged = mergeBodies(rich, local, current);
    expect(merged.content[0]).toEqual(current.content[0]);
    expect(texts(merged)[1]).toBe('Second, changed.');
  });

  it('lets the local body stand when a value is not rich text', () => {
    const local = doc('Mine.');
    expect(mergeBodies(undefined, local, doc('Theirs.'))).toEqual(local);
    expect(mergeBodies(base, local, { type: 'nonsense' })).toEqual(local);
  });
});
