// The body of a returned file (or one footnote), paragraph by paragraph: each paragraph's text as
// the reviewer had it (deletions in, insertions out) and as it reads with every change made, its
// tracked changes (w:ins, w:del, w:moveFrom, w:moveTo), formatting-only changes (w:rPrChange on a
// run, w:pPrChange on the paragraph), a tracked paragraph mark (w:ins / w:del in w:pPr/w:rPr), and
// where each comment is anchored. read-returned.ts turns this into items; paragraph-revisions.ts
// reads whole inserted and deleted paragraphs out of it.
import type { XmlElement } from '../ooxml/xml';
import { attr, children, isElement } from '../ooxml/xml';
import { WordImportRefused } from '../word-import/open';
import type { FormatMark, FormattingChange, ReviewItemKind } from './model';
import { REVIEW_LIMITS } from './model';

export interface BodyChange {
  kind: ReviewItemKind;
  author: string;
  date: string;
  text: string;
  offset: number;
  paragraph: number;
  formatting?: FormattingChange;
}

export interface MarkRevision {
  readonly kind: 'ins' | 'del';
  readonly author: string;
  readonly date: string;
}

export interface BodyParagraph {
  /** As the reviewer had it: deletions in, insertions out (the draft's text when nothing was accepted). */
  readonly text: string;
  /** As it reads with every change made: insertions in, deletions out. */
  readonly accepted: string;
  /** Its paragraph mark inserted or deleted (Word's w:pPr/w:rPr/w:ins or w:del). */
  readonly mark: MarkRevision | null;
}

export interface CommentAnchor {
  paragraph: number;
  offset: number;
  quote: string;
  seq: number;
}

export class TooManyItems extends Error {}

const CHANGE: Readonly<Record<string, ReviewItemKind>> = { 'w:ins': 'insertion', 'w:del': 'deletion', 'w:moveFrom': 'moveFrom', 'w:moveTo': 'moveTo' };
const REMOVES = new Set<ReviewItemKind>(['deletion', 'moveFrom']);
/** Containers whose children are walked as part of the paragraph. */
const INLINE_CONTAINERS = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:bdo', 'w:dir']);
const BLOCK_CONTAINERS = new Set(['w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:del']);

const MARKS: readonly [FormatMark, string][] = [
  ['bold', 'w:b'],
  ['italic', 'w:i'],
  ['underline', 'w:u'],
];
/** Run properties our papers do not hold, named for the author; the complex-script twins of bold and italic are not told. */
const OTHER_FORMAT: Readonly<Record<string, string>> = {
  'w:sz': 'font size',
  'w:szCs': 'font size',
  'w:rFonts': 'font',
  'w:color': 'font colour',
  'w:highlight': 'highlight',
  'w:shd': 'shading',
  'w:strike': 'strikethrough',
  'w:dstrike': 'strikethrough',
  'w:vertAlign': 'superscript or subscript',
  'w:caps': 'capitals',
  'w:smallCaps': 'capitals',
  'w:rStyle': 'character style',
};
const IGNORED_FORMAT = new Set(['w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:u', 'w:rPrChange', 'w:lang', 'w:noProof', 'w:ins', 'w:del']);

function isOn(rPr: XmlElement | undefined, name: string): boolean {
  const el = rPr ? children(rPr, name)[0] : undefined;
  if (!el) return false;
  const v = attr(el, 'w:val');
  if (name === 'w:u') return v !== 'none';
  return v !== '0' && v !== 'false' && v !== 'off';
}

const signatureOf = (el: XmlElement) =>
  `${el.name}(${Object.entries(el.attrs)
    .sort()
    .map(([k, v]) => `${k}=${v}`)
    .join(',')})`;

/** What a run's formatting change did: bold/italic/underline added or removed, and other properties changed. */
export function formattingChange(now: XmlElement | undefined, before: XmlElement | undefined): FormattingChange {
  const added: FormatMark[] = [];
  const removed: FormatMark[] = [];
  for (const [mark, name] of MARKS) {
    const a = isOn(before, name);
    const b = isOn(now, name);
    if (!a && b) added.push(mark);
    if (a && !b) removed.push(mark);
  }
  const props = (rPr: XmlElement | undefined) =>
    new Map((rPr ? children(rPr) : []).filter((c) => !IGNORED_FORMAT.has(c.name)).map((c) => [c.name, signatureOf(c)]));
  const x = props(before);
  const y = props(now);
  const other = new Set<string>();
  for (const name of new Set([...x.keys(), ...y.keys()])) if (x.get(name) !== y.get(name)) other.add(OTHER_FORMAT[name] ?? 'other formatting');
  return { added, removed, other: [...other] };
}

const sameFormatting = (a: FormattingChange | undefined, b: FormattingChange | undefined) => JSON.stringify(a) === JSON.stringify(b);

const textOf = (el: XmlElement) => el.children.filter((x): x is string => typeof x === 'string').join('');

