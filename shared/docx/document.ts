// buildPaperDocument: a pure function from a paper bundle to a docx Document. Page 1 has the cover
// sheet, the title and the numbered sections, then the contacts; each appendix follows on a new page.
import { Document, Paragraph, TextRun } from 'docx';
import './fast-prep';
import type { FileChild, ISectionOptions } from 'docx';
import type { PaperBundle } from '../papers/model';
import { appendixIsLandscape, printsPage } from '../papers/appendix-page';
import { PUBLICITY_LABEL, PURPOSE_LABEL } from '../papers/model';
import { formatDate } from '../house-style/house-style';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import { xmlSafe } from '../text/xml-safe';
import { appendixChildren } from './appendices';
import { contactsBlock } from './contacts';
import { createContext, pageGeometry } from './context';
import { coverSheet } from './cover-sheet';
import { pageFooters, pageHeaders, reviewCoverNote, sectionProperties } from './page';
import { textRuns } from './runs';
import { sectionChildren } from './sections';
import { STYLE } from './constants';
import { paperStyles } from './styles';
import { estimatePageNumbersWith } from 'docx/layout';
import { isPlanDocument } from '../papers/document-kind';
import { planDocumentMain, planDocumentStyles } from './plan-document';
import { planHeadingNumbering } from './plan-headings';

export interface BuildOptions {
  /** When the export was made; written to the "Exported" document property. Defaults to now. */
  readonly generatedAt?: Date;
  /** A review copy (shared/review/review-copy.ts): marked as a draft, with what is asked of whom. Never for the public copy. */
  readonly review?: ReviewCopyOptions;
  /** Told after each section and appendix is built (`built` of `of`), so an export can show how far it has got. */
  readonly onProgress?: (built: number, of: number) => void;
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
  const about = [clean(committee?.name ?? ''), formatDate(clean(paper.cover.meetingDate), bundle.style ?? DEFAULT_HOUSE_STYLE)].filter(Boolean).join(', ');
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
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run options are `string | IRunOptions`: the rule reads `bold` as String.prototype.bold
  return [new Paragraph({ children: [new TextRun({ text: note ? 'REVISED: ' : 'REVISED', bold: true }), ...(note ? [new TextRun(note)] : [])] })];
}

export function buildPaperDocument(bundle: PaperBundle, options: BuildOptions = {}): Document {
  const ctx = createContext(bundle.blocks, bundle.style);
  const props = paperProperties(bundle);

  const plan = isPlanDocument(bundle.paper);
  const parts = (plan ? 1 : bundle.sections.length) + bundle.appendices.length;
  let built = 0;
  const tell = <T>(children: T): T => {
    options.onProgress?.(++built, parts);
    return children;
  };
  const main: FileChild[] = plan
    ? tell(planDocumentMain(bundle, ctx))
    : [
        ...reviewCoverNote(options.review),
        coverSheet(bundle),
        new Paragraph({ style: STYLE.title, children: textRuns(props.title) }),
        ...revisedNotice(bundle),
        ...bundle.sections.flatMap((s, i) => tell(sectionChildren(s, i, bundle.appendices, ctx))),
        ...contactsBlock(bundle.paper.contacts),
      ];
  const section = (children: FileChild[], newPage: boolean, landscape = false): ISectionOptions => {
    const headers = pageHeaders(bundle, options.review?.marking);
    const properties = sectionProperties(bundle, newPage, landscape);
    return {
      properties: options.review?.lineNumbers ? { ...properties, lineNumbers: { countBy: 1, restart: 'newSection' as const } } : properties,
      ...(headers ? { headers } : {}),
      footers: pageFooters(),
      children,
    };
  };
  // A withdrawn appendix prints no page, but keeps its letter (i is its place in the list).
  const appendixSections = bundle.appendices.flatMap((a, i) => {
    if (!printsPage(a)) return tell([]);
    const landscape = appendixIsLandscape(a, bundle.blocks);
    ctx.page = pageGeometry(landscape);
    const children = appendixChildren(a, i, ctx);
    ctx.page = pageGeometry(false);
    return tell([section(children, true, landscape)]);
  });
  const sections: ISectionOptions[] = [section(main, false), ...appendixSections];

  return new Document({
    ...props,
    styles: plan ? planDocumentStyles(paperStyles(ctx.style)) : paperStyles(ctx.style),
    // after the body is built: the registry now knows every list definition the paper uses
    numbering: plan ? { config: [...ctx.numbering.config().config, planHeadingNumbering()] } : ctx.numbering.config(),
    // A plan document's contents list gets its page numbers from docx/layout's page estimate.
    ...(plan ? { pageNumbers: estimatePageNumbersWith({ guess: true }) } : {}),
    customProperties: [
      { name: 'Publicity', value: PUBLICITY_LABEL[bundle.paper.cover.publicity] },
      {
        name: 'Status',
        value: bundle.paper.status === 'issued' ? (bundle.revision ? `Issued (revised, version ${bundle.revision.number})` : 'Issued') : 'Draft',
      },
      { name: 'Exported', value: (options.generatedAt ?? new Date()).toISOString() },
      ...(options.review?.properties ?? []).map((p) => ({ name: xmlSafe(p.name), value: xmlSafe(p.value) })),
    ],
    sections,
  });
}
