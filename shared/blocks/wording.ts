import { must } from '../records/must';
// The sentences a block prints by itself ("Previous case studies were:", "There is no previous period
// to compare with.", "None to report" …) are the author's to change: each kind lists them here with
// their default wording, and a placed block's source may hold the author's own text for any of them
// (`wording`, by key), or null to print nothing there. Defaults may name values the block fills in
// ("{title}"), listed with the entry; the author's text may use them too.

/** One sentence a kind prints by itself. */
export interface WordingEntry {
  readonly key: string;
  /** What the insert form calls it: "Sentence before the list". */
  readonly label: string;
  /** The wording printed when the author has not changed it ('' : nothing unless the author writes one). */
  readonly default: string;
  /** Values the wording may name in braces, with what each is: { title: 'the case study’s title' }. */
  readonly values?: Readonly<Record<string, string>>;
  /** Whether the author may switch it off (print nothing). Headings and table labels may not. */
  readonly canSwitchOff: boolean;
}

/** The author's wording by entry key: their text, or null for "print nothing". Absent: the default. */
export type Wording = Readonly<Record<string, string | null>>;

/** Fills "{name}" with the value given; an unknown name is left as typed, so a typo shows. */
export function fillWording(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? must(values[name], 'values[name]') : m));
}

/**
 * What a block prints for an entry: the author's text (filled in), nothing when they switched it
 * off or left it blank, else the default (filled in); null means "print nothing".
 */
export function wordingText(wording: Wording | undefined, entry: WordingEntry, values: Readonly<Record<string, string>> = {}): string | null {
  const own = wording && Object.prototype.hasOwnProperty.call(wording, entry.key) ? wording[entry.key] : undefined;
  if (own === null) return entry.canSwitchOff ? null : fillWording(entry.default, values);
  const text = own !== undefined && own.trim() !== '' ? own : entry.default;
  return text.trim() === '' ? null : fillWording(text, values);
}

/** A kind's entries by key, for resolvers: `const W = byKey(ENTRIES)` then `W.intro`. */
export function byKey<E extends readonly WordingEntry[]>(entries: E): { readonly [K in E[number]['key']]: WordingEntry } {
  return Object.fromEntries(entries.map((e) => [e.key, e])) as { readonly [K in E[number]['key']]: WordingEntry };
}

/** The wording with one entry set (text), switched off (null) or back to its default (undefined); {} drops to undefined. */
export function withWording(wording: Wording | undefined, key: string, value: string | null | undefined): Wording | undefined {
  const next: Record<string, string | null> = Object.fromEntries(Object.entries(wording ?? {}).filter(([k]) => value !== undefined || k !== key));
  if (value !== undefined) next[key] = value;
  return Object.keys(next).length ? next : undefined;
}
