// What changed in one data block between two states of a paper: its table rows (matched by their
// first cell, a deliverable's ref or a measure's name; a row that keeps with the one before it, like a
// deliverable's "Update" row, is named after that one), status cells, other cells and rich narratives.
import type { BlockContent, CellContent, TableRowContent } from '../blocks/content';
import type { RichDoc } from '../richtext/model';
import { compareUnits } from './text-diff';
import type { ParagraphChange } from './text-diff';
import { textUnits } from './text-units';
import { must } from '../records/must';

export interface CellChange {
  readonly row: string;
  readonly column: string;
  readonly before: string;
  readonly after: string;
}

export interface StatusChange {
  readonly row: string;
  /** Status names ("Amber"), null when not rated. */
  readonly before: string | null;
  readonly after: string | null;
}

export interface BlockChanges {
  readonly id: string;
  readonly title: string;
  readonly status: 'added' | 'removed' | 'changed';
  /** What a row is: "deliverable", "measure" or "row". */
  readonly noun: string;
  readonly rowsAdded: readonly string[];
  readonly rowsRemoved: readonly string[];
  readonly statuses: readonly StatusChange[];
  readonly cells: readonly CellChange[];
  /** Narratives and other rich cells rewritten, by row. */
  readonly texts: readonly ParagraphChange[];
  /** The block's own headings and sentences (a status key's "Since Q1 …") that changed. */
  readonly notes: readonly ParagraphChange[];
}

const cellText = (c: CellContent): string => (c.kind === 'text' ? c.text : c.kind === 'status' ? (c.status?.label ?? '') : docText(c.doc));
const docText = (d: RichDoc): string =>
  textUnits(d, null)
    .map((u) => u.text)
    .join('\n');

interface KeyedRow {
  readonly key: string;
  readonly row: TableRowContent;
}

/** Rows of every table part, each with a key unique in the block. */
function keyedRows(content: BlockContent): { rows: KeyedRow[]; headers: string[][]; noun: string } {
  const rows: KeyedRow[] = [];
  const headers: string[][] = [];
  const seen = new Map<string, number>();
  let noun = 'row';
  content.parts.forEach((part, p) => {
    if (part.type !== 'table') return;
    const t = part;
    // Columns are named by the header row, or else by the first row (a status key's status names).
    const header = t.rows.find((r) => r.role === 'header') ?? t.rows[0];
    const heads = header ? header.cells.map((c) => cellText(c.content)) : [];
    headers[p] = heads;
    if (heads[0] === 'Ref') noun = 'deliverable';
    else if (/^objective|measure/i.test(heads[0] ?? '')) noun = 'measure';
    let previous = '';
    t.rows.forEach((r, i) => {
      if (r.role === 'header') return;
      const first = cellText(r.cells[0]?.content ?? { kind: 'text', text: '' }).trim();
      const follows = i > 0 && must(t.rows[i - 1], 't.rows[i - 1]').keepWithNext === true && must(t.rows[i - 1], 't.rows[i - 1]').role !== 'header';
      const name = follows && previous ? `${previous} ${first}`.trim() : first || `row ${i}`;
      const n = (seen.get(name) ?? 0) + 1;
      seen.set(name, n);
      const key = n === 1 ? name : `${name} (${n})`;
      if (!follows) previous = first;
      rows.push({ key: `${p}|${key}`, row: r });
    });
  });
  return { rows, headers, noun };
}

const label = (key: string) => key.slice(key.indexOf('|') + 1);

export function compareBlocks(id: string, before: BlockContent | undefined, after: BlockContent | undefined): BlockChanges | null {
  const title = after?.title ?? before?.title ?? 'Data block';
  const empty = { rowsAdded: [], rowsRemoved: [], statuses: [], cells: [], texts: [], notes: [] };
  if (!before && after) return { id, title, status: 'added', noun: keyedRows(after).noun, ...empty };
  if (before && !after) return { id, title, status: 'removed', noun: keyedRows(before).noun, ...empty };
  if (!before || !after) return null;
  const a = keyedRows(before);
  const b = keyedRows(after);
  const old = new Map(a.rows.map((r) => [r.key, r.row]));
  const rowsAdded = b.rows.filter((r) => !old.has(r.key)).map((r) => label(r.key));
  const now = new Set(b.rows.map((r) => r.key));
  const rowsRemoved = a.rows.filter((r) => !now.has(r.key)).map((r) => label(r.key));
  const statuses: StatusChange[] = [];
  const cells: CellChange[] = [];
  const texts: ParagraphChange[] = [];
  for (const { key, row } of b.rows) {
    const was = old.get(key);
    if (!was) continue;
    const part = Number(key.slice(0, key.indexOf('|')));
    row.cells.forEach((cell, c) => {
      const prev = was.cells[c]?.content;
      const cur = cell.content;
      if (!prev) return;
      if (cur.kind === 'status' || prev.kind === 'status') {
        const x = prev.kind === 'status' ? (prev.status?.label ?? null) : null;
        const y = cur.kind === 'status' ? (cur.status?.label ?? null) : null;
        if (x !== y) statuses.push({ row: label(key), before: x, after: y });
      } else if (cur.kind === 'rich' || prev.kind === 'rich') {
        const changes = compareUnits(
          prev.kind === 'rich' ? textUnits(prev.doc, null) : [{ label: 'paragraph', text: cellText(prev) }],
          cur.kind === 'rich' ? textUnits(cur.doc, null) : [{ label: 'paragraph', text: cellText(cur) }],
        );
        texts.push(...changes.map((ch) => ({ ...ch, label: label(key) })));
      } else if (cellText(prev) !== cellText(cur)) {
        cells.push({ row: label(key), column: b.headers[part]?.[c] ?? `column ${c + 1}`, before: cellText(prev), after: cellText(cur) });
      }
    });
  }
  // Text parts (sentences under a status key, notes) in order.
  const partTexts = (c: BlockContent) =>
    c.parts.flatMap((p) => (p.type === 'text' ? textUnits(p.doc, null) : p.type === 'heading' ? [{ label: 'heading', text: p.text }] : []));
  const notes = compareUnits(partTexts(before), partTexts(after));
  if (!rowsAdded.length && !rowsRemoved.length && !statuses.length && !cells.length && !texts.length && !notes.length && before.title === after.title)
    return null;
  return { id, title, status: 'changed', noun: b.noun, rowsAdded, rowsRemoved, statuses, cells, texts, notes };
}
