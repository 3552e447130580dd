import { describe, expect, it } from 'vitest';
import type { FootnoteInline } from '../../shared/richtext/model';
import { footnoteEditorJson, footnotePiecesOf } from './footnote-content';

describe('the footnote dialog editor content', () => {
  it('shows each line of a note as a paragraph and reads it back as the same pieces', () => {
    const note: FootnoteInline[] = [
      { type: 'text', text: 'See ' },
      { type: 'text', text: 'the plan', marks: [{ type: 'link', attrs: { href: 'https://example.org/plan' } }] },
      { type: 'hardBreak' },
      { type: 'text', text: 'Line two', marks: [{ type: 'bold' }] },
    ];
    const json = footnoteEditorJson(note);
    expect(json.content).toHaveLength(2);
    expect(footnotePiecesOf(json)).toEqual(note);
  });
  it('an empty editor gives no pieces', () => {
    expect(footnotePiecesOf(footnoteEditorJson([]))).toEqual([]);
  });
});
