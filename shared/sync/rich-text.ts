// Rich text in team sync: which fields merge character by character, and where each one lives in
// its sync document. A body is a Y.XmlFragment (y-prosemirror's shape) named after its record and
// field; the record's stored ProseMirror JSON is derived from it on every laptop, for export,
// backup and blocks. Every other field travels as field writes (keys.ts).
import type { SnapshotTable } from '../backup/tables';

/** Per table, the fields that merge by character. */
export const RICH_TEXT_FIELDS: Readonly<Partial<Record<SnapshotTable, readonly string[]>>> = {
  sections: ['body'],
  appendices: ['body'],
  updates: ['narrative'],
};

export const isRichTextField = (table: string, field: string): boolean => (RICH_TEXT_FIELDS[table as SnapshotTable] ?? []).includes(field);

const SEP = '\u001f';

/** The name of a body's fragment in its document: "rich␟sections␟<id>␟body". */
export const fragmentName = (table: string, recordId: string, field: string): string => `rich${SEP}${table}${SEP}${recordId}${SEP}${field}`;

/**
 * The Yjs client id a body's first copy is written with: the same body of the same record gives the
 * same id on every laptop, so two laptops seeding the same stored body while neither has seen the
 * other's write the very same items, which Yjs keeps once (the seed trap). Never 0.
 */
export function seedClientId(hash: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < hash.length; i++) h = Math.imul(h ^ hash.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 0x7fffffff || 1;
}

/**
 * Text this laptop typed that a colleague's change removed (a paragraph deleted on one laptop while
 * another typed in it takes the typing with it: Yjs deletes what is inside a deleted paragraph).
 * Kept on the laptop that typed it, shown with Restore.
 */
export interface RemovedText {
  readonly table: string;
  readonly recordId: string;
  readonly field: string;
  /** Where the block stood in the body here, and the block itself (stored JSON). */
  readonly index: number;
  readonly block: unknown;
  /** Its words, for the list. */
  readonly text: string;
  /** When the colleague's change arrived. */
  readonly at: string;
}

interface Json {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly content?: unknown;
  readonly attrs?: { readonly text?: unknown };
}

/** A block's words: text, footnotes' text, and what lists and tables hold. */
export function blockText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as Json;
  if (n.type === 'text' && typeof n.text === 'string') return n.text;
  if (n.type === 'footnote') return '';
  const parts = Array.isArray(n.content) ? n.content.map(blockText) : [];
  return n.type === 'paragraph' || n.type === 'subheading' ? parts.join('') : parts.filter(Boolean).join(' ');
}

/**
 * The blocks of the body here (`local`) that a colleague's change took this laptop's typing from:
 * each top-level block holding one of the removed runs of characters (`runs`, what Yjs deleted of
 * this laptop's typing) that no block of `merged` still holds. The block is kept as it stood here.
 */
export function removedBlocks(local: unknown, merged: unknown, runs: readonly string[]): { index: number; block: unknown; text: string }[] {
  const blocks = (b: unknown): unknown[] => {
    const c = (b as Json | null)?.content;
    return Array.isArray(c) ? (c as unknown[]) : [];
  };
  const kept = blocks(merged).map(blockText);
  const gone = runs.filter((r) => r && !kept.some((k) => k.includes(r)));
  const out: { index: number; block: unknown; text: string }[] = [];
  blocks(local).forEach((block, index) => {
    const text = blockText(block).trim();
    if (text && gone.some((r) => text.includes(r))) out.push({ index, block, text });
  });
  return out;
}
