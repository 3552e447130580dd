// Reading a returned review copy: the comments (word/comments.xml, with replies and the resolved
// state from commentsExtended.xml where present) and tracked changes (w:ins, w:del, w:moveFrom,
// w:moveTo with author and date) of a .docx, each with the text of its paragraph as the reviewer had
// it (deletions in, insertions out) — the anchor match.ts uses. Read through shared/ooxml (zip
// against an inflate budget, saxes), never regular expressions. Untrusted input: everything is
// bounded, and a file past the limits is refused with one sentence.
import { PackageProblem } from '../ooxml/package';
import type { XmlElement } from '../ooxml/xml';
import { attr, children, descendants, isElement } from '../ooxml/xml';
import { xmlSafe } from '../text/xml-safe';
import { openWordPackage, WordImportRefused } from '../word-import/open';
import type { ReviewItemKind } from './model';
import { REVIEW_LIMITS, REVIEW_PROPERTY } from './model';

/** An item as read, before it becomes a record: `key` and `parentKey` link a reply to its comment. */
export interface ReturnedItem {
  readonly key: string;
  readonly parentKey: string | null;
  readonly kind: ReviewItemKind;
  readonly author: string;
  readonly date: string;
  readonly text: string;
  readonly quote: string;
  readonly paragraphText: string;
  readonly offset: number;
  readonly paragraphIndex: number;
  /** Resolved in Word (w15:done). */
  readonly done: boolean;
}

export interface ReturnedFile {
  /** The review copy's own marks, when the reviewer's Word kept them. */
  readonly paperId: string | null;
  readonly draftHash: string | null;
  readonly requestId: string | null;
  /** Every paragraph's text as the reviewer had it, in order (for "is this the same paper?"). */
  readonly paragraphs: readonly string[];
  readonly items: readonly ReturnedItem[];
  /** Things shortened or left out, for the author. */
  readonly notes: readonly string[];
}

export type ReadResult = { readonly ok: true; readonly file: ReturnedFile } | { readonly ok: false; readonly error: string };

const clean = (s: string, max: number, notes: string[], what: string): string => {
  const t = xmlSafe(s);
  if (t.length <= max) return t;
  notes.push(`${what} was longer than ${max.toLocaleString('en-GB')} characters and was shortened.`);
  return `${t.slice(0, max - 1)}…`;
};

interface OpenChange {
  kind: ReviewItemKind;
  author: string;
  date: string;
  text: string;
  offset: number;
}

interface ParagraphBuild {
  text: string;
  changes: OpenChange[];
}

const CHANGE: Readonly<Record<string, ReviewItemKind>> = { 'w:ins': 'insertion', 'w:del': 'deletion', 'w:moveFrom': 'moveFrom', 'w:moveTo': 'moveTo' };
const REMOVES = new Set<ReviewItemKind>(['deletion', 'moveFrom']);
/** Containers whose children are walked as part of the paragraph. */
const INLINE_CONTAINERS = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:bdo', 'w:dir']);

