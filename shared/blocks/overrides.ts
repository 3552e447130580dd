// A computed figure (a table's total, a variance, a status key's count and %, a RAGB percentage) can
// be replaced by the author when the published figure differs — a variance one off in the last digit
// because the paper computed it from unrounded figures — with a reason kept beside it. The printed
// value is the author's; the app shows the computed value and the reason next to it; Word never
// prints the reason. Resolvers tag their figures (FigureTag on a text cell); this applies the
// block's overrides to whatever tags it finds, so every kind gets it the same way.
import type { BlockContent, BlockPart, CellContent, FigureTag } from './content';
import type { FigureOverride } from './model';

export type FigureOverrides = Readonly<Record<string, FigureOverride>>;

/** Every figure a block's content lets the author replace, in the order it prints them. */
export function figuresOf(content: BlockContent): { tag: FigureTag; text: string }[] {
  const out: { tag: FigureTag; text: string }[] = [];
  for (const part of content.parts)
    if (part.type === 'table')
      for (const row of part.rows)
        for (const cell of row.cells) if (cell.content.kind === 'text' && cell.content.figure) out.push({ tag: cell.content.figure, text: cell.content.text });
  return out;
}

function overriddenCell(content: CellContent, overrides: FigureOverrides): CellContent {
  if (content.kind !== 'text' || !content.figure) return content;
  const o = overrides[content.figure.key];
  if (!o || o.value.trim() === '') return content;
  return { ...content, text: o.value.trim(), figure: { ...content.figure, computed: content.text, reason: o.reason } };
}

/** The content with the author's figures in place of the computed ones (unknown keys are ignored: the figure may be gone). */
export function applyOverrides(content: BlockContent, overrides: FigureOverrides | undefined): BlockContent {
  if (!overrides || Object.keys(overrides).length === 0) return content;
  const parts = content.parts.map((p): BlockPart =>
    p.type === 'table'
      ? { ...p, rows: p.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, content: overriddenCell(c.content, overrides) })) })) }
      : p,
  );
  return { ...content, parts };
}

/** Whether an override may be stored: a value, and a reason (the reason is what makes it honest). */
export function overrideProblem(o: { value: string; reason: string }): string | null {
  if (o.value.trim() === '') return 'Type the figure to print, or remove the override.';
  if (o.reason.trim() === '') return 'Say why this figure differs from the computed one (kept in the app, not printed).';
  return null;
}

/** The overrides with one set (or removed with null); undefined when none are left. */
export function withOverride(overrides: FigureOverrides | undefined, key: string, o: FigureOverride | null): FigureOverrides | undefined {
  // Removing filters the key out; setting keeps the key where it was.
  const next: Record<string, FigureOverride> = Object.fromEntries(Object.entries(overrides ?? {}).filter(([k]) => o !== null || k !== key));
  if (o !== null) next[key] = { value: o.value.trim(), reason: o.reason.trim() };
  return Object.keys(next).length ? next : undefined;
}
