// What a data block prints, as plain data: titled parts (tables, charts, text). Every kind of block
// (a plan theme's update, the RAGB summary, a forward plan …) is resolved from the database into this
// one shape by a pure function in its feature folder; the editor's preview and the docx builder each
// have one renderer for it. A final paper stores its blocks' content frozen in this shape.
import type { RichDoc } from '../richtext/model';

/** How a status prints (shared/status/palette.ts): never colour alone — a letter and a symbol go with the shading. */
export type { StatusMark } from '../status/palette';
import type { StatusMark } from '../status/palette';

export type CellAlign = 'left' | 'center' | 'right';

/**
 * A computed figure the author may replace (shared/blocks/overrides.ts): its key within the block, what
 * it is ("Green: number & %"), and once replaced the value it was computed as and the author's reason
 * (shown in the app, never printed).
 */
export interface FigureTag {
  readonly key: string;
  readonly label: string;
  readonly computed?: string;
  readonly reason?: string;
}

export type CellContent =
  | { readonly kind: 'text'; readonly text: string; readonly bold?: boolean; readonly align?: CellAlign; readonly figure?: FigureTag }
  /** A status cell: shaded, with letter and symbol. Null prints "Not rated". */
  | { readonly kind: 'status'; readonly status: StatusMark | null; readonly showLabel?: boolean }
  /** Paragraphs and lists, e.g. an update's narrative. */
  | { readonly kind: 'rich'; readonly doc: RichDoc };

export interface TableCellContent {
  readonly content: CellContent;
  /** Columns this cell spans (default 1). */
  readonly span?: number;
}

/** 'header' rows repeat on every printed page; 'total' rows print bold above a rule; 'group' rows label a run of rows. */
export type RowRole = 'header' | 'body' | 'total' | 'group';

export interface TableRowContent {
  readonly role: RowRole;
  readonly cells: readonly TableCellContent[];
  /** Keep this row on the same page as the next (a deliverable and its update). */
  readonly keepWithNext?: boolean;
}

export interface TablePart {
  readonly type: 'table';
  /** Relative column widths (any units; the builder scales them to the page). */
  readonly columns: readonly number[];
  readonly rows: readonly TableRowContent[];
}

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** '#RRGGBB'. */
  readonly colour: string;
  /** A status's shape (■ ▲ ●), printed with the name in the legend so series differ without colour. */
  readonly symbol?: string;
  /** A target line is drawn dashed so it reads without colour. */
  readonly dashed?: boolean;
}

/** A series as its legend names it: "■ Green". */
export const seriesLabel = (s: ChartSeries): string => (s.symbol ? `${s.symbol} ${s.name}` : s.name);

export interface ChartPart {
  readonly type: 'chart';
  /** stackedColumn: counts per status over periods; line: a measure's values with its target. */
  readonly chart: 'stackedColumn' | 'line';
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly valueAxisTitle: string;
  /** States the figures, for screen readers and for anyone who cannot see the chart. */
  readonly altText: string;
}

export interface TextPart {
  readonly type: 'text';
  readonly doc: RichDoc;
}

/** A heading inside the block ("THEME 6: PREVENTION …", "STATUS KEY and Results"). */
export interface HeadingPart {
  readonly type: 'heading';
  readonly text: string;
}

export type BlockPart = TablePart | ChartPart | TextPart | HeadingPart;

export interface BlockContent {
  /** Shown above the preview in the editor and used as the default appendix title. */
  readonly title: string;
  readonly parts: readonly BlockPart[];
  /** Wide tables ask for a landscape page; honoured when the block is in an appendix. */
  readonly landscape: boolean;
  /** In a numbered section, the block's top-level paragraphs take the section's paragraph numbers (the author's choice). */
  readonly numbered?: boolean;
}

/** A block whose source has gone (plan deleted, …) prints this rather than failing the export. */
export function missingContent(what: string): BlockContent {
  return {
    title: what,
    landscape: false,
    parts: [{ type: 'text', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `[${what} is no longer available.]` }] }] } }],
  };
}

export const text = (t: string, extra: { bold?: boolean; align?: CellAlign; figure?: FigureTag } = {}): TableCellContent => ({
  content: { kind: 'text', text: t, ...extra },
});
export const status = (s: StatusMark | null, showLabel = false): TableCellContent => ({
  content: { kind: 'status', status: s, ...(showLabel ? { showLabel } : {}) },
});
export const rich = (doc: RichDoc): TableCellContent => ({ content: { kind: 'rich', doc } });