/** Reads the body: paragraphs (tables' cells too), tracked changes, and where each comment is anchored. */
function readBody(body: XmlElement, notes: string[]) {
  const paragraphs: string[] = [];
  const changes: (OpenChange & { paragraph: number })[] = [];
  const anchors = new Map<string, { paragraph: number; offset: number; quote: string; seq: number }>();
  // The comment ranges open at this point of the text (each collects the text it marks).
  const open = new Set<{ quote: string }>();
  let total = 0;

  const paragraph = (p: XmlElement) => {
    const index = paragraphs.length;
    const build: ParagraphBuild = { text: '', changes: [] };
    const add = (s: string, change: OpenChange | null) => {
      if (change) change.text += s;
      if (!change || REMOVES.has(change.kind)) {
        build.text += s;
        for (const a of open) a.quote += s;
      }
    };
    const run = (r: XmlElement, change: OpenChange | null) => {
      for (const c of children(r)) {
        if (c.name === 'w:t' || c.name === 'w:delText') add(c.children.filter((x): x is string => typeof x === 'string').join(''), change);
        else if (c.name === 'w:tab') add('\t', change);
        else if (c.name === 'w:br' || c.name === 'w:cr') add('\n', change);
        else if (c.name === 'w:noBreakHyphen') add('-', change);
        else if (c.name === 'w:commentReference') anchorAt(attr(c, 'w:id'));
      }
    };
    const anchorAt = (id: string | undefined) => {
      if (id !== undefined && !anchors.has(id)) anchors.set(id, { paragraph: index, offset: build.text.length, quote: '', seq: anchors.size });
    };
    const walk = (el: XmlElement, change: OpenChange | null) => {
      for (const c of el.children) {
        if (!isElement(c)) continue;
        const kind = CHANGE[c.name];
        if (kind) {
          const ch: OpenChange = { kind, author: attr(c, 'w:author') ?? '', date: attr(c, 'w:date') ?? '', text: '', offset: build.text.length };
          walk(c, ch);
          if (ch.text) build.changes.push(ch);
        } else if (c.name === 'w:r') run(c, change);
        else if (c.name === 'w:commentRangeStart') {
          const id = attr(c, 'w:id');
          if (id !== undefined && !anchors.has(id)) {
            const a = { paragraph: index, offset: build.text.length, quote: '', seq: anchors.size };
            anchors.set(id, a);
            open.add(a);
          }
        } else if (c.name === 'w:commentRangeEnd') {
          const a = anchors.get(attr(c, 'w:id') ?? '');
          if (a) open.delete(a);
        } else if (INLINE_CONTAINERS.has(c.name)) walk(c, change);
      }
    };
    walk(p, null);
    paragraphs.push(build.text);
    // Adjacent pieces of one reviewer's change (Word splits a change at every formatting run) are one change.
    for (const ch of build.changes) {
      const prev = changes.at(-1);
      const prevEnd = prev ? prev.offset + (REMOVES.has(prev.kind) ? prev.text.length : 0) : -1;
      if (prev && prev.paragraph === index && prev.kind === ch.kind && prev.author === ch.author && prevEnd === ch.offset) prev.text += ch.text;
      else {
        if (++total > REVIEW_LIMITS.itemsPerFile) throw new TooMany();
        changes.push({ ...ch, paragraph: index });
      }
    }
  };

  const block = (el: XmlElement) => {
    for (const c of children(el)) {
      if (c.name === 'w:p') paragraph(c);
      else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:del') block(c);
    }
    if (paragraphs.length > 50_000) throw new WordImportRefused('The file has more than 50,000 paragraphs, more than a paper can hold.');
  };
  block(body);
  void notes;
  return { paragraphs, changes, anchors };
}

class TooMany extends Error {}

const TOO_MANY = `The file holds more than ${REVIEW_LIMITS.itemsPerFile.toLocaleString('en-GB')} comments and tracked changes, more than can be taken in at once. Nothing was taken in: ask the reviewer to accept or remove some, or split the review.`;

async function customProperties(pkg: Awaited<ReturnType<typeof openWordPackage>>['pkg']): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const part = (await pkg.rootPart('/custom-properties')) ?? 'docProps/custom.xml';
  const root = await pkg.xml(part);
  if (!root) return out;
  for (const p of descendants(root, 'op:property')) {
    const name = attr(p, 'name');
    const value = children(p)[0];
    if (name && value) out.set(name, value.children.filter((x): x is string => typeof x === 'string').join(''));
  }
  return out;
}

/** A comment's text: its paragraphs joined by line breaks; the last paragraph's w14:paraId links replies. */
function commentText(c: XmlElement): { text: string; paraId: string | null } {
  const paras = descendants(c, 'w:p');
  const text = paras
    .map((p) =>
      descendants(p, 'w:r')
        .flatMap((r) => children(r).map((x) => (x.name === 'w:t' ? x.children.filter((s): s is string => typeof s === 'string').join('') : x.name === 'w:tab' ? '\t' : x.name === 'w:br' ? '\n' : '')))
        .join(''),
    )
    .join('\n');
  return { text, paraId: attr(paras.at(-1), 'w14:paraId') ?? null };
}

