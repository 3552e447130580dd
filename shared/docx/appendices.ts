// Each appendix is its own Word section, so it starts on a new page and can later get its own page
// setup (e.g. landscape): "APPENDIX A" (Heading 1), its title (Heading 2; not where a data block's own
// heading opens it, shared/papers/appendix-title.ts), then its body, where
// paragraphs are plain (not section-numbered) and start at the margin.
import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { Appendix } from '../papers/model';
import { printsAppendixTitle } from '../papers/appendix-title';
import { appendixLetter } from '../papers/numbering';
import { bodyBlocks } from './blocks';
import type { BuildContext } from './context';
import { textRuns } from './runs';
import { STYLE } from './constants';

export function appendixChildren(appendix: Appendix, index: number, ctx: BuildContext): FileChild[] {
  // numbering: false switches off the section number the Heading 1 style carries
  const out: FileChild[] = [new Paragraph({ style: STYLE.heading1, numbering: false, spacing: { before: 0 }, children: textRuns(`APPENDIX ${appendixLetter(index)}`) })];
  if (printsAppendixTitle(appendix, ctx.blocks)) out.push(new Paragraph({ style: STYLE.heading2, children: textRuns(appendix.title.trim()) }));
  out.push(...bodyBlocks(appendix.body.content, ctx, 'appendix'));
  return out;
}
