// A data block's content (shared/blocks/content.ts) → docx. One renderer for every kind of block:
// tables as wide as the page's text with repeating header rows, fixed DXA widths that never break a
// word (shared/tables), figure columns right-aligned, status cells shaded AND lettered (a
// black-and-white print still reads), native Word charts with alt text that states the figures.
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import type { FileChild, IBorderOptions } from 'docx';
import { ChartRun } from 'docx/charts';
import type { BlockContent, BlockPart, CellContent, ChartPart, TablePart, TableRowContent } from '../blocks/content';
import { seriesLabel } from '../blocks/content';
import { xmlSafe } from '../text/xml-safe';
import type { BlockNode } from '../richtext/model';
import { isBlankInline } from '../richtext/model';
import type { BodyMode, BuildContext } from './context';
import { CELL_MARGINS, TABLE_BORDERS } from './tables';
import { textRuns } from './runs';
import { HEADER_FILL, STYLE, TEXT_INDENT } from './constants';
import { proportional } from '../tables/column-widths';
import { mayKeepRowWhole, rowHeight } from '../tables/row-height';
import type { PrintedParagraph } from '../tables/row-height';
import { cellPrintedParagraphs, tablePartLayout } from '../blocks/table-layout';
import { statusCellText } from '../house-style/house-style';
import { must } from '../records/must';

const GROUP_FILL = 'F2F2F2';
const TOTAL_RULE: IBorderOptions = { style: BorderStyle.DOUBLE, size: 6, color: '000000' };

const hex = (c: string) => c.replace('#', '').toUpperCase();

/** Widths in DXA summing exactly to `total`, in proportion to the part's relative widths. */
export function scaleWidths(weights: readonly number[], total: number): number[] {
  return proportional(weights, total);
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cellParagraphs(
  content: CellContent,
  role: TableRowContent['role'],
  ctx: BuildContext,
  bodyBlocks: BodyBlocks,
  keepNext: boolean,
): Paragraph[] | FileChild[] {
  const bold = role === 'header' || role === 'total' || role === 'group';
  switch (content.kind) {
    case 'text': {
      const runs = textRuns(content.text, { bold: bold || content.bold === true });
      return [new Paragraph({ style: STYLE.cell, keepNext, alignment: ALIGN[content.align ?? 'left'], children: runs })];
    }
    case 'status': {
      const s = content.status;
      if (!s) return [new Paragraph({ style: STYLE.cell, keepNext, alignment: AlignmentType.CENTER, children: textRuns('Not rated', { italics: true }) })];
      // Symbol and letter (and the label when asked) in the status's text colour, so the cell reads without its shading.
      const words = statusCellText(s, ctx.style.statusCell, content.showLabel === true);
      return [
        new Paragraph({
          style: STYLE.cell,
          keepNext,
          alignment: AlignmentType.CENTER,
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- docx's run options are `string | IRunOptions`: the rule reads `bold` as String.prototype.bold
          children: [new TextRun({ text: xmlSafe(words), bold: true, color: hex(s.text) })],
        }),
      ];
    }
    case 'rich': {
      const children = bodyBlocks(content.doc.content, ctx, 'appendix');
      return children.length ? children : [new Paragraph({ style: STYLE.cell })];
    }
  }
}

function fillOf(content: CellContent, role: TableRowContent['role']): string | null {
  if (content.kind === 'status' && content.status) return hex(content.status.fill);
  if (role === 'header') return HEADER_FILL;
  if (role === 'group') return GROUP_FILL;
  return null;
}

type BodyBlocks = (blocks: readonly BlockNode[], ctx: BuildContext, mode: BodyMode, numbered?: readonly boolean[]) => FileChild[];

export function tablePart(part: TablePart, width: number, ctx: BuildContext, bodyBlocks: BodyBlocks): Table | null {
  if (part.rows.length === 0 || part.columns.length === 0) return null;
  const { widths, figures } = tablePartLayout(part, width);
  // Only an unbroken run of header rows at the top repeats on each page (Word's rule).
  const leadingHeaders = part.rows.findIndex((x) => x.role !== 'header');
  const rows = part.rows.map((row, r) => {
    const isLeadingHeader = leadingHeaders < 0 || r < leadingHeaders;
    let column = 0;
    const measured: { paragraphs: PrintedParagraph[]; width: number }[] = [];
    const cells = row.cells.map((cell) => {
      const span = Math.max(1, Math.min(cell.span ?? 1, widths.length - column));
      const w = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      const right = span === 1 && figures[column] === true && cell.content.kind === 'text' && !cell.content.align;
      column += span;
      const fill = fillOf(cell.content, row.role);
      measured.push({ paragraphs: cellPrintedParagraphs(cell.content, row.role), width: w });
      const content: CellContent = right ? { ...cell.content, align: 'right' } : cell.content;
      return new TableCell({
        width: { size: w, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        margins: CELL_MARGINS,
        ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
        ...(row.role === 'total' ? { borders: { top: TOTAL_RULE } } : {}),
        children: cellParagraphs(content, row.role, ctx, bodyBlocks, row.keepWithNext === true) as Paragraph[],
      });
    });
    // Narrative rows may run long and always may split; other rows are kept whole on one page only
    // when they surely fit a third of it (a long forward-plan summary may not).
    const hasRich = row.cells.some((c) => c.content.kind === 'rich');
    const keep = !hasRich && mayKeepRowWhole(rowHeight(measured), ctx.page.textHeight);
    return new TableRow({ tableHeader: isLeadingHeader || undefined, cantSplit: keep || undefined, children: cells });
  });
  return new Table({ rows, width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: TABLE_BORDERS });
}

/** A fill too pale to see on white paper (White (NS)) is drawn light grey: a chart bar has no outline. */
function visibleFill(colour: string): string {
  const c = hex(colour);
  if (!/^[0-9A-F]{6}$/.test(c)) return c;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16));
  return must(r, 'r') + must(g, 'g') + must(b, 'b') > 3 * 235 ? 'D9D9D9' : c;
}

