// The text a reader meets, as one list of units (a paragraph, a heading, a list item, a table cell,
// a footnote), walked from the paper model or from a Word file's OOXML. Rules about wording (long
// sentences, reading age, link text, acronyms …) run on these, so the panel and a check of any .docx
// say the same thing about the same words.
import type { Location } from './model';

export type UnitKind = 'title' | 'heading' | 'subheading' | 'paragraph' | 'listItem' | 'cell' | 'footnote';

export interface LinkInText {
  readonly text: string;
  readonly href: string;
}

export interface TextUnit {
  readonly kind: UnitKind;
  readonly text: string;
  readonly location: Location;
  /** Every letter of the text is bold (an "imposter" heading when it is also short). */
  readonly allBold: boolean;
  readonly links: readonly LinkInText[];
  /** Numbered or bulleted by real list formatting (so a typed "1." is not needed). */
  readonly inList: boolean;
}

/** A short excerpt for a location: the first words, at most `max` characters. */
export function excerptOf(text: string, max = 60): string {
  const t = text
    .slice(0, max * 3)
    .replace(/\s+/g, ' ')
    .trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** A location moved to a character offset inside its unit, with the words there as the excerpt. */
export function at(location: Location, offset: number, words: string): Location {
  return { ...location, ...(location.blockIndex !== undefined ? { offset } : {}), excerpt: excerptOf(words) };
}
