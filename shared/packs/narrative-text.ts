// A narrative as the plain text a spreadsheet cell holds, and back. Paragraphs are separated by a
// blank line, list items start "• ", line breaks stay line breaks; footnotes, tables and images have
// no place in a cell, so a pack only replaces the stored narrative when the officer changed the text
// (see returns.ts): an untouched cell keeps every footnote and bold word.
import type { BlockNode, InlineNode, ParagraphNode, RichDoc } from '../richtext/model';
import { emptyDoc, inlineText } from '../richtext/model';
import { xmlSafe } from '../text/xml-safe';

function inline(content: readonly InlineNode[] | undefined): string {
  return inlineText(content);
}

function blockText(b: BlockNode): string[] {
  switch (b.type) {
    case 'paragraph':
    case 'subheading':
      return [inline(b.content)];
    case 'bulletList':
    case 'orderedList':
      return b.content.map((item, i) => {
        const mark = b.type === 'bulletList' ? '•' : `${(b.attrs?.start ?? 1) + i}.`;
        return `${mark} ${item.content.flatMap((c) => (c.type === 'paragraph' ? [inline(c.content)] : blockText(c))).join('\n')}`;
      });
    case 'table':
      return [
        b.content
          .map((row) =>
            row.content.map((cell) => cell.content.flatMap((p) => (p.type === 'paragraph' ? [inline(p.content)] : blockText(p))).join(' ')).join(' | '),
          )
          .join('\n'),
      ];
    case 'blockquote':
      return b.content.map((p) => inline(p.content));
    case 'image':
      return b.attrs.caption ? [`[Picture: ${b.attrs.caption}]`] : [];
    default:
      return [];
  }
}

/** The narrative's words as cell text: one blank line between paragraphs. */
export function narrativeToText(doc: RichDoc | null | undefined): string {
  if (!doc) return '';
  return doc.content
    .flatMap(blockText)
    .map((t) => t.replace(/\s+$/g, ''))
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

/** Cell text as a narrative: a blank line starts a paragraph, a single line break stays a break. */
export function textToNarrative(text: string): RichDoc {
  const clean = xmlSafe(text).replace(/\r\n?/g, '\n').trim();
  if (clean === '') return emptyDoc();
  const paragraphs: ParagraphNode[] = clean.split(/\n\s*\n/).map((para) => {
    const lines = para.split('\n').map((l) => l.trim());
    const content: InlineNode[] = [];
    lines.forEach((line, i) => {
      if (i > 0) content.push({ type: 'hardBreak' });
      if (line) content.push({ type: 'text', text: line });
    });
    return { type: 'paragraph', content };
  });
  return { type: 'doc', content: paragraphs };
}

/** Two texts the same once line endings and spacing at line ends are ignored (Excel and LibreOffice differ there). */
export function sameCellText(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .trim();
  return norm(a) === norm(b);
}
