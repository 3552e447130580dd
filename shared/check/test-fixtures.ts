// For tests: a small paper bundle and a small .docx, each built around the one thing a test is about.
import type { BlockContent } from '../blocks/content';
import type { Appendix, Committee, CoverSheet, PaperBundle, Section } from '../papers/model';
import type { BlockNode } from '../richtext/model';
import { SAMPLE_PAPER } from '../sample/paper';
import { BASIC_STYLES, makeDocx } from '../word-import/test-docx';
import type { DocxParts } from '../word-import/test-docx';
import { readDocxForCheck } from './read';
import type { OoxmlDoc } from './ooxml-doc';
import type { Clearance, ClearanceRole, ClearanceStateKind } from '../clearance/model';
import { sectionTextHash } from '../clearance/rules';

const meta = (id: string) => ({ id, createdAt: '2017-11-20T09:00:00.000Z', updatedAt: '2017-11-20T09:00:00.000Z', updatedBy: 'test', deletedAt: null });

export interface PaperSpec {
  readonly title?: string;
  readonly sections?: readonly { readonly title: string; readonly body: readonly BlockNode[] }[];
  readonly appendices?: readonly { readonly title: string; readonly body: readonly BlockNode[] }[];
  readonly blocks?: Readonly<Record<string, BlockContent>>;
  readonly cover?: Partial<CoverSheet>;
  /** The committee the paper goes to (none when absent). */
  readonly committee?: Partial<Committee>;
}

export function paperBundle(spec: PaperSpec = {}): PaperBundle {
  const paper = { ...SAMPLE_PAPER, title: spec.title ?? 'Budget update', cover: { ...SAMPLE_PAPER.cover, ...spec.cover } };
  const sections = (
    spec.sections ?? [{ title: 'Purpose of the Report', body: [{ type: 'paragraph', content: [{ type: 'text', text: 'This report updates the panel.' }] }] }]
  ).map((s, i): Section => ({
    ...meta(`s${i + 1}`),
    paperId: paper.id,
    position: i + 1,
    title: s.title,
    kind: 'text',
    body: { type: 'doc', content: [...s.body] },
  }));
  const appendices = (spec.appendices ?? []).map((a, i): Appendix => ({
    ...meta(`a${i + 1}`),
    paperId: paper.id,
    position: i + 1,
    title: a.title,
    body: { type: 'doc', content: [...a.body] },
  }));
  const committee = spec.committee ? { ...meta('c1'), name: 'Audit Committee', ...spec.committee } : null;
  return { paper, committee, sections, appendices, blocks: spec.blocks ?? {} };
}

const CORE = (title: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`;
const LANG_DEFAULTS = '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>';

export interface WordSpec extends Partial<DocxParts> {
  /** The document title in docProps/core.xml ('' leaves it out). */
  readonly title?: string;
  /** Set the language in the style defaults (default true). */
  readonly language?: boolean;
}

/** A .docx with a title and language unless told otherwise, read as the Check reads it. */
export async function wordDoc(spec: WordSpec): Promise<OoxmlDoc> {
  const title = spec.title ?? 'Budget update';
  const files = { ...(title ? { 'docProps/core.xml': CORE(title) } : {}), ...spec.files };
  const bytes = await makeDocx({
    ...spec,
    body: spec.body ?? '',
    styles: `${spec.language === false ? '' : LANG_DEFAULTS}${spec.styles ?? BASIC_STYLES}`,
    files,
  });
  return readDocxForCheck(bytes);
}

/** A required clearance of a fixture's section, in the state a test needs ('cleared': for its text as it is). */
export interface ClearanceSpec {
  readonly role: ClearanceRole;
  readonly state: ClearanceStateKind;
  /** The section it is of (1-based; default 1). */
  readonly section?: number;
  readonly personName?: string;
}

export async function clearanceRecords(bundle: PaperBundle, specs: readonly ClearanceSpec[]): Promise<Clearance[]> {
  const out: Clearance[] = [];
  for (const [i, c] of specs.entries()) {
    const section = bundle.sections[(c.section ?? 1) - 1];
    if (!section) throw new Error(`The fixture has no section ${c.section ?? 1}`);
    const by = c.personName ?? 'Jane Smith';
    const signOff =
      c.state === 'cleared' || c.state === 'changed'
        ? {
            by,
            role: 'Chief Finance Officer',
            at: '2017-11-27T10:00:00.000Z',
            how: 'email' as const,
            recordedBy: 'test',
            note: '',
            textHash: c.state === 'cleared' ? await sectionTextHash(section) : 'f'.repeat(64),
          }
        : null;
    out.push({
      ...meta(`cl${i + 1}`),
      paperId: bundle.paper.id,
      sectionId: section.id,
      role: c.role,
      personId: null,
      personName: by,
      askedAt: c.state === 'not-asked' ? null : '2017-11-24T09:00:00.000Z',
      signOff,
      history: [],
    });
  }
  return out;
}
