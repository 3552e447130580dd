import { describe, expect, it } from 'vitest';
import { bold, doc, footnote, para } from '../richtext/build';
import type { InlineNode } from '../richtext/model';
import { editInline, withParagraphEdited } from './draft-text';

const fn = footnote('Source.', 'f1');

describe('editing a paragraph’s text in its rich text', () => {
  it('replaces a range across runs, keeping marks and footnotes', () => {
    const content: InlineNode[] = [{ type: 'text', text: 'The cost is ' }, bold('£4.2m'), fn, { type: 'text', text: ' in 2027/28.' }];
    // "£4.2m" → "£4.5m": the replacement takes the bold of the text before it.
    expect(editInline(content, 12, 17, '£4.5m')).toEqual([{ type: 'text', text: 'The cost is ' }, bold('£4.5m'), fn, { type: 'text', text: ' in 2027/28.' }]);
    // Deleting across the footnote keeps the footnote.
    expect(editInline(content, 15, 20, '')).toEqual([{ type: 'text', text: 'The cost is ' }, bold('£4.'), fn, { type: 'text', text: ' 2027/28.' }]);
    // An insertion right after the footnote's word stays after the footnote, with the look of the word before it.
    expect(editInline(content, 17, 17, ' (est.)')).toEqual([
      { type: 'text', text: 'The cost is ' },
      bold('£4.2m'),
      fn,
      bold(' (est.)'),
      { type: 'text', text: ' in 2027/28.' },
    ]);
    // At the very start and end.
    expect(editInline(content, 0, 4, '')[0]).toEqual({ type: 'text', text: 'cost is ' });
    expect(editInline(content, 29, 29, ' Approved.').at(-1)).toEqual({ type: 'text', text: ' in 2027/28. Approved.' });
  });
  it('edits the paragraph at a path and nothing else; a stale path changes nothing', () => {
    const d = doc(para('One.'), para('Two.'));
    expect(withParagraphEdited(d, [1], 0, 3, 'Three')).toEqual(doc(para('One.'), para('Three.')));
    expect(withParagraphEdited(d, [5], 0, 3, 'x')).toBeNull();
  });
});
