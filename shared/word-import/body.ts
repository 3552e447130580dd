// The document body (or a footnote) walked into a flat list of paragraphs and tables, each with its
// style, its Word numbering label and its pieces; what the walk could not carry is noted on the item
// it belongs to, so the report can say where it was once the paper's structure is known.
import type { XmlElement } from '../ooxml/xml';
import { attr, child, children, isElement } from '../ooxml/xml';
import type { NumberLabel, Numbering } from './numbering';
import type { ImportNoteKind } from './report';
import type { Piece, RunContext } from './runs';
import { paragraphPieces } from './runs';
import type { ParagraphStyle, StyleSheet } from './styles';
import { paragraphProps } from './styles';

export interface PendingNote {
  readonly kind: ImportNoteKind;
  readonly what: string;
}

export interface ParaItem {
  readonly kind: 'para';
  pieces: Piece[];
  readonly style: ParagraphStyle;
  readonly num: NumberLabel | null;
  readonly notes: PendingNote[];
}

export interface CellItem {
  readonly paragraphs: ParaItem[];
  readonly colspan: number;
  /** 'restart' starts a vertical merge, 'continue' is covered by the cell above. */
  readonly vMerge: 'restart' | 'continue' | null;
  /** Text of tables nested in this cell (not carried over as tables). */
  readonly nested: boolean;
}

export interface RowItem {
  readonly cells: CellItem[];
  readonly header: boolean;
  /** Grid columns skipped before the first cell (w:gridBefore). */
  readonly before: number;
}

export interface TableItem {
  readonly kind: 'table';
  readonly rows: RowItem[];
  readonly notes: PendingNote[];
}

export type Item = ParaItem | TableItem;

export interface WalkContext {
  readonly styles: StyleSheet;
  readonly numbering: Numbering;
  readonly run: Omit<RunContext, 'note'>;
}

function readParagraph(p: XmlElement, ctx: WalkContext): ParaItem {
  const props = paragraphProps(p);
  const style = ctx.styles.paragraph(props.styleId);
  const notes: PendingNote[] = [];
  // Numbering set on the paragraph wins; otherwise the style's (Word's numbered headings and list styles).
  let num: NumberLabel | null = null;
  const numId = props.numId ?? style.numId;
  if (numId && numId !== '0') {
    const ilvl = props.ilvl ?? (props.numId ? 0 : (ctx.numbering.levelForStyle(numId, style.id) ?? style.ilvl ?? 0));
    num = ctx.numbering.next(numId, props.numId ? (props.ilvl ?? 0) : ilvl);
  }
  // A quotation style's italics are how a quotation looks (the app prints them so), not the author's emphasis.
  const { italic: _quoteItalic, ...quoteRun } = style.run;
  const pieces = paragraphPieces(p, { ...ctx.run, note: (kind, what) => notes.push({ kind, what }) }, style.isQuote ? quoteRun : style.run);
  return { kind: 'para', pieces, style, num, notes };
}

function cellOf(tc: XmlElement, ctx: WalkContext): CellItem {
  const tcPr = child(tc, 'w:tcPr');
  const span = Number(attr(tcPr ? child(tcPr, 'w:gridSpan') : undefined, 'w:val') ?? '1');
  const vm = tcPr ? child(tcPr, 'w:vMerge') : undefined;
  const vMerge = vm ? ((attr(vm, 'w:val') ?? 'continue') === 'restart' ? 'restart' : 'continue') : null;
  const paragraphs: ParaItem[] = [];
  let nested = false;
  const walkCell = (el: XmlElement) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:p') paragraphs.push(readParagraph(c, ctx));
      else if (c.name === 'w:tbl') {
        nested = true;
        // A table inside a cell: its paragraphs, row by row, in this cell.
        for (const tr of children(c, 'w:tr')) for (const inner of children(tr, 'w:tc')) walkCell(inner);
      } else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) walkCell(content);
      } else if (c.name === 'w:customXml') walkCell(c);
    }
  };
  walkCell(tc);
  return { paragraphs, colspan: Number.isInteger(span) && span > 0 && span <= 100 ? span : 1, vMerge, nested };
}

function readTable(tbl: XmlElement, ctx: WalkContext): TableItem {
  const rows: RowItem[] = [];
  const walkRows = (el: XmlElement) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:tr') {
        const trPr = child(c, 'w:trPr');
        const before = Number(attr(trPr ? child(trPr, 'w:gridBefore') : undefined, 'w:val') ?? '0');
        const cells: CellItem[] = [];
        const walkCells = (r: XmlElement) => {
          for (const x of r.children) {
            if (!isElement(x)) continue;
            if (x.name === 'w:tc') cells.push(cellOf(x, ctx));
            else if (x.name === 'w:sdt' || x.name === 'w:customXml') walkCells(child(x, 'w:sdtContent') ?? x);
          }
        };
        walkCells(c);
        rows.push({
          cells,
          header: trPr
            ? child(trPr, 'w:tblHeader') !== undefined &&
              attr(child(trPr, 'w:tblHeader'), 'w:val') !== 'false' &&
              attr(child(trPr, 'w:tblHeader'), 'w:val') !== '0'
            : false,
          before: Number.isInteger(before) && before > 0 && before < 100 ? before : 0,
        });
      } else if (c.name === 'w:sdt' || c.name === 'w:customXml') walkRows(child(c, 'w:sdtContent') ?? c);
    }
  };
  walkRows(tbl);
  return { kind: 'table', rows, notes: [] };
}

/** The block-level content of the body (or a footnote, a cell) in order. */
export function walkBlocks(container: XmlElement, ctx: WalkContext): Item[] {
  const out: Item[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:p') out.push(readParagraph(c, ctx));
      else if (c.name === 'w:tbl') out.push(readTable(c, ctx));
      else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) walk(content);
      } else if (c.name === 'w:customXml') walk(c);
      else if (c.name === 'mc:AlternateContent') {
        const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
        if (choice) walk(choice);
      }
    }
  };
  walk(container);
  return out;
}

/** The plain text of pieces. */
export function piecesText(pieces: readonly Piece[]): string {
  let s = '';
  for (const p of pieces)
    if (p.t === 'text') s += p.text;
    else if (p.t === 'break') s += '\n';
  return s;
}

/** Whether every visible character is bold (a run-in heading typed as bold text). */
export function allBold(pieces: readonly Piece[]): boolean {
  let any = false;
  for (const p of pieces) {
    if (p.t !== 'text' || p.text.trim() === '') continue;
    if (!p.bold) return false;
    any = true;
  }
  return any;
}

/** The pieces without their first `n` characters of text (a typed number). */
export function dropPrefix(pieces: readonly Piece[], n: number): Piece[] {
  const out: Piece[] = [];
  let left = n;
  for (const p of pieces) {
    if (left > 0 && p.t === 'text') {
      if (p.text.length <= left) {
        left -= p.text.length;
        continue;
      }
      out.push({ ...p, text: p.text.slice(left) });
      left = 0;
      continue;
    }
    out.push(p);
  }
  // the space or tab after the number
  const first = out.findIndex((p) => p.t === 'text');
  if (first >= 0) {
    const f = out[first] as Extract<Piece, { t: 'text' }>;
    const trimmed = f.text.replace(/^[\s\u00a0]+/, '');
    if (trimmed) out[first] = { ...f, text: trimmed };
    else out.splice(first, 1);
  }
  return out;
}
