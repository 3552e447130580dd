// The paper's numbered sections: "1. PURPOSE OF THE REPORT" as a Heading 1 carrying Word numbering
// level 0, then its body. The 'appendices' section also lists the paper's appendices (A. Title …).
import { Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { Appendix, Section } from '../papers/model';
import { appendixLetter, blockNumberCount, paragraphLabels, sectionNumber } from '../papers/numbering';
import { appendixListTitle } from '../papers/appendix-page';
import { bodyBlocks, isBlankBody } from './blocks';
import type { BuildContext } from './context';
import { textRuns } from './runs';
import { STYLE, TEXT_INDENT } from './constants';

/** Numbered "1." by the Heading 1 style itself (see styles.ts). */
export function sectionHeading(title: string): Paragraph {
  return new Paragraph({ style: STYLE.heading1, children: textRuns(title.trim()) });
}

/** "A.  Title" lines, hanging so long titles wrap under the title, not the letter. */
export function appendixList(appendices: readonly Appendix[]): Paragraph[] {
  return appendices.map(
    (a, i) =>
      new Paragraph({
        children: textRuns(`${appendixLetter(i)}.\t${appendixListTitle(a)}`),
        indent: { left: TEXT_INDENT + 567, hanging: 567 },
        tabStops: [{ type: 'left', position: TEXT_INDENT + 567 }],
        spacing: { after: 80 },
      }),
  );
}

export function sectionChildren(section: Section, index: number, appendices: readonly Appendix[], ctx: BuildContext): FileChild[] {
  const blocks = section.body.content;
  const numbered = paragraphLabels(sectionNumber(index), blocks, (id) => blockNumberCount(ctx.blocks[id])).map((l) => l !== null);
  const out: FileChild[] = [sectionHeading(section.title), ...bodyBlocks(blocks, ctx, 'section', numbered)];
  if (section.kind === 'appendices') {
    if (appendices.length) out.push(...appendixList(appendices));
    else if (isBlankBody(blocks)) out.push(new Paragraph({ children: textRuns('None'), indent: { left: TEXT_INDENT } }));
  }
  return out;
}