/** Reads the paragraphs (tables' cells too) of `root`, their changes, and where each comment is anchored. */
export function readBody(root: XmlElement, counter: { total: number } = { total: 0 }) {
  const paragraphs: BodyParagraph[] = [];
  const changes: BodyChange[] = [];
  const anchors = new Map<string, CommentAnchor>();
  // The comment ranges open at this point of the text (each collects the text it marks).
  const open = new Set<{ quote: string }>();

  const count = () => {
    if (++counter.total > REVIEW_LIMITS.itemsPerFile) throw new TooManyItems();
  };

  const paragraph = (p: XmlElement) => {
    const index = paragraphs.length;
    let text = '';
    let accepted = '';
    let mark: MarkRevision | null = null;
    const mine: BodyChange[] = [];
    const add = (s: string, change: BodyChange | null) => {
      if (change) change.text += s;
      if (!change || REMOVES.has(change.kind)) {
        text += s;
        for (const a of open) a.quote += s;
      }
      if (!change || !REMOVES.has(change.kind)) accepted += s;
    };
    const anchorAt = (id: string | undefined) => {
      if (id !== undefined && !anchors.has(id)) anchors.set(id, { paragraph: index, offset: text.length, quote: '', seq: anchors.size });
    };
    const run = (r: XmlElement, change: BodyChange | null) => {
      // A formatting-only change of text that is neither inserted nor deleted.
      const rPr = children(r, 'w:rPr')[0];
      const rPrChange = rPr ? children(rPr, 'w:rPrChange')[0] : undefined;
      const format: BodyChange | null =
        rPrChange && !change
          ? {
              kind: 'formatting',
              author: attr(rPrChange, 'w:author') ?? '',
              date: attr(rPrChange, 'w:date') ?? '',
              text: '',
              offset: text.length,
              paragraph: index,
              formatting: formattingChange(rPr, children(rPrChange, 'w:rPr')[0]),
            }
          : null;
      for (const c of children(r)) {
        if (c.name === 'w:t' || c.name === 'w:delText') add(textOf(c), change ?? format);
        else if (c.name === 'w:tab') add('\t', change ?? format);
        else if (c.name === 'w:br' || c.name === 'w:cr') add('\n', change ?? format);
        else if (c.name === 'w:noBreakHyphen') add('-', change ?? format);
        else if (c.name === 'w:commentReference') anchorAt(attr(c, 'w:id'));
      }
      // add() leaves a formatted run's text out of the paragraph's text (it is not a removal): put it in.
      if (format?.text) {
        text += format.text;
        accepted += format.text;
        for (const a of open) a.quote += format.text;
        mine.push(format);
      }
    };
    const walk = (el: XmlElement, change: BodyChange | null) => {
      for (const c of el.children) {
        if (!isElement(c)) continue;
        const kind = CHANGE[c.name];
        if (kind) {
          const ch: BodyChange = { kind, author: attr(c, 'w:author') ?? '', date: attr(c, 'w:date') ?? '', text: '', offset: text.length, paragraph: index };
          walk(c, ch);
          if (ch.text) mine.push(ch);
        } else if (c.name === 'w:r') run(c, change);
        else if (c.name === 'w:pPr') {
          const markRPr = children(c, 'w:rPr')[0];
          for (const m of markRPr ? children(markRPr) : [])
            if (m.name === 'w:ins' || m.name === 'w:del')
              mark = { kind: m.name === 'w:ins' ? 'ins' : 'del', author: attr(m, 'w:author') ?? '', date: attr(m, 'w:date') ?? '' };
          const pPrChange = children(c, 'w:pPrChange')[0];
          if (pPrChange)
            mine.push({
              kind: 'formatting',
              author: attr(pPrChange, 'w:author') ?? '',
              date: attr(pPrChange, 'w:date') ?? '',
              text: '',
              offset: 0,
              paragraph: index,
              formatting: { added: [], removed: [], other: ['paragraph formatting'] },
            });
        } else if (c.name === 'w:commentRangeStart') {
          const id = attr(c, 'w:id');
          if (id !== undefined && !anchors.has(id)) {
            const a = { paragraph: index, offset: text.length, quote: '', seq: anchors.size };
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
    paragraphs.push({ text, accepted, mark });
    // A paragraph's formatting change covers the whole paragraph: its text is the paragraph's.
    for (const ch of mine) if (ch.kind === 'formatting' && ch.formatting?.other[0] === 'paragraph formatting' && !ch.text) ch.text = text;
    // Adjacent pieces of one reviewer's change (Word splits a change at every formatting run) are one change.
    for (const ch of mine) {
      const prev = changes.at(-1);
      const prevEnd = prev ? prev.offset + (REMOVES.has(prev.kind) || prev.kind === 'formatting' ? prev.text.length : 0) : -1;
      if (
        prev &&
        prev.paragraph === index &&
        prev.kind === ch.kind &&
        prev.author === ch.author &&
        prevEnd === ch.offset &&
        sameFormatting(prev.formatting, ch.formatting)
      )
        prev.text += ch.text;
      else {
        count();
        changes.push(ch);
      }
    }
  };

  const block = (el: XmlElement) => {
    for (const c of children(el)) {
      if (c.name === 'w:p') paragraph(c);
      else if (BLOCK_CONTAINERS.has(c.name)) block(c);
    }
    if (paragraphs.length > 50_000) throw new WordImportRefused('The file has more than 50,000 paragraphs, more than a paper can hold.');
  };
  block(root);
  return { paragraphs, changes, anchors };
}
