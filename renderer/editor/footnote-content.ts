// A footnote's pieces (shared/richtext/footnote.ts) ↔ the JSON of the small editor its dialog uses:
// each line of the note is one paragraph there, a hard break between lines here.
import type { JSONContent } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import type { FootnoteInline } from '../../shared/richtext/model';
import { cleanFootnoteContent } from '../../shared/richtext/footnote';
import { PAPER_LINK_OPTIONS } from './schema-extensions';

export function footnoteEditorJson(pieces: readonly FootnoteInline[]): JSONContent {
  const paragraphs: JSONContent[] = [{ type: 'paragraph', content: [] }];
  for (const n of pieces) {
    if (n.type === 'hardBreak') paragraphs.push({ type: 'paragraph', content: [] });
    else
      paragraphs[paragraphs.length - 1]!.content!.push(
        n.marks?.length ? { type: 'text', text: n.text, marks: n.marks.map((m) => ({ ...m })) } : { type: 'text', text: n.text },
      );
  }
  return { type: 'doc', content: paragraphs.map((p) => (p.content!.length ? p : { type: 'paragraph' })) };
}

export function footnotePiecesOf(json: JSONContent): FootnoteInline[] {
  const raw: unknown[] = [];
  (json.content ?? []).forEach((p, i) => {
    if (i > 0) raw.push({ type: 'hardBreak' });
    for (const n of p.content ?? []) raw.push(n.type === 'hardBreak' ? { type: 'hardBreak' } : n);
  });
  return cleanFootnoteContent(raw);
}

/** The footnote dialog's editor: paragraphs of text with bold, italic, underline and links only. */
export function footnoteEditorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      trailingNode: false,
      link: PAPER_LINK_OPTIONS,
    }),
  ];
}
