// Reading a returned review copy (the body through read-body.ts): the comments (word/comments.xml, with replies and the resolved
// state from commentsExtended.xml where present) and tracked changes (w:ins, w:del, w:moveFrom,
// w:moveTo with author and date) of a .docx, each with the text of its paragraph as the reviewer had
// it (deletions in, insertions out) — the anchor match.ts uses. Read through shared/ooxml (zip
// against an inflate budget, saxes), never regular expressions. Untrusted input: everything is
// bounded, and a file past the limits is refused with one sentence.
import { PackageProblem } from '../ooxml/package';
import type { XmlElement } from '../ooxml/xml';
import { attr, children, descendants } from '../ooxml/xml';
import { xmlSafe } from '../text/xml-safe';
import { openWordPackage, WordImportRefused } from '../word-import/open';
import type { FormattingChange, ReviewItemKind } from './model';
import { REVIEW_LIMITS, REVIEW_PROPERTY } from './model';
import { paragraphRevisions } from './paragraph-revisions';
import type { BodyChange } from './read-body';
import { readBody, TooManyItems } from './read-body';

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
  readonly followingText?: string;
  readonly formatting?: FormattingChange;
  /** A comment in a footnote (its paragraphText is the footnote's text). */
  readonly inFootnote?: boolean;
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

const TOO_MANY = `The file holds more than ${REVIEW_LIMITS.itemsPerFile.toLocaleString('en-GB')} comments and tracked changes, more than can be taken in at once. Nothing was taken in: ask the reviewer to accept or remove some, or split the review.`;

/**
 * Where comments in footnotes are anchored: each footnote's text (its paragraphs joined by line
 * breaks, as the paper stores a note), and the comment's place in it.
 */
