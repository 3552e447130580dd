// A body as the units a reader compares: each paragraph, heading, list item and table row as one
// line of plain text with where it is ("4.2", "sub-heading", "table row 3"), and each footnote after
// the paragraph that holds it. Data blocks are compared separately (compare-blocks.ts).
import type { BlockNode, InlineNode, RichDoc } from '../richtext/model';
import { cellParagraphs, inlineText, isNumberedParagraph } from '../richtext/model';

export interface TextUnit {
  /** "4.2", "sub-heading", "list item", "table row 2", "footnote", "image", "data block". */
  readonly label: string;
  readonly text: string;
}

function footnoteTexts(content: readonly InlineNode[] | undefined): TextUnit[] {
  const out: TextUnit[] = [];
  for (const n of content ?? []) if (n.type === 'footnote') out.push({ label: 'footnote', text: footnoteText(n) });
  return out;
}

/** A footnote's plain text (`text` always holds it, with or without formatted `content`). */
export const footnoteText = (n: Extract<InlineNode, { type: 'footnote' }>): string => n.attrs.text;

function listUnits(block: BlockNode, depth: number, out: TextUnit[]): void {
  if (block.type !== 'bulletList' && block.type !== 'orderedList') return;
  for (const item of block.content) {
    for (const c of item.content) {
      if (c.type === 'paragraph') {
        out.push({ label: depth ? 'list item (nested)' : 'list item', text: inlineText(c.content) });
        out.push(...footnoteTexts(c.content));
      } else listUnits(c, depth + 1, out);
    }
  }
}

/** The units of a section or appendix body in reading order; `sectionNo` numbers its paragraphs (null: unnumbered). */
export function textUnits(doc: RichDoc, sectionNo: number | null): TextUnit[] {
  const out: TextUnit[] = [];
  let n = 0;
  for (const b of doc.content) {
    switch (b.type) {
      case 'paragraph': {
        const numbered = sectionNo !== null && isNumberedParagraph(b);
        const text = inlineText(b.content);
        if (!text.trim() && !(b.content ?? []).some((i) => i.type === 'footnote')) {
          if (numbered) n++;
          break;
        }
        out.push({ label: numbered ? `${sectionNo}.${++n}` : 'paragraph', text });
        out.push(...footnoteTexts(b.content));
        break;
      }
      case 'subheading':
        out.push({ label: 'sub-heading', text: inlineText(b.content) });
        break;
      case 'blockquote':
        for (const p of b.content) {
          out.push({ label: 'quotation', text: inlineText(p.content) });
          out.push(...footnoteTexts(p.content));
        }
        break;
      case 'bulletList':
      case 'orderedList':
        listUnits(b, 0, out);
        break;
      case 'table':
        b.content.forEach((row, r) =>
          out.push({
            label: `table row ${r + 1}`,
            text: row.content
              .map((cell) =>
                cellParagraphs(cell)
                  .map((p) => inlineText(p.content))
                  .join(' '),
              )
              .join(' | '),
          }),
        );
        break;
      case 'image':
        out.push({ label: 'image', text: `[Image: ${b.attrs.alt}]${b.attrs.caption ? ` ${b.attrs.caption}` : ''}` });
        break;
      case 'dataBlock':
        break;
    }
  }
  return out;
}
