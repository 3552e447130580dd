import { footnotesOf } from '../richtext/model';
import type { RichDoc, TextNode } from '../richtext/model';
import { footnoteLines } from '../richtext/footnote';
import { footnoteMark } from './numbering';
import type { PaperBundle } from './model';
import { footnoteStyleOf } from '../house-style/house-style';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';

type FootnoteSource = Pick<PaperBundle, 'paper' | 'sections' | 'appendices' | 'style'>;

/** All footnotes with their marks in reading order (sections, then appendices), as Word numbers them. */
export interface PaperFootnote {
  readonly id: string;
  readonly mark: string;
  /** Plain text, lines joined by "\n". */
  readonly text: string;
  /** The note's lines with their formatting and links, as Word prints them. */
  readonly lines: readonly (readonly TextNode[])[];
}

type Note = Omit<PaperFootnote, 'mark'>;
// Bodies are never changed in place (a save stores a new one), so a body's notes are found once: after a
// save of one section the paper's footnotes are worked out again without walking the other sections.
const notesOfBody = new WeakMap<RichDoc, readonly Note[]>();
function notesOf(body: RichDoc): readonly Note[] {
  let notes = notesOfBody.get(body);
  if (!notes) {
    notes = footnotesOf(body).map((f) => ({ id: f.attrs.id, text: f.attrs.text, lines: footnoteLines(f.attrs) }));
    notesOfBody.set(body, notes);
  }
  return notes;
}

export function paperFootnotes(bundle: FootnoteSource): PaperFootnote[] {
  const out: PaperFootnote[] = [];
  const style = footnoteStyleOf(bundle.paper, bundle.style ?? DEFAULT_HOUSE_STYLE);
  for (const body of [...bundle.sections.map((s) => s.body), ...bundle.appendices.map((a) => a.body)])
    for (const n of notesOf(body)) out.push({ ...n, mark: footnoteMark(out.length, style) });
  return out;
}

/** Footnote id → mark, for the editor's labels. */
export function footnoteMarks(bundle: FootnoteSource): Map<string, string> {
  return new Map(paperFootnotes(bundle).map((f) => [f.id, f.mark]));
}