async function footnoteAnchors(
  pkg: Awaited<ReturnType<typeof openWordPackage>>['pkg'],
  part: string,
  counter: { total: number },
): Promise<{ anchors: Map<string, { text: string; offset: number; quote: string; seq: number }>; changes: number }> {
  const out = new Map<string, { text: string; offset: number; quote: string; seq: number }>();
  const root = await pkg.xml(part);
  let changes = 0;
  for (const fn of root ? children(root, 'w:footnote') : []) {
    const type = attr(fn, 'w:type');
    if (type && type !== 'normal') continue;
    const read = readBody(fn, counter);
    changes += read.changes.length;
    const joined = read.paragraphs.map((p) => p.text).join('\n');
    const lead = joined.length - joined.trimStart().length;
    const text = joined.trim();
    const starts: number[] = [];
    read.paragraphs.reduce((at, p) => (starts.push(at), at + p.text.length + 1), 0);
    for (const [id, a] of read.anchors)
      out.set(id, { text, offset: Math.max(0, Math.min(text.length, (starts[a.paragraph] ?? 0) + a.offset - lead)), quote: a.quote, seq: a.seq });
  }
  return { anchors: out, changes };
}

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
        .flatMap((r) =>
          children(r).map((x) =>
            x.name === 'w:t'
              ? x.children.filter((s): s is string => typeof s === 'string').join('')
              : x.name === 'w:tab'
                ? '\t'
                : x.name === 'w:br'
                  ? '\n'
                  : '',
          ),
        )
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
    const counter = { total: 0 };
    const { paragraphs, changes: textChanges, anchors } = readBody(body, counter);
    const { revisions, replaced } = paragraphRevisions(paragraphs, textChanges);
    // A whole paragraph inserted or deleted is one item, not its runs' changes as well.
    const changes: (BodyChange & { anchorText?: string; followingText?: string })[] = [
      ...textChanges.filter((c) => !(replaced.has(c.paragraph) && (c.kind === 'insertion' || c.kind === 'deletion'))),
      ...revisions,
    ];
    const rels = await pkg.relationships(main);
    const relOf = (suffix: string) => [...rels.values()].find((r) => !r.external && r.type.endsWith(suffix))?.target;
    const commentsXml = await pkg.xml(relOf('/comments') ?? 'word/comments.xml');
    const extendedXml = await pkg.xml(relOf('/commentsExtended') ?? 'word/commentsExtended.xml');
    const comments = commentsXml ? children(commentsXml, 'w:comment') : [];
    if (comments.length + changes.length > REVIEW_LIMITS.itemsPerFile) return { ok: false, error: TOO_MANY };
    const footnotes = await footnoteAnchors(pkg, relOf('/footnotes') ?? 'word/footnotes.xml', counter);
    if (footnotes.changes > 0) notes.push('Tracked changes inside footnotes were not taken in: make them by hand if they still apply.');

    const ext = new Map<string, { parent: string | null; done: boolean }>();
    for (const e of extendedXml ? children(extendedXml, 'w15:commentEx') : []) {
      const id = attr(e, 'w15:paraId');
      if (id)
        ext.set(id.toUpperCase(), {
          parent: attr(e, 'w15:paraIdParent')?.toUpperCase() ?? null,
          done: attr(e, 'w15:done') === '1' || attr(e, 'w15:done') === 'true',
        });
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
    const para = (i: number) => clean(paragraphs[i]?.text ?? '', REVIEW_LIMITS.paragraphChars, notes, `The text of paragraph ${i + 1}`);
    for (const r of read) {
      const a = anchors.get(r.id);
      const f = a ? undefined : footnotes.anchors.get(r.id);
      const e = r.paraId ? ext.get(r.paraId) : undefined;
      const parentId = e?.parent ? (byParaId.get(e.parent) ?? null) : null;
      const paragraphText = a ? para(a.paragraph) : f ? clean(f.text, REVIEW_LIMITS.paragraphChars, notes, 'A footnote’s text') : '';
      seq.set(`c${r.id}`, a?.seq ?? (f ? 1_000_000 + f.seq : Number.MAX_SAFE_INTEGER));
      items.push({
        key: `c${r.id}`,
        parentKey: parentId !== null && parentId !== r.id ? `c${parentId}` : null,
        kind: 'comment',
        author: clean(attr(r.c, 'w:author') ?? '', 200, notes, 'A reviewer’s name'),
        date: clean(attr(r.c, 'w:date') ?? '', 40, notes, 'A comment’s date'),
        text: clean(r.text, REVIEW_LIMITS.commentChars, notes, `Comment ${r.id}`),
        quote: clean((a ?? f)?.quote ?? '', REVIEW_LIMITS.paragraphChars, notes, `The text comment ${r.id} marks`),
        paragraphText,
        offset: Math.min((a ?? f)?.offset ?? 0, paragraphText.length),
        paragraphIndex: a?.paragraph ?? 0,
        done: e?.done ?? false,
        ...(f ? { inFootnote: true } : {}),
      });
    }
    changes.forEach((ch, i) => {
      const paragraphText =
        ch.anchorText !== undefined
          ? clean(ch.anchorText, REVIEW_LIMITS.paragraphChars, notes, `The text of paragraph ${ch.paragraph + 1}`)
          : para(ch.paragraph);
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
        ...(ch.followingText !== undefined
          ? { followingText: clean(ch.followingText, REVIEW_LIMITS.paragraphChars, notes, `The text of paragraph ${ch.paragraph + 2}`) }
          : {}),
        ...(ch.formatting ? { formatting: ch.formatting } : {}),
      });
    });
    // Reading order: by paragraph, then place in it (a reply after the comment it answers).
    items.sort(
      (x, y) =>
        x.paragraphIndex - y.paragraphIndex ||
        x.offset - y.offset ||
        Number(x.parentKey !== null) - Number(y.parentKey !== null) ||
        (seq.get(x.key) ?? 0) - (seq.get(y.key) ?? 0),
    );
    const props = await customProperties(pkg);
    return {
      ok: true,
      file: {
        paperId: props.get(REVIEW_PROPERTY.paperId) ?? null,
        draftHash: props.get(REVIEW_PROPERTY.draftHash) ?? null,
        requestId: props.get(REVIEW_PROPERTY.requestId) ?? null,
        paragraphs: paragraphs.map((p) => p.text),
        items,
        notes: [...new Set(notes)],
      },
    };
  } catch (e) {
    if (e instanceof TooManyItems) return { ok: false, error: TOO_MANY };
    if (e instanceof WordImportRefused || e instanceof PackageProblem) return { ok: false, error: e.message };
    throw e;
  }
}
