// Pieces → the paper's inline content: text with bold/italic/underline/link marks (forbidden XML
// characters removed, as for pasted text), line breaks, footnotes (Word's own, or found from
// superscript marks) and, separately, the images the paragraph held (images stand on their own
// between blocks in a paper).
import { footnoteAttrs } from '../richtext/footnote';
import { newId } from '../records/meta';
import type { FootnoteInline, ImageNode, InlineNode, Mark } from '../richtext/model';
import { xmlSafe } from '../text/xml-safe';
import type { PendingNote } from './body';
import type { Piece } from './runs';
import { must } from '../records/must';

export interface NoteText {
  readonly content: FootnoteInline[];
  readonly notes: readonly PendingNote[];
}

export interface InlineEnv {
  readonly footnotes: ReadonlyMap<string, NoteText>;
  readonly endnotes: ReadonlyMap<string, NoteText>;
  /** An image part's node, or why it cannot be kept. */
  readonly image: (relId: string, alt: string) => ImageNode | { readonly reason: string };
  /** Reports against the block being placed. */
  readonly note: (n: PendingNote) => void;
  /** Counts footnotes placed (for the report and the endnote notice). */
  readonly placedNote: (kind: 'footnote' | 'endnote') => void;
}

export interface InlineOptions {
  /** No marks at all (sub-headings and header cells are bold by their style). */
  readonly plain?: boolean;
  /** Footnotes are not kept here (cover-sheet values): their text is reported. */
  readonly noFootnotes?: boolean;
}

const marksOf = (p: Extract<Piece, { t: 'text' }>, plain: boolean): Mark[] => {
  const out: Mark[] = [];
  if (!plain) {
    if (p.bold) out.push({ type: 'bold' });
    if (p.italic) out.push({ type: 'italic' });
    if (p.underline) out.push({ type: 'underline' });
  }
  if (p.href) out.push({ type: 'link', attrs: { href: p.href } });
  return out;
};

export function noteContentOf(pieces: readonly Piece[]): FootnoteInline[] {
  const raw: FootnoteInline[] = [];
  for (const p of pieces) {
    if (p.t === 'text') raw.push({ type: 'text', text: p.text, marks: marksOf(p, false) });
    else if (p.t === 'break') raw.push({ type: 'hardBreak' });
  }
  return raw;
}

export function toInline(pieces: readonly Piece[], env: InlineEnv, options: InlineOptions = {}): { inline: InlineNode[]; images: ImageNode[] } {
  const inline: InlineNode[] = [];
  const images: ImageNode[] = [];
  const pushText = (text: string, marks: Mark[]) => {
    const clean = xmlSafe(text);
    if (!clean) return;
    const last = inline[inline.length - 1];
    if (last && last.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks))
      inline[inline.length - 1] = { ...last, text: last.text + clean };
    else inline.push(marks.length ? { type: 'text', text: clean, marks } : { type: 'text', text: clean });
  };
  const pushNote = (content: unknown) => {
    const attrs = footnoteAttrs(newId(), content);
    if (attrs.text === '') return;
    if (options.noFootnotes) {
      env.note({ kind: 'footnote', what: `a footnote here (“${attrs.text.slice(0, 60)}”) was left out: the cover sheet holds plain text` });
      return;
    }
    inline.push({ type: 'footnote', attrs });
  };
  for (const p of pieces) {
    if (p.t === 'text') pushText(p.text, marksOf(p, options.plain === true));
    else if (p.t === 'break') inline.push({ type: 'hardBreak' });
    else if (p.t === 'inlineNote') {
      pushNote(p.content);
      env.placedNote('footnote');
    } else if (p.t === 'note') {
      const note = (p.kind === 'footnote' ? env.footnotes : env.endnotes).get(p.id);
      if (!note) {
        env.note({ kind: 'footnote', what: `a ${p.kind} reference whose text is missing from the file was left out` });
        continue;
      }
      for (const n of note.notes) env.note({ kind: n.kind, what: `in its footnote, ${n.what}` });
      pushNote(note.content);
      env.placedNote(p.kind);
    } else {
      const img = env.image(p.relId, p.alt);
      if ('reason' in img) env.note({ kind: 'image', what: img.reason });
      else images.push(img);
    }
  }
  // Leading and trailing spaces and breaks print nothing useful.
  while (inline.length && must(inline[inline.length - 1], 'inline[inline.length - 1]').type === 'hardBreak') inline.pop();
  while (inline.length && must(inline[0], 'inline[0]').type === 'hardBreak') inline.shift();
  const first = inline[0];
  if (first && first.type === 'text') {
    const t = first.text.replace(/^[ \t\u00a0]+/, '');
    if (t) inline[0] = { ...first, text: t };
    else inline.shift();
  }
  const last = inline[inline.length - 1];
  if (last && last.type === 'text') {
    const t = last.text.replace(/[ \t\u00a0]+$/, '');
    if (t) inline[inline.length - 1] = { ...last, text: t };
    else inline.pop();
  }
  return { inline, images };
}
