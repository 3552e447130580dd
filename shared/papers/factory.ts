import { createMeta, newId, nowIso } from '../records/meta';
import { emptyDoc } from '../richtext/model';
import type { RichDoc } from '../richtext/model';
import type { Appendix, CoverSheet, Paper, PaperBundle, PaperKind, Section } from './model';
import { PLAN_DOCUMENT_SECTIONS, blankTitlePage } from './document-kind';
import { STANDARD_SECTIONS } from './standard-sections';
import type { PaperBlock } from '../blocks/model';
import { copyBlocks, remapDataBlocks } from '../blocks/copy';

export const blankCover = (): CoverSheet => ({
  purpose: 'consideration',
  publicity: 'public',
  exemptionReason: '',
  committeeId: null,
  meetingDate: '',
  reportOf: '',
  author: '',
  email: '',
  otherContacts: '',
  agendaItem: '',
});

/**
 * A new draft paper with the standard sections, each starting with one empty paragraph; a plan
 * document (a business plan) starts with a blank title page and the plan sections instead.
 */
export function createPaper(
  by: string,
  init: { title?: string; cover?: Partial<CoverSheet>; kind?: PaperKind } = {},
  at = nowIso(),
): { paper: Paper; sections: Section[] } {
  const plan = init.kind === 'planDocument';
  const paper: Paper = {
    ...createMeta(by, at),
    title: init.title ?? (plan ? 'Untitled plan' : 'Untitled paper'),
    cover: { ...blankCover(), ...init.cover },
    status: 'draft',
    footnoteStyle: 'letter',
    contacts: [],
    ...(plan ? { kind: 'planDocument' as const, titlePage: blankTitlePage(), numberedHeadings: false } : {}),
  };
  const sections = (plan ? PLAN_DOCUMENT_SECTIONS : STANDARD_SECTIONS).map((s, i): Section => ({
    ...createMeta(by, at),
    paperId: paper.id,
    position: i + 1,
    title: s.title,
    kind: s.kind,
    body: emptyDoc(),
  }));
  return { paper, sections };
}

/** Footnote ids must stay unique per paper copy, so a duplicate gets fresh ones. */
function refreshFootnoteIds(doc: RichDoc): RichDoc {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node && typeof node === 'object') {
      const n = node as { type?: string; attrs?: Record<string, unknown>; content?: unknown };
      if (n.type === 'footnote') return { ...n, attrs: { ...n.attrs, id: newId() } };
      if (n.content) return { ...n, content: visit(n.content) };
    }
    return node;
  };
  return visit(doc) as RichDoc;
}

/**
 * A copy of a paper to start the next one from (e.g. next quarter's update): same cover sheet,
 * sections, appendices and contacts, new ids, back to draft, meeting date and agenda item cleared.
 */
export function duplicatePaper(
  bundle: PaperBundle,
  by: string,
  at = nowIso(),
  blocks: readonly PaperBlock[] = [],
): { paper: Paper; sections: Section[]; appendices: Appendix[]; blocks: PaperBlock[] } {
  const paper: Paper = {
    ...bundle.paper,
    ...createMeta(by, at),
    title: `${bundle.paper.title} (copy)`,
    status: 'draft',
    cover: { ...bundle.paper.cover, meetingDate: '', agendaItem: '' },
    contacts: bundle.paper.contacts.map((c) => ({ ...c, id: newId() })),
  };
  const copied = copyBlocks(blocks, paper.id, by, at);
  const body = (d: RichDoc) => remapDataBlocks(refreshFootnoteIds(d), copied.newIdOf);
  const sections = bundle.sections.map((s): Section => ({ ...s, ...createMeta(by, at), paperId: paper.id, body: body(s.body) }));
  const appendices = bundle.appendices.map((a): Appendix => ({ ...a, ...createMeta(by, at), paperId: paper.id, body: body(a.body) }));
  return { paper, sections, appendices, blocks: copied.blocks };
}
