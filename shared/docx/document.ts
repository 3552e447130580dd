// buildPaperDocument: a pure function from a paper bundle to a docx Document. Page 1 has the cover
// sheet, the title and the numbered sections, then the contacts; each appendix follows on a new page.
import { Document, Paragraph, TextRun } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import type { PaperBundle } from '../papers/model';
import { PUBLICITY_LABEL, PURPOSE_LABEL } from '../papers/model';
import { formatMeetingDate } from '../text/dates';
import { xmlSafe } from '../text/xml-safe';
import { dataBlockIds } from '../richtext/model';
import { appendixChildren } from './appendices';
import { contactsBlock } from './contacts';
import { createContext } from './context';
import { coverSheet } from './cover-sheet';
import { pageFooters, pageHeaders, reviewCoverNote, sectionProperties } from './page';
import { textRuns } from './runs';
import { sectionChildren } from './sections';
import { STYLE } from './constants';
import { paperStyles } from './styles';

export interface BuildOptions {
  /** When the export was made; written to the "Exported" document property. Defaults to now. */
  readonly generatedAt?: Date;
  /** A review copy (shared/review/review-copy.ts): marked as a draft, with what is asked of whom. Never for the public copy. */
  readonly review?: ReviewCopyOptions;
}

export interface ReviewCopyOptions {
  /** Printed at the top of every page, e.g. "DRAFT FOR REVIEW — NOT FOR PUBLICATION". */
  readonly marking: string;
  /** The note before the cover sheet: a heading line, then one line per reviewer. */
  readonly coverNote: readonly string[];
  readonly lineNumbers: boolean;
  /** Extra custom document properties (the paper id and draft hash that recognise a returned file). */
  readonly properties: readonly { readonly name: string; readonly value: string }[];
}

export const UNTITLED = 'Untitled paper';

/** The document properties (File › Info in Word): title, author, subject. */
export function paperProperties(bundle: PaperBundle) {
  const { paper, committee } = bundle;
  const clean = (s: string) => xmlSafe(s).trim();
  const about = [clean(committee?.name ?? ''), formatMeetingDate(clean(paper.cover.meetingDate))].filter(Boolean).join(', ');
  return {
    title: clean(paper.title) || UNTITLED,
    creator: clean(paper.cover.author) || clean(paper.cover.reportOf),
    subject: about,
    description: about,
    keywords: [PURPOSE_LABEL[paper.cover.purpose], PUBLICITY_LABEL[paper.cover.publicity]].join(', '),
    lastModifiedBy: clean(paper.updatedBy),
  };
}

/** "REVISED" and the author's note under the title of a re-issued paper, when the author chose to print it. */
function revisedNotice(bundle: PaperBundle): Paragraph[] {
  if (!bundle.revision) return [];
  const note = xmlSafe(bundle.revision.note).trim();
  return [new Paragraph({ children: [new TextRun({ text: note ? 'REVISED: ' : 'REVISED', bold: true }), ...(note ? [new TextRun(note)] : [])] })];
}

export function buildPaperDocument(bundle: PaperBundle, options: BuildOptions = {}): Document {
  const ctx = createContext(bundle.blocks);
  const props = paperProperties(bundle);

  const main: FileChild[] = [
    ...reviewCoverNote(options.review),
    coverSheet(bundle),
    new Paragraph({ style: STYLE.title, children: textRuns(props.title) }),
    ...revisedNotice(bundle),
    ...bundle.sections.flatMap((s, i) => sectionChildren(s, i, bundle.appendices, ctx)),
    ...contactsBlock(bundle.paper.contacts),
  ];
  const section = (children: FileChild[], newPage: boolean, landscape = false): ISectionOptions => {
    const headers = pageHeaders(bundle, options.review?.marking);
    const properties = sectionProperties(bundle, newPage, landscape);
    return { properties: options.review?.lineNumbers ? { ...properties, lineNumbers: { countBy: 1, restart: 'newSection' as const } } : properties, ...(headers ? { headers } : {}), footers: pageFooters(), children };
  };
  const appendixSections = bundle.appendices.map((a, i) => {
    // An appendix holding a wide block (a plan's update table, a wide data table) is a landscape page.
    const landscape = dataBlockIds(a.body).some((id) => bundle.blocks[id]?.landscape === true);
    ctx.landscape = landscape;
    const children = appendixChildren(a, i, ctx);
    ctx.landscape = false;
    return section(children, true, landscape);
  });
  const sections: ISectionOptions[] = [section(main, false), ...appendixSections];

  return new Document({
    ...props,
    styles: paperStyles(),
    // after the body is built: the registry now knows every list definition the paper uses
    numbering: ctx.numbering.config(),
    customProperties: [
      { name: 'Publicity', value: PUBLICITY_LABEL[bundle.paper.cover.publicity] },
      { name: 'Status', value: bundle.paper.status === 'issued' ? (bundle.revision ? `Issued (revised, version ${bundle.revision.number})` : 'Issued') : 'Draft' },
      { name: 'Exported', value: (options.generatedAt ?? new Date()).toISOString() },
      ...(options.review?.properties ?? []).map((p) => ({ name: xmlSafe(p.name), value: xmlSafe(p.value) })),
    ],
    sections,
  });
}
