// The default status key for delivery plans, and the RAGB palette shared with performance measures
// so the same colour always looks, and prints, the same across the app and the Word export.
import { MIN_TEXT_CONTRAST, contrastRatio, isHexColour } from './colour';
import type { StatusDefinition, StatusKey } from './model';

export interface StatusStyle {
  readonly letter: string;
  readonly symbol: string;
  readonly fill: string;
  readonly text: string;
}

/**
 * Fills are Word's own "Standard Colors" so an author editing the .docx finds them in the palette.
 * Symbols are distinct outlines (circle, square, triangle, star, hollow circle) so they differ with
 * colour gone; Red is ● because the reference paper already prints Red as ● (its footnote c).
 * ■ ▲ ● ○ are in Arial/WGL4; ★ is not, and falls back to Segoe UI Symbol / DejaVu Sans.
 */
export const PALETTE = {
  blue: { letter: 'B', symbol: '★', fill: '#0070C0', text: '#FFFFFF' }, // 5.15:1
  green: { letter: 'G', symbol: '■', fill: '#00B050', text: '#000000' }, // 7.33:1
  amber: { letter: 'A', symbol: '▲', fill: '#FFC000', text: '#000000' }, // 12.79:1
  red: { letter: 'R', symbol: '●', fill: '#C00000', text: '#FFFFFF' }, // 6.48:1
  white: { letter: 'NS', symbol: '○', fill: '#FFFFFF', text: '#000000' }, // 21:1
} as const satisfies Record<string, StatusStyle>;

/** The meanings are the reference key's own words (Appendix A, Theme 6 update). */
export const DEFAULT_STATUSES = {
  blue: { id: 'blue', label: 'Blue', meaning: 'Complete', requiresNarrative: false, ...PALETTE.blue },
  green: { id: 'green', label: 'Green', meaning: 'Achieved or Adequate Progress being Made', requiresNarrative: false, ...PALETTE.green },
  amber: {
    id: 'amber',
    label: 'Amber',
    meaning: "Started but Inadequate Progress or Risk that it won't be achieved",
    requiresNarrative: true,
    ...PALETTE.amber,
  },
  red: { id: 'red', label: 'Red', meaning: "Unachieved or likely that it won't be achieved", requiresNarrative: true, ...PALETTE.red },
  notStarted: {
    id: 'notStarted',
    label: 'White (NS)',
    meaning: 'Not Started but Planned to take place during later Qrt',
    requiresNarrative: false,
    ...PALETTE.white,
  },
} as const satisfies Record<string, StatusDefinition>;

/**
 * The default key in the reference's order (Green, Amber, Red, White (NS)). Blue "Complete" is optional
 * and, when used, printed first: best to worst, as the RAGB measures table runs.
 */
export function defaultStatusKey(options: { includeBlue?: boolean } = {}): StatusKey {
  const { blue, green, amber, red, notStarted } = DEFAULT_STATUSES;
  return { statuses: options.includeBlue ? [blue, green, amber, red, notStarted] : [green, amber, red, notStarted] };
}

export function statusById(key: StatusKey, id: string | null | undefined): StatusDefinition | undefined {
  return id == null ? undefined : key.statuses.find((s) => s.id === id);
}

/** What is wrong with a (user-edited) status key, as messages; empty when it is usable. */
export function statusKeyProblems(key: StatusKey): string[] {
  const problems: string[] = [];
  if (key.statuses.length === 0) problems.push('The status key needs at least one status.');
  const seen = { id: new Set<string>(), letter: new Set<string>(), symbol: new Set<string>() };
  for (const s of key.statuses) {
    const name = s.label.trim() || s.id;
    if (s.id.trim() === '') problems.push('Every status needs an id.');
    if (s.label.trim() === '') problems.push(`Status "${s.id}" needs a label.`);
    if (s.letter.trim() === '') problems.push(`${name} needs a letter so it reads in black and white.`);
    for (const field of ['id', 'letter', 'symbol'] as const) {
      const value = s[field].trim();
      if (value === '') continue;
      if (seen[field].has(value)) problems.push(`More than one status uses the ${field} "${value}".`);
      seen[field].add(value);
    }
    if (!isHexColour(s.fill) || !isHexColour(s.text)) {
      problems.push(`${name} needs colours written as #RRGGBB.`);
    } else if (contrastRatio(s.fill, s.text) < MIN_TEXT_CONTRAST) {
      problems.push(`${name}: the text colour is hard to read on its shading (contrast ${contrastRatio(s.fill, s.text).toFixed(2)}:1, needs ${MIN_TEXT_CONTRAST}:1).`);
    }
  }
  return problems;
}