export async function readReturnedFile(bytes: Uint8Array): Promise<ReadResult> {
  try {
    const { pkg, main } = await openWordPackage(bytes);
    const doc = await pkg.xml(main);
    const body = doc ? children(doc, 'w:body')[0] : undefined;
    if (!body) return { ok: false, error: 'This Word file has no document body.' };
    const notes: string[] = [];
    const { paragraphs, changes, anchors } = readBody(body, notes);
    const rels = await pkg.relationships(main);
    const relOf = (suffix: string) => [...rels.values()].find((r) => !r.external && r.type.endsWith(suffix))?.target;
    const commentsXml = await pkg.xml(relOf('/comments') ?? 'word/comments.xml');
    const extendedXml = await pkg.xml(relOf('/commentsExtended') ?? 'word/commentsExtended.xml');
    const comments = commentsXml ? children(commentsXml, 'w:comment') : [];
    if (comments.length + changes.length > REVIEW_LIMITS.itemsPerFile) return { ok: false, error: TOO_MANY };

    const ext = new Map<string, { parent: string | null; done: boolean }>();
    for (const e of extendedXml ? children(extendedXml, 'w15:commentEx') : []) {
      const id = attr(e, 'w15:paraId');
      if (id) ext.set(id.toUpperCase(), { parent: attr(e, 'w15:paraIdParent')?.toUpperCase() ?? null, done: attr(e, 'w15:done') === '1' || attr(e, 'w15:done') === 'true' });
    }
    const byParaId = new Map<string, string>();
    const read = comments.map((c) => {
      const id = attr(c, 'w:id') ?? '';
      const { text, paraId } = commentText(c);
      if (paraId) byParaId.set(paraId.toUpperCase(), id);
      return { id, c, text, paraId: paraId?.toUpperCase() ?? null };
    });

    const items: ReturnedItem[] = [];
    // Where each item's mark stands in the body, for a stable reading order whatever order the comments part lists them in.
    const seq = new Map<string, number>();
    const para = (i: number) => clean(paragraphs[i] ?? '', REVIEW_LIMITS.paragraphChars, notes, `The text of paragraph ${i + 1}`);
    for (const r of read) {
      const a = anchors.get(r.id);
      const e = r.paraId ? ext.get(r.paraId) : undefined;
      const parentId = e?.parent ? (byParaId.get(e.parent) ?? null) : null;
      const paragraphText = a ? para(a.paragraph) : '';
      seq.set(`c${r.id}`, a?.seq ?? Number.MAX_SAFE_INTEGER);
      items.push({
        key: `c${r.id}`,
        parentKey: parentId !== null && parentId !== r.id ? `c${parentId}` : null,
        kind: 'comment',
        author: clean(attr(r.c, 'w:author') ?? '', 200, notes, 'A reviewer’s name'),
        date: clean(attr(r.c, 'w:date') ?? '', 40, notes, 'A comment’s date'),
        text: clean(r.text, REVIEW_LIMITS.commentChars, notes, `Comment ${r.id}`),
        quote: clean(a?.quote ?? '', REVIEW_LIMITS.paragraphChars, notes, `The text comment ${r.id} marks`),
        paragraphText,
        offset: Math.min(a?.offset ?? 0, paragraphText.length),
        paragraphIndex: a?.paragraph ?? 0,
        done: e?.done ?? false,
      });
    }
    changes.forEach((ch, i) => {
      const paragraphText = para(ch.paragraph);
      items.push({
        key: `t${i}`,
        parentKey: null,
        kind: ch.kind,
        author: clean(ch.author, 200, notes, 'A reviewer’s name'),
        date: clean(ch.date, 40, notes, 'A change’s date'),
        text: clean(ch.text, REVIEW_LIMITS.commentChars, notes, 'A tracked change'),
        quote: '',
        paragraphText,
        offset: Math.min(ch.offset, paragraphText.length),
        paragraphIndex: ch.paragraph,
        done: false,
      });
    });
    // Reading order: by paragraph, then place in it (a reply after the comment it answers).
    items.sort((x, y) => x.paragraphIndex - y.paragraphIndex || x.offset - y.offset || Number(x.parentKey !== null) - Number(y.parentKey !== null) || (seq.get(x.key) ?? 0) - (seq.get(y.key) ?? 0));
    const props = await customProperties(pkg);
    return {
      ok: true,
      file: { paperId: props.get(REVIEW_PROPERTY.paperId) ?? null, draftHash: props.get(REVIEW_PROPERTY.draftHash) ?? null, requestId: props.get(REVIEW_PROPERTY.requestId) ?? null, paragraphs, items, notes: [...new Set(notes)] },
    };
  } catch (e) {
    if (e instanceof TooMany) return { ok: false, error: TOO_MANY };
    if (e instanceof WordImportRefused || e instanceof PackageProblem) return { ok: false, error: e.message };
    throw e;
  }
}
