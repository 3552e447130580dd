// Plan documents (issue 19): business plans and other documents that are not agenda papers. The rules
// both the editor and the Word export follow: which kind a paper is, its standard sections, and its
// headings' levels and numbers (1, 1.1, 1.1.1).
import type { BlockNode } from '../richtext/model';
import type { Paper, PaperKind, SectionKind, TitlePage } from './model';

export const PAPER_KIND_LABEL: Record<PaperKind, string> = {
  committeePaper: 'Committee paper',
  planDocument: 'Plan document',
};

export const paperKind = (paper: Pick<Paper, 'kind'>): PaperKind => paper.kind ?? 'committeePaper';
export const isPlanDocument = (paper: Pick<Paper, 'kind'>): boolean => paperKind(paper) === 'planDocument';

export const blankTitlePage = (): TitlePage => ({ organisation: '', period: '', version: '', date: '' });
export const titlePageOf = (paper: Pick<Paper, 'titlePage'>): TitlePage => paper.titlePage ?? blankTitlePage();

/** The sections a new business plan starts with; the author renames, adds and removes them as for a paper. */
export const PLAN_DOCUMENT_SECTIONS: readonly { title: string; kind: SectionKind }[] = [
  { title: 'Introduction', kind: 'text' },
  { title: 'Our priorities', kind: 'text' },
  { title: 'Action plan', kind: 'text' },
  { title: 'Monitoring and review', kind: 'text' },
];

/** A heading's level: 1 for a section's title, 2 and 3 for its sub-headings. */
export type HeadingLevel = 1 | 2 | 3;

export interface SectionHeadings {
  /** "1", or null when headings are not numbered. */
  readonly label: string | null;
  /** For each top-level block of the body: the heading's level and label, or null for anything that is not a heading. */
  readonly blocks: readonly ({ readonly level: 2 | 3; readonly label: string | null } | null)[];
}

/**
 * The headings of a plan document, section by section. A heading never skips a level: a level-3
 * heading with no sub-heading before it in its section counts as level 2 (so the contents list and a
 * screen reader's outline have no holes, and Word numbers it "1.1", not "1.0.1").
 */
export function documentHeadings(sections: readonly { readonly body: { readonly content: readonly BlockNode[] } }[], numbered: boolean): SectionHeadings[] {
  return sections.map((section, i) => ({ label: numbered ? String(i + 1) : null, blocks: sectionHeadings(i + 1, section.body.content, numbered) }));
}

/** One section's sub-headings (documentHeadings): what the editor labels and the export numbers. */
export function sectionHeadings(sectionNo: number, content: readonly Pick<BlockNode, 'type'>[], numbered: boolean): SectionHeadings['blocks'] {
  let two = 0;
  let three = 0;
  return content.map((b) => {
    if (b.type !== 'subheading') return null;
    const level: 2 | 3 = (b as { attrs?: { level?: number } }).attrs?.level === 3 && two > 0 ? 3 : 2;
    if (level === 2) {
      two++;
      three = 0;
    } else three++;
    return { level, label: numbered ? (level === 2 ? `${sectionNo}.${two}` : `${sectionNo}.${two}.${three}`) : null };
  });
}
