// The import report: what could not be carried over from the Word file, and why, each with where it
// was, so nothing is dropped silently. Shown in the app after opening and printed by `npm run import`.

export type ImportNoteKind =
  | 'comment'
  | 'tracked-change'
  | 'text-box'
  | 'field'
  | 'image'
  | 'chart'
  | 'object'
  | 'equation'
  | 'symbol'
  | 'link'
  | 'footnote'
  | 'header-footer'
  | 'cover'
  | 'structure'
  | 'numbering'
  | 'table'
  | 'limit'
  | 'macro';

export interface ImportNote {
  readonly kind: ImportNoteKind;
  /** Where it was, in the paper's terms: "cover sheet", "section 4 “Summary of Key Points”, paragraph 4.3", "appendix A". */
  readonly where: string;
  /** What was not carried over and why (or what was done instead), in one sentence. */
  readonly what: string;
}

export interface ImportCounts {
  readonly sections: number;
  readonly appendices: number;
  readonly numberedParagraphs: number;
  readonly footnotes: number;
  readonly tables: number;
  readonly images: number;
  readonly contacts: number;
}

export interface ImportReport {
  readonly fileName: string;
  readonly counts: ImportCounts;
  readonly notes: readonly ImportNote[];
  /** Notes left out of `notes` beyond WORD_IMPORT_LIMITS.reportPerKind, by kind. */
  readonly moreByKind: Readonly<Partial<Record<ImportNoteKind, number>>>;
}

export const NOTE_HEADINGS: Readonly<Record<ImportNoteKind, string>> = {
  comment: 'Comments',
  'tracked-change': 'Tracked changes',
  'text-box': 'Text boxes',
  field: 'Fields',
  image: 'Images',
  chart: 'Charts and diagrams',
  object: 'Embedded objects',
  equation: 'Equations',
  symbol: 'Symbols',
  link: 'Links',
  footnote: 'Footnotes',
  'header-footer': 'Page headers and footers',
  cover: 'Cover sheet',
  structure: 'Structure',
  numbering: 'Numbering',
  table: 'Tables',
  limit: 'Limits',
  macro: 'Macros',
};

/** "13 sections, 2 appendices, 61 numbered paragraphs, 14 footnotes, 9 tables, 1 image". */
export function countsSentence(c: ImportCounts): string {
  const n = (k: number, one: string, many = `${one}s`) => `${k.toLocaleString('en-GB')} ${k === 1 ? one : many}`;
  const parts = [
    n(c.sections, 'section'),
    n(c.appendices, 'appendix', 'appendices'),
    n(c.numberedParagraphs, 'numbered paragraph'),
    n(c.footnotes, 'footnote'),
    n(c.tables, 'table'),
  ];
  if (c.images) parts.push(n(c.images, 'image'));
  if (c.contacts) parts.push(n(c.contacts, 'contact'));
  return parts.join(', ');
}

/** The report as plain lines (the command line prints these; tests read them). */
export function reportLines(r: ImportReport): string[] {
  const lines = [`Opened ${r.fileName}: ${countsSentence(r.counts)}.`];
  if (!r.notes.length) return [...lines, 'Everything in the file was carried over.'];
  lines.push('Not carried over, or changed:');
  for (const n of r.notes) lines.push(`  - ${NOTE_HEADINGS[n.kind]}: ${n.where}: ${n.what}`);
  for (const [kind, more] of Object.entries(r.moreByKind))
    if (more) lines.push(`  - ${NOTE_HEADINGS[kind as ImportNoteKind]}: and ${more.toLocaleString('en-GB')} more like these.`);
  return lines;
}

/** Collects notes, listing at most `perKind` of each kind and counting the rest. */
export class ReportBuilder {
  private readonly notes: ImportNote[] = [];
  private readonly shown = new Map<ImportNoteKind, number>();
  private readonly more: Partial<Record<ImportNoteKind, number>> = {};

  constructor(private readonly perKind: number) {}

  add(kind: ImportNoteKind, where: string, what: string): void {
    const seen = this.shown.get(kind) ?? 0;
    if (seen >= this.perKind) {
      this.more[kind] = (this.more[kind] ?? 0) + 1;
      return;
    }
    this.shown.set(kind, seen + 1);
    this.notes.push({ kind, where, what });
  }

  build(fileName: string, counts: ImportCounts): ImportReport {
    return { fileName, counts, notes: [...this.notes], moreByKind: { ...this.more } };
  }
}

/** A short quote of some text for a note: “first words…”. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `“${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}”`;
}
