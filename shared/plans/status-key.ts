// The default status key for delivery plans, from the one status palette (shared/status/palette.ts)
// that measures use too, so the same colour always looks, and prints, the same everywhere.
import { MIN_TEXT_CONTRAST, contrastRatio, isHexColour, readableTextOn } from './colour';
import type { StatusDefinition, StatusKey } from './model';
import { PALETTE } from '../status/palette';

export { PALETTE } from '../status/palette';
export type { StatusStyle } from '../status/palette';

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

/** The longest text each field may hold (the backup schema's limits). */
export const STATUS_FIELD_MAX = { label: 100, meaning: 500, letter: 10, symbol: 10 } as const;
export const MAX_STATUSES = 20;

export type StatusField = 'id' | 'label' | 'meaning' | 'letter' | 'symbol' | 'fill' | 'text';

/** One thing wrong with a status key; `index` is the status it is about (null for the whole key). */
export interface StatusKeyIssue {
  readonly index: number | null;
  readonly field: StatusField | null;
  readonly message: string;
}

/** What is wrong with a (user-edited) status key, each tied to its status and field so a form can mark it. */
export function statusKeyIssues(key: StatusKey): StatusKeyIssue[] {
  const issues: StatusKeyIssue[] = [];
  const add = (index: number | null, field: StatusField | null, message: string) => issues.push({ index, field, message });
  if (key.statuses.length === 0) add(null, null, 'The status key needs at least one status.');
  if (key.statuses.length > MAX_STATUSES) add(null, null, `The status key can have at most ${MAX_STATUSES} statuses.`);
  const seen = { id: new Set<string>(), letter: new Set<string>(), symbol: new Set<string>() };
  key.statuses.forEach((s, i) => {
    const name = s.label.trim() || s.id;
    if (s.id.trim() === '') add(i, 'id', 'Every status needs an id.');
    if (s.label.trim() === '') add(i, 'label', `Status "${s.id}" needs a label.`);
    if (s.letter.trim() === '') add(i, 'letter', `${name} needs a letter so it reads in black and white.`);
    for (const field of ['label', 'meaning', 'letter', 'symbol'] as const) {
      const max = STATUS_FIELD_MAX[field];
      if (s[field].length > max) add(i, field, `${name}: the ${field} is too long (at most ${max} characters).`);
    }
    for (const field of ['id', 'letter', 'symbol'] as const) {
      const value = s[field].trim();
      if (value === '') continue;
      if (seen[field].has(value)) add(i, field, `More than one status uses the ${field} "${value}".`);
      seen[field].add(value);
    }
    if (!isHexColour(s.fill) || !isHexColour(s.text)) {
      add(i, isHexColour(s.fill) ? 'text' : 'fill', `${name} needs colours written as #RRGGBB.`);
    } else if (contrastRatio(s.fill, s.text) < MIN_TEXT_CONTRAST) {
      add(
        i,
        'text',
        `${name}: the text colour is hard to read on its shading (contrast ${contrastRatio(s.fill, s.text).toFixed(2)}:1, needs ${MIN_TEXT_CONTRAST}:1).`,
      );
    }
  });
  return issues;
}

/** What is wrong with a (user-edited) status key, as messages; empty when it is usable. */
export function statusKeyProblems(key: StatusKey): string[] {
  return statusKeyIssues(key).map((i) => i.message);
}

/**
 * Shapes offered for a status's symbol: each differs in outline or fill, so they stay apart in black
 * and white. ■ □ ▲ ▼ ● ○ are in Arial (WGL4); ★ ◆ ✚ fall back to a symbol font, as ★ already does.
 */
export const SYMBOL_CHOICES: readonly { readonly symbol: string; readonly name: string }[] = [
  { symbol: '■', name: 'Square' },
  { symbol: '□', name: 'Hollow square' },
  { symbol: '▲', name: 'Triangle' },
  { symbol: '▼', name: 'Down triangle' },
  { symbol: '●', name: 'Circle' },
  { symbol: '○', name: 'Hollow circle' },
  { symbol: '★', name: 'Star' },
  { symbol: '◆', name: 'Diamond' },
  { symbol: '✚', name: 'Cross' },
];

/**
 * The status with a new fill, and its text colour chosen to read on it (black or white, whichever
 * contrasts more; one of them always reaches 4.5:1). A fill that is not #RRGGBB yet is kept as typed
 * so statusKeyProblems can say so; the text colour is left until it is.
 */
export function withFill(status: StatusDefinition, fill: string): StatusDefinition {
  const value = fill.trim();
  if (!isHexColour(value)) return { ...status, fill: value };
  const upper = value.toUpperCase();
  return { ...status, fill: upper, text: readableTextOn(upper) };
}

/** Blue (Complete) added at the top of the key (printed first, best to worst), or taken out. */
export function withBlue(key: StatusKey, on: boolean): StatusKey {
  const has = key.statuses.some((s) => s.id === DEFAULT_STATUSES.blue.id);
  if (on === has) return key;
  return { statuses: on ? [DEFAULT_STATUSES.blue, ...key.statuses] : key.statuses.filter((s) => s.id !== DEFAULT_STATUSES.blue.id) };
}

export const hasBlue = (key: StatusKey): boolean => key.statuses.some((s) => s.id === DEFAULT_STATUSES.blue.id);

/** The default key again, keeping Blue if the plan uses it. Ids never change, so updates keep their status. */
export function resetStatusKey(key: StatusKey): StatusKey {
  return defaultStatusKey({ includeBlue: hasBlue(key) });
}

/** "1 update", "3 updates". */
export const updatesCount = (n: number): string => `${n} ${n === 1 ? 'update' : 'updates'}`;

/**
 * Why `next` cannot replace `current`: its own problems, and any status it drops that updates still
 * use (`usage`: live updates per status id, from statusUsage). Statuses are matched by id, which
 * never changes because updates store it.
 */
export function statusKeyChangeProblems(current: StatusKey, next: StatusKey, usage: ReadonlyMap<string, number>): string[] {
  const kept = new Set(next.statuses.map((s) => s.id));
  const removed = current.statuses
    .filter((s) => !kept.has(s.id) && (usage.get(s.id) ?? 0) > 0)
    .map((s) => `${s.label || s.id} is used by ${updatesCount(usage.get(s.id) ?? 0)}, so it cannot be removed from the key.`);
  return [...statusKeyProblems(next), ...removed];
}