/**
 * Word's native chart: editable in Word, drawn by LibreOffice, with alt text. For a black-and-white
 * print the legend carries each status's symbol, every non-zero bar is labelled, and the figures are
 * printed in words under the chart (the alt text), since shades of grey alone do not tell series apart.
 */
export function chartPart(part: ChartPart, width: number): Paragraph[] {
  if (part.categories.length === 0 || part.series.length === 0) return [];
  const widthPx = Math.round((width / 1440) * 96);
  const heightPx = Math.min(Math.round(widthPx * 0.45), 340); // at most ~3.5 in, so a chart and its caption share a page
  const font = { name: 'Arial' };
  const stacked = part.chart === 'stackedColumn';
  const series = part.series.map((s) => {
    const values = s.values.slice(0, part.categories.length).map((v) => (v === null || !Number.isFinite(v) ? null : v));
    return {
      name: xmlSafe(seriesLabel(s)) || ' ',
      values,
      color: stacked ? visibleFill(s.colour) : hex(s.colour),
      ...(part.chart === 'line'
        ? { markers: !s.dashed, line: { color: hex(s.colour), width: 2.25, dash: s.dashed ? ('dash' as const) : ('solid' as const) } }
        : {}),
      // A target line is labelled once by its legend entry; labelling every point only adds noise.
      ...(s.dashed ? { dataLabels: false as const } : {}),
      // A zero in a stack has no height: its label would sit on top of its neighbour's.
      ...(stacked ? { pointLabels: values.map((v) => (v === null || v === 0 ? (false as const) : undefined)) } : {}),
    };
  });
  const common = {
    title: xmlSafe(part.title),
    categories: part.categories.map((c) => xmlSafe(c) || ' '),
    series,
    font,
    transformation: { width: widthPx, height: heightPx },
    altText: { name: xmlSafe(part.title).slice(0, 200), description: xmlSafe(part.altText), title: xmlSafe(part.title).slice(0, 200) },
    valueAxis: { title: xmlSafe(part.valueAxisTitle), gridlines: true },
    dataLabels: { value: true },
  };
  const run = stacked ? new ChartRun({ ...common, type: 'column', stacking: 'stacked' }) : new ChartRun({ ...common, type: 'line', markers: true });
  return [
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- docx/charts' ChartRun is a run Paragraph takes; the rule cannot see its class across the two entry points
    new Paragraph({ keepNext: true, children: [run] }),
    new Paragraph({ style: STYLE.cell, spacing: { before: 60, after: 200 }, children: textRuns(part.altText, { italics: true }) }),
  ];
}

function partChildren(
  part: BlockPart,
  width: number,
  chartWidth: number,
  ctx: BuildContext,
  mode: BodyMode,
  bodyBlocks: BodyBlocks,
  numberedText: boolean,
): FileChild[] {
  switch (part.type) {
    case 'heading':
      return part.text.trim()
        ? [new Paragraph({ style: mode === 'section' ? STYLE.heading3 : STYLE.heading2, keepNext: true, children: textRuns(part.text) })]
        : [];
    case 'text': {
      // A block's text is section-numbered only when the author numbered the block (blockNumberCount
      // counts the same paragraphs, so the editor's labels and Word's agree).
      const numbered = numberedText && mode === 'section' ? part.doc.content.map((b) => b.type === 'paragraph' && !isBlankInline(b.content)) : [];
      return bodyBlocks(part.doc.content, ctx, mode, numbered);
    }
    case 'table': {
      const t = tablePart(part, width, ctx, bodyBlocks);
      return t ? [t, new Paragraph({ spacing: { after: 0 } })] : [];
    }
    case 'chart':
      return chartPart(part, chartWidth);
  }
}

/**
 * Everything a block prints. Its tables fill the text width of the page they sit on (portrait or
 * landscape); a chart in a numbered section sits in the text column, after the numbers.
 */
export function dataBlockChildren(content: BlockContent, ctx: BuildContext, mode: BodyMode, bodyBlocks: BodyBlocks): FileChild[] {
  const chartWidth = ctx.page.landscape || mode !== 'section' ? ctx.page.textWidth : ctx.page.textWidth - TEXT_INDENT;
  return content.parts.flatMap((p) => partChildren(p, ctx.page.textWidth, chartWidth, ctx, mode, bodyBlocks, content.numbered === true));
}
