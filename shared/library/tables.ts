// Data tables: typed columns, computed difference columns, group subtotals and totals. One set of
// rules used by the Tables screen (live totals) and by the block that prints the table in a paper.
// Every sum is taken over unrounded stored values; rounding happens only when a cell is printed.
import type { CellValue, ColumnType, DataColumn, DataRow, DataTable, MoneyUnit } from './model';
import { formatMoneyCell, formatMoneyShort, groupDigits, moneyHeader, parseAmount } from './money';
import type { MoneyPrint } from './money';
import { formatDate } from '../house-style/house-style';
import type { HouseStyle } from '../house-style/model';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import { must } from '../records/must';

export const COLUMN_TYPES: readonly { readonly type: ColumnType; readonly label: string }[] = [
  { type: 'text', label: 'Text' },
  { type: 'date', label: 'Date' },
  { type: 'money', label: '£' },
  { type: 'number', label: 'Number' },
  { type: 'percent', label: '%' },
];

/** Only £ and number columns add up (a total of percentages or dates means nothing). */
export const isSummable = (c: Pick<DataColumn, 'type'>): boolean => c.type === 'money' || c.type === 'number';

export const isComputed = (c: DataColumn): boolean => c.difference !== null;

/** A row's value in a column: the stored cell, or for a computed column a − b (null when either is missing). */
export function cellValue(row: DataRow, column: DataColumn, columns: readonly DataColumn[]): CellValue {
  if (column.difference) {
    const a = columns.find((c) => c.id === must(column.difference, 'column.difference').a);
    const b = columns.find((c) => c.id === must(column.difference, 'column.difference').b);
    if (!a || !b || a.difference || b.difference) return null;
    const va = row.cells[a.id];
    const vb = row.cells[b.id];
    return typeof va === 'number' && typeof vb === 'number' ? va - vb : null;
  }
  return row.cells[column.id] ?? null;
}

/** Sum of a column over rows (null when no row has a figure, or when the column does not add up). */
export function columnTotal(rows: readonly DataRow[], column: DataColumn, columns: readonly DataColumn[]): number | null {
  if (!isSummable(column) || !column.total) return null;
  let sum = 0;
  let any = false;
  for (const r of rows) {
    const v = cellValue(r, column, columns);
    if (typeof v === 'number') {
      sum += v;
      any = true;
    }
  }
  return any ? sum : null;
}

export type TableLine =
  | { readonly kind: 'group'; readonly label: string }
  | { readonly kind: 'row'; readonly row: DataRow; readonly values: readonly CellValue[] }
  | { readonly kind: 'subtotal'; readonly label: string; readonly values: readonly (number | null)[] }
  | { readonly kind: 'total'; readonly label: string; readonly values: readonly (number | null)[] };

/** The rows' groups in order of first appearance ('' is "no group"). */
export function groupsOf(rows: readonly DataRow[]): string[] {
  const seen: string[] = [];
  for (const r of rows) if (!seen.includes(r.group.trim())) seen.push(r.group.trim());
  return seen;
}

/**
 * What the table prints, line by line: with groups, each group's label, its rows and (with totals)
 * its subtotal "Total <group>"; then the overall "Total". Computed columns are filled in.
 */
export function tableLines(table: Pick<DataTable, 'columns' | 'rows' | 'showTotals'>): TableLine[] {
  const { columns, rows } = table;
  const groups = groupsOf(rows);
  const grouped = groups.length > 1 || (groups.length === 1 && groups[0] !== '');
  const totals = (rs: readonly DataRow[]) => columns.map((c) => columnTotal(rs, c, columns));
  const lines: TableLine[] = [];
  for (const g of grouped ? groups : ['']) {
    const rs = grouped ? rows.filter((r) => r.group.trim() === g) : rows;
    if (grouped) lines.push({ kind: 'group', label: g || 'Other' });
    for (const row of rs) lines.push({ kind: 'row', row, values: columns.map((c) => cellValue(row, c, columns)) });
    if (grouped && table.showTotals && groups.length > 1) lines.push({ kind: 'subtotal', label: `Total ${g || 'other'}`, values: totals(rs) });
  }
  if (table.showTotals && columns.some((c) => isSummable(c) && c.total)) lines.push({ kind: 'total', label: 'Total', values: totals(rows) });
  return lines;
}

