// Each appendix is its own Word section, so it starts on a new page and can later get its own page
// setup (e.g. landscape): "APPENDIX A" (Heading 1), its title (Heading 2; not where a data block's own
// heading opens it, shared/papers/appendix-title.ts, unless the author gave the page a title of its own),
// then its body, where paragraphs are plain (not section-numbered) and start at the margin. A
// withdrawn appendix has no page (document.ts leaves it out) but keeps its letter.
import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { Appendix } from '../papers/model';
import { printsAppendixTitle } from '../papers/appendix-title';
import { appendixLetter } from '../papers/numbering';
import { appendixPageTitle } from '../papers/appendix-page';
import { bodyBlocks } from './blocks';
import type { BuildContext } from './context';
import { textRuns } from './runs';
import { STYLE } from './constants';

export function appendixChildren(appendix: Appendix, index: number, ctx: BuildContext): FileChild[] {
  // numbering: false switches off the section number the Heading 1 style carries
  const out: FileChild[] = [
    new Paragraph({ style: STYLE.heading1, numbering: false, spacing: { before: 0 }, children: textRuns(`APPENDIX ${appendixLetter(index)}`) }),
  ];
  const title = appendixPageTitle(appendix);
  if (title && (appendix.pageTitle?.trim() || printsAppendixTitle(appendix, ctx.blocks)))
    out.push(new Paragraph({ style: STYLE.heading2, children: textRuns(title) }));
  out.push(...bodyBlocks(appendix.body.content, ctx, 'appendix'));
  return out;
}
