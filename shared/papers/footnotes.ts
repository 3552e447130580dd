import { footnotesOf } from '../richtext/model';
import type { TextNode } from '../richtext/model';
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

export function paperFootnotes(bundle: FootnoteSource): PaperFootnote[] {
  const out: PaperFootnote[] = [];
  for (const body of [...bundle.sections.map((s) => s.body), ...bundle.appendices.map((a) => a.body)]) {
    for (const f of footnotesOf(body))
      out.push({
        id: f.attrs.id,
        mark: footnoteMark(out.length, footnoteStyleOf(bundle.paper, bundle.style ?? DEFAULT_HOUSE_STYLE)),
        text: f.attrs.text,
        lines: footnoteLines(f.attrs),
      });
  }
  return out;
}

/** Footnote id → mark, for the editor's labels. */
export function footnoteMarks(bundle: FootnoteSource): Map<string, string> {
  return new Map(paperFootnotes(bundle).map((f) => [f.id, f.mark]));
}
