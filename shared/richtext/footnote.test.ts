// Footnotes with bold, italic, underline and links: the one cleaning rule, the stored form (old plain
// backups still read), and the Word export (paragraphs of runs with hyperlinks).
import { describe, expect, it } from 'vitest';
import { richDocSchema } from '../backup/schema';
import { exportPaperDocx } from '../docx/export';
import { bundleWithBodies } from '../docx/fixtures';
import { readDocx, textOf } from '../docx/read-docx';
import { paperFootnotes } from '../papers/footnotes';
import { doc, footnote, para } from './build';
import { cleanFootnoteContent, footnoteAttrs, footnoteLines } from './footnote';
import type { FootnoteInline, RichDoc } from './model';

const rich: FootnoteInline[] = [
  { type: 'text', text: 'Source: ' },
  { type: 'text', text: 'Performance report', marks: [{ type: 'link', attrs: { href: 'https://example.org/perf.pdf' } }, { type: 'bold' }] },
  { type: 'text', text: ', see ', marks: [] },
  { type: 'text', text: 'page 4', marks: [{ type: 'italic' }] },
  { type: 'hardBreak' },
  { type: 'text', text: 'Second line', marks: [{ type: 'underline' }] },
];

describe('footnote content', () => {
  it('keeps text, the four marks and line breaks; drops links a paper may not hold, keeping their text', () => {
    const clean = cleanFootnoteContent([
      { type: 'text', text: 'click ', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }, { type: 'bold' }] },
      { type: 'image', attrs: { src: 'x' } },
      { type: 'text', text: 'bad\u0001char' },
      { type: 'hardBreak' },
      { type: 'hardBreak' },
    ]);
    expect(clean).toEqual([
      { type: 'text', text: 'click here', marks: [{ type: 'bold' }] },
      { type: 'text', text: 'badchar' },
    ]);
  });

  it('stores plain text alongside, and a plain note the old way (text only)', () => {
    const a = footnoteAttrs('f1', rich);
    expect(a.text).toBe('Source: Performance report, see page 4\nSecond line');
    expect(a.content).toHaveLength(6);
    expect(footnoteAttrs('f2', [{ type: 'text', text: 'just words' }])).toEqual({ id: 'f2', text: 'just words' });
  });

  it('splits a note into the lines Word prints as paragraphs, from content or from old plain text', () => {
    expect(footnoteLines({ text: 'one\ntwo' }).map((l) => l.map((t) => t.text).join(''))).toEqual(['one', 'two']);
    expect(footnoteLines(footnoteAttrs('f', rich)).length).toBe(2);
  });
});

describe('footnotes in the backup schema', () => {
  const withNote = (attrs: unknown): RichDoc => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }, { type: 'footnote', attrs } as never] }],
  });
  it('reads the old plain form and the formatted form', () => {
    expect(richDocSchema.safeParse(withNote({ id: 'a', text: 'plain' })).success).toBe(true);
    expect(richDocSchema.safeParse(withNote(footnoteAttrs('b', rich))).success).toBe(true);
  });
  it('refuses a javascript: link, a nested footnote or a list inside a footnote', () => {
    expect(
      richDocSchema.safeParse(
        withNote({ id: 'a', text: 'x', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:1' } }] }] }),
      ).success,
    ).toBe(false);
    expect(richDocSchema.safeParse(withNote({ id: 'a', text: 'x', content: [{ type: 'footnote', attrs: { id: 'c', text: 'y' } }] })).success).toBe(false);
    expect(richDocSchema.safeParse(withNote({ id: 'a', text: 'x', content: [{ type: 'bulletList', content: [] }] })).success).toBe(false);
  });
});

describe('formatted footnotes in the Word export', () => {
  it('print as paragraphs of runs: bold, italic, underline kept, links as hyperlinks to their address', async () => {
    const body = doc(
      para('Performance has improved.', { type: 'footnote', attrs: footnoteAttrs('fn-rich', rich) }),
      para('Plain.', footnote('Old plain note https://example.org/plain', 'fn-plain')),
    );
    const d = await readDocx(await exportPaperDocx(bundleWithBodies([body])));
    const notes = d.part('word/footnotes.xml');
    const richNote = /<w:footnote w:id="1">([\s\S]*?)<\/w:footnote>/.exec(notes)![1]!;
    const paragraphs = [...richNote.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(paragraphs.map((p) => textOf(p).trim())).toEqual(['Source: Performance report, see page 4', 'Second line']);
    expect(richNote).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>[\s\S]*?<w:b\/>[\s\S]*?Performance report/);
    expect(richNote).toMatch(/<w:i\/>[\s\S]*?page 4/);
    expect(richNote).toMatch(/<w:u w:val="single"\/>[\s\S]*?Second line/);
    const rels = d.part('word/_rels/footnotes.xml.rels');
    expect(rels).toContain('Target="https://example.org/perf.pdf"');
    expect(rels).toContain('Target="https://example.org/plain"');
    expect(notes).not.toContain('<w:numPr>');
  });
  it("the paper's footnote list carries the formatted pieces", () => {
    const body = doc(para('x', { type: 'footnote', attrs: footnoteAttrs('fn-rich', rich) }));
    const [note] = paperFootnotes(bundleWithBodies([body]));
    expect(note).toMatchObject({ mark: 'a', text: 'Source: Performance report, see page 4\nSecond line' });
    expect(note!.lines[0]!.some((t) => t.marks?.some((m) => m.type === 'link'))).toBe(true);
  });
});
