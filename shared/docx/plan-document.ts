// The body of a plan document (a business plan): title page, contents list, then each section as a
// Heading 1 with its text at the margin and its paragraphs unnumbered, sub-headings as Heading 2 and 3.
// Blocks, tables, images, footnotes and appendices are built exactly as in a committee paper.
import type { FileChild, IStylesOptions } from 'docx';
import type { PaperBundle } from '../papers/model';
import { documentHeadings } from '../papers/document-kind';
import { textRuns } from './runs';
import { bodyBlocks } from './blocks';
import type { BuildContext } from './context';
import { contactsBlock } from './contacts';
import { contentsChildren, contentsStyles } from './contents';
import { appendixList } from './sections';
import { planHeading } from './plan-headings';
import { titlePageChildren, titlePageStyles } from './title-page';

export function planDocumentMain(bundle: PaperBundle, ctx: BuildContext): FileChild[] {
  const numbered = bundle.paper.numberedHeadings === true;
  const headings = documentHeadings(bundle.sections, numbered);
  const out: FileChild[] = [...titlePageChildren(bundle), ...contentsChildren()];
  bundle.sections.forEach((section, i) => {
    out.push(planHeading(1, textRuns(section.title.trim()), numbered));
    const levels = new Map(
      section.body.content.flatMap((b, j) => {
        const h = headings[i]?.blocks[j];
        return h ? [[b, h.level] as const] : [];
      }),
    );
    ctx.plan = { levels, numbered };
    out.push(...bodyBlocks(section.body.content, ctx, 'appendix'));
    ctx.plan = null;
    if (section.kind === 'appendices' && bundle.appendices.length) out.push(...appendixList(bundle.appendices));
  });
  out.push(...contactsBlock(bundle.paper.contacts));
  return out;
}

/** A committee paper's styles with Heading 1 in the author's capitals and unnumbered by style, plus the title and contents styles. */
export function planDocumentStyles(base: IStylesOptions): IStylesOptions {
  const h1 = base.default?.heading1;
  const { numbering: _sectionNumbering, ...paragraph } = h1?.paragraph ?? {};
  return {
    ...base,
    default: { ...base.default, heading1: { run: { ...h1?.run, allCaps: false, size: 28 }, paragraph } },
    paragraphStyles: [...(base.paragraphStyles ?? []), ...titlePageStyles(), ...contentsStyles()],
  };
}
