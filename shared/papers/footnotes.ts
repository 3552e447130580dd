import { footnotesOf } from '../richtext/model';
import { footnoteMark } from './numbering';
import type { PaperBundle } from './model';

type FootnoteSource = Pick<PaperBundle, 'paper' | 'sections' | 'appendices'>;

/** All footnotes with their marks in reading order (sections, then appendices), as Word numbers them. */
export function paperFootnotes(bundle: FootnoteSource): { id: string; mark: string; text: string }[] {
  const out: { id: string; mark: string; text: string }[] = [];
  for (const body of [...bundle.sections.map((s) => s.body), ...bundle.appendices.map((a) => a.body)]) {
    for (const f of footnotesOf(body)) out.push({ id: f.attrs.id, mark: footnoteMark(out.length, bundle.paper.footnoteStyle), text: f.attrs.text });
  }
  return out;
}

/** Footnote id → mark, for the editor's labels. */
export function footnoteMarks(bundle: FootnoteSource): Map<string, string> {
  return new Map(paperFootnotes(bundle).map((f) => [f.id, f.mark]));
}
