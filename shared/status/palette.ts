// The one status palette: how each status looks and prints, across delivery plans, measures and any
// later band (grades, clearance states), in the app and in Word. A status always carries a letter and a
// symbol as well as its colour, so it survives black-and-white print and colour blindness.

/** How a status is drawn: the letter and symbol printed with it, its fill and a text colour readable on it. */
export interface StatusStyle {
  readonly letter: string;
  readonly symbol: string;
  readonly fill: string;
  readonly text: string;
}

/** A status as printed: its style and its name ("Green"). BlockContent's status cells carry this shape. */
export interface StatusMark extends StatusStyle {
  readonly label: string;
}

/**
 * Fills are Word's own "Standard Colors" so an author editing the .docx finds them in the palette.
 * Symbols are distinct outlines (circle, square, triangle, star, hollow circle) so they differ with
 * colour gone; Red is ● because the reference paper already prints Red as ● (its footnote c).
 * ■ ▲ ● ○ × are in Arial/WGL4; ★ is not, and falls back to Segoe UI Symbol / DejaVu Sans.
 * Contrast of text on fill is in the comments (at least 4.5:1, checked in tests).
 */
export const PALETTE = {
  blue: { letter: 'B', symbol: '★', fill: '#0070C0', text: '#FFFFFF' }, // 5.15:1
  green: { letter: 'G', symbol: '■', fill: '#00B050', text: '#000000' }, // 7.33:1
  amber: { letter: 'A', symbol: '▲', fill: '#FFC000', text: '#000000' }, // 12.79:1
  red: { letter: 'R', symbol: '●', fill: '#C00000', text: '#FFFFFF' }, // 6.48:1
  white: { letter: 'NS', symbol: '○', fill: '#FFFFFF', text: '#000000' }, // 21:1
  /** No longer measured: light grey; × is in every font, unlike ✕. */
  grey: { letter: 'NLM', symbol: '×', fill: '#D9D9D9', text: '#000000' }, // 14.88:1
  /** Not rated: nothing to shade. */
  none: { letter: '–', symbol: '–', fill: '#FFFFFF', text: '#000000' }, // 21:1
} as const satisfies Record<string, StatusStyle>;
