// A committee's template: the sections it expects (with boilerplate text), which are required and
// which are rewritten for every meeting, the footnote style and the cover's usual fields. "New paper"
// offers the committee's templates and starts a draft from one.
import type { Appendix, Committee, Paper, PaperBundle, Section } from '../papers/model';
import { blankCover } from '../papers/factory';
import { createMeta, newId } from '../records/meta';
import type { BlockNode, RichDoc } from '../richtext/model';
import type { PaperTemplate } from './model';
import type { Clearance } from '../clearance/model';
import { must } from '../records/must';

/** A body without data blocks (they belong to one paper) and with fresh footnote ids. */
function boilerplate(doc: RichDoc): RichDoc {
  const freshen = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(freshen);
    if (node && typeof node === 'object') {
      const n = node as { type?: string; attrs?: Record<string, unknown>; content?: unknown };
      if (n.type === 'footnote') return { ...n, attrs: { ...n.attrs, id: newId() } };
      if (n.content) return { ...n, content: freshen(n.content) };
    }
    return node;
  };
  const content = doc.content.filter((b: BlockNode) => b.type !== 'dataBlock');
  return freshen({ ...doc, content: content.length ? content : [{ type: 'paragraph' }] }) as RichDoc;
}

/** A template from a paper: its sections and their text, cover defaults, contacts, and which sections need whose clearance. */
export function templateFromPaper(
  bundle: PaperBundle,
  name: string,
  committeeId: string | null,
  by: string,
  at: string,
  clearances: readonly Clearance[] = [],
): PaperTemplate {
  const required = (sectionId: string) =>
    clearances.filter((c) => c.deletedAt === null && c.sectionId === sectionId).map((c) => ({ role: c.role, personId: c.personId, personName: c.personName }));
  const c = bundle.paper.cover;
  return {
    ...createMeta(by, at),
    name: name.trim() || bundle.paper.title,
    committeeId,
    footnoteStyle: bundle.paper.footnoteStyle,
    cover: {
      purpose: c.purpose,
      publicity: c.publicity,
      exemptionReason: c.exemptionReason,
      reportOf: c.reportOf,
      author: c.author,
      email: c.email,
      otherContacts: c.otherContacts,
    },
    sections: bundle.sections.map((s) => {
      const needs = required(s.id);
      return {
        id: newId(),
        title: s.title,
        kind: s.kind,
        body: boilerplate(s.body),
        rewriteEachTime: s.rewriteEachTime ?? false,
        required: s.required ?? false,
        ...(needs.length ? { clearances: needs } : {}),
      };
    }),
    contacts: bundle.paper.contacts.map((x) => ({ ...x, id: newId() })),
  };
}

/** A new draft from a template, for its committee (or the one chosen when the template is for any). */
export function paperFromTemplate(
  template: PaperTemplate,
  committee: Committee | null,
  by: string,
  at: string,
  title = 'Untitled paper',
): { paper: Paper; sections: Section[]; appendices: Appendix[]; clearances: Clearance[] } {
  const paper: Paper = {
    ...createMeta(by, at),
    title,
    cover: { ...blankCover(), ...template.cover, committeeId: committee?.id ?? template.committeeId },
    status: 'draft',
    footnoteStyle: template.footnoteStyle,
    contacts: template.contacts.map((x) => ({ ...x, id: newId() })),
  };
  const sections = template.sections.map((s, i): Section => ({
    ...createMeta(by, at),
    paperId: paper.id,
    position: i + 1,
    title: s.title,
    kind: s.kind,
    body: boilerplate(s.body),
    ...(s.rewriteEachTime ? { rewriteEachTime: true } : {}),
    ...(s.required ? { required: true } : {}),
  }));
  // The template's required clearances, not yet asked, for the new paper's sections.
  const clearances = template.sections.flatMap((t, i) =>
    (t.clearances ?? []).map((r): Clearance => ({
      ...createMeta(by, at),
      paperId: paper.id,
      sectionId: must(sections[i], 'sections[i]').id,
      role: r.role,
      personId: r.personId,
      personName: r.personName,
      askedAt: null,
      signOff: null,
      history: [],
    })),
  );
  return { paper, sections, appendices: [], clearances };
}

/** The templates to offer for a committee: its own first, then those for any committee, by name. */
export function templatesFor(templates: readonly PaperTemplate[], committeeId: string | null): PaperTemplate[] {
  const live = templates.filter((t) => t.deletedAt === null && (t.committeeId === null || committeeId === null || t.committeeId === committeeId));
  return live.sort(
    (a, b) =>
      Number(b.committeeId === committeeId && committeeId !== null) - Number(a.committeeId === committeeId && committeeId !== null) ||
      a.name.localeCompare(b.name, 'en-GB'),
  );
}