/** "12.5%", "1,234", "£1,234", "12th January 2018"; '' for no value. */
export function formatCell(
  value: CellValue,
  column: Pick<DataColumn, 'type'>,
  unit: MoneyPrint,
  dates: Pick<HouseStyle, 'dateStyle'> = DEFAULT_HOUSE_STYLE,
): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') return column.type === 'date' ? formatDate(value, dates) : value;
  switch (column.type) {
    case 'money':
      return unit === 'short' ? formatMoneyShort(value) : formatMoneyCell(value, unit);
    case 'percent':
      return `${value < 0 ? '-' : ''}${trimZeros(groupDigits(value, 1))}%`;
    case 'number':
      return `${value < 0 && groupDigits(value, 2) !== '0.00' ? '-' : ''}${trimZeros(groupDigits(value, 2))}`;
    default:
      return String(value);
  }
}

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/** A column's printed header (£'000 columns say so). */
export function columnHeader(column: Pick<DataColumn, 'label' | 'type'>, unit: MoneyPrint): string {
  return column.type === 'money' && unit !== 'short' ? moneyHeader(column.label, unit) : column.label;
}

/** The unit a table's £ columns print in under a house style: its own, or the one the style fixes. */
export function moneyPrint(tableUnit: MoneyUnit, style: Pick<HouseStyle, 'moneyStyle'>): MoneyPrint {
  return style.moneyStyle === 'asTable' ? tableUnit : style.moneyStyle;
}

export type ParsedCell = { readonly ok: true; readonly value: CellValue } | { readonly ok: false; readonly error: string };

/** A typed cell as the column stores it: numbers for £/number/% ("£1,200", "1.2m", "(300)", "12%"), ISO for dates. */
export function parseCell(input: string, type: ColumnType): ParsedCell {
  const s = input.trim();
  if (type === 'text') return { ok: true, value: s === '' ? null : s };
  if (type === 'date') {
    if (s === '') return { ok: true, value: null };
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { ok: true, value: s };
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (m) return { ok: true, value: `${m[3]}-${must(m[2], 'm[2]').padStart(2, '0')}-${must(m[1], 'm[1]').padStart(2, '0')}` };
    return { ok: false, error: `"${s}" is not a date (e.g. 31/03/2018)` };
  }
  const p = parseAmount(s);
  return p.ok ? { ok: true, value: p.value } : p;
}

/** What an input shows for a stored value (full precision, so nothing is lost when re-typed). */
export function cellInputText(value: CellValue, type: ColumnType): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (type === 'money' || type === 'number') return (value < 0 ? '-' : '') + (Number.isInteger(value) ? groupDigits(value) : trimZeros(groupDigits(value, 2)));
  if (type === 'percent') return `${value}%`;
  return String(value);
}

/** A column of a new table. */
export function column(id: string, label: string, type: ColumnType, extra: Partial<Pick<DataColumn, 'difference' | 'total'>> = {}): DataColumn {
  return { id, label, type, difference: extra.difference ?? null, total: extra.total ?? isSummable({ type }) };
}

export type TableTemplate = 'budget' | 'disposals' | 'custom';

/**
 * The columns of each template. Budget: entity, budget, forecast outturn, variance (= forecast
 * outturn − budget, so an overspend is positive), all £ columns totalled. Disposals: site, completion
 * date or status, proposed future use, capital receipt (totalled); rows are grouped "Completed" /
 * "Contracts exchanged", which gives the two subtotals and the total of receipts.
 */
export function templateColumns(template: TableTemplate, id: () => string): DataColumn[] {
  if (template === 'budget') {
    const budget = id();
    const outturn = id();
    return [
      column(id(), 'Entity', 'text'),
      column(budget, 'Budget', 'money'),
      column(outturn, 'Forecast outturn', 'money'),
      column(id(), 'Variance', 'money', { difference: { a: outturn, b: budget } }),
    ];
  }
  if (template === 'disposals')
    return [
      column(id(), 'Site', 'text'),
      column(id(), 'Completion date or status', 'text'),
      column(id(), 'Proposed future use', 'text'),
      column(id(), 'Capital receipt', 'money'),
    ];
  return [column(id(), 'Item', 'text'), column(id(), 'Amount', 'money')];
}

export const TEMPLATE_GROUPS: Readonly<Record<TableTemplate, readonly string[]>> = { budget: [], disposals: ['Completed', 'Contracts exchanged'], custom: [] };

/** Relative print width of a column (text wider than figures). */
export const columnWeight = (c: Pick<DataColumn, 'type'>): number => (c.type === 'text' ? 2.6 : c.type === 'percent' ? 1.4 : 2.1);

/** Wide tables print on a landscape page. */
export const isWide = (columns: readonly DataColumn[]): boolean => columns.length > 6 || columns.reduce((s, c) => s + columnWeight(c), 0) > 14;
