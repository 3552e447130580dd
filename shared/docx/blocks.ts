// A section's or appendix's rich-text body → docx paragraphs and tables. In a section, top-level
// paragraphs carry Word numbering level 1 (1.1, 1.2 …) under the section heading's level 0; which
// paragraphs are numbered comes from paragraphLabels, the paper's single numbering rule.
import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { BlockNode } from '../richtext/model';
import type { BodyMode, BuildContext } from './context';
import { inlineChildren, isBlankInline } from './inline';
import { listParagraphs } from './lists';
import { SECTION_NUMBERING } from './numbering-config';
import { QUOTE_INDENT, STYLE, TEXT_INDENT } from './constants';
import { tableToDocx } from './tables';
import { dataBlockChildren } from './data-blocks';
import { imageChildren } from './images';
import { planHeading } from './plan-headings';

/**
 * `numbered[i]` says whether block i is a numbered paragraph (from paragraphLabels); in an appendix
 * nothing is. Blank paragraphs and sub-headings are skipped, so an unfinished draft never prints a
 * bare "4.1".
 */
export function bodyBlocks(blocks: readonly BlockNode[], ctx: BuildContext, mode: BodyMode, numbered: readonly boolean[] = []): FileChild[] {
  const indent = mode === 'section' ? TEXT_INDENT : 0;
  const out: FileChild[] = [];
  blocks.forEach((block, i) => {
    switch (block.type) {
      case 'paragraph': {
        if (isBlankInline(block.content)) return;
        const children = inlineChildren(block.content);
        if (mode === 'section' && numbered[i]) {
          out.push(new Paragraph({ children, numbering: { reference: SECTION_NUMBERING, level: 1, custom: true } }));
        } else {
          out.push(new Paragraph({ children, ...(indent ? { indent: { left: indent } } : {}) }));
        }
        return;
      }
      case 'subheading': {
        if (isBlankInline(block.content)) return;
        const planLevel = ctx.plan?.levels.get(block);
        if (planLevel) return void out.push(planHeading(planLevel, inlineChildren(block.content), ctx.plan?.numbered === true));
        // Level 3 under a sub-heading; otherwise Heading 2 under a section's Heading 1; Heading 3 under an appendix title's Heading 2.
        const style = mode === 'section' && block.attrs?.level !== 3 ? STYLE.heading2 : STYLE.heading3;
        out.push(new Paragraph({ style, children: inlineChildren(block.content), ...(indent ? { indent: { left: indent } } : {}) }));
        return;
      }
      case 'blockquote':
        // Set in from the text on both sides, in italics (the Quote style); never numbered.
        for (const p of block.content) {
          if (!isBlankInline(p.content))
            out.push(new Paragraph({ style: STYLE.quote, children: inlineChildren(p.content), indent: { left: indent + QUOTE_INDENT, right: QUOTE_INDENT } }));
        }
        return;
      case 'bulletList':
      case 'orderedList':
        out.push(...listParagraphs(block, ctx, indent));
        return;
      case 'dataBlock': {
        const content = ctx.blocks[block.attrs.blockId];
        if (content) out.push(...dataBlockChildren(content, ctx, mode, bodyBlocks));
        return;
      }
      case 'image': {
        // As wide as the text it sits in: a section's (after the number column), an appendix's, or a landscape page's.
        out.push(...imageChildren(block, ctx.page.textWidth - indent, indent, ctx.page.textHeight));
        return;
      }
      case 'table': {
        const table = tableToDocx(block, ctx);
        if (!table) return;
        out.push(table);
        // Space after the table, and keeps two neighbouring tables from merging into one.
        out.push(new Paragraph({ spacing: { after: 0 } }));
        return;
      }
    }
  });
  return out;
}

/** Whether a body prints nothing at all. */
export function isBlankBody(blocks: readonly BlockNode[]): boolean {
  return blocks.every((b) => {
    if (b.type === 'paragraph' || b.type === 'subheading') return isBlankInline(b.content);
    if (b.type === 'blockquote') return b.content.every((p) => isBlankInline(p.content));
    return false; // a table, a data block or an image prints
  });
}
