// Resolvers of this feature's data blocks (shared/blocks/resolve.ts): source + records → BlockContent.
// Figures come from tables.ts / money.ts, numbering from forward-plan.ts, the list of previous case
// studies from case-studies.ts; this file only lays them out.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockResolver } from '../blocks/resolve';
import type { BlockContent, CellAlign, TableCellContent, TableRowContent } from '../blocks/content';
import { missingContent, text } from '../blocks/content';
import { byPosition, isLive } from '../records/meta';
import type { BlockNode, ParagraphNode, RichDoc } from '../richtext/model';
import { formatMeetingDate } from '../text/dates';
import { caseStudyHistory } from './case-studies';
import { formatCost, formatDecisionDate, groupForwardPlan, NONE_TO_REPORT } from './forward-plan';
import type { DataTable } from './model';
import { columnHeader, columnWeight, formatCell, isWide, tableLines } from './tables';

const para = (t: string): ParagraphNode => ({ type: 'paragraph', attrs: { numbered: false }, content: t ? [{ type: 'text', text: t }] : [] });
const docOf = (...content: BlockNode[]): RichDoc => ({ type: 'doc', content });

/** The parts that print a data table: a header row, its lines, subtotals and the total in bold. */
export function dataTableRows(table: DataTable): TableRowContent[] {
  const align = (i: number): CellAlign => (table.columns[i]!.type === 'text' ? 'left' : 'right');
  const header: TableRowContent = { role: 'header', cells: table.columns.map((c, i) => text(columnHeader(c, table.moneyUnit), { bold: true, align: align(i) })) };
  const rows: TableRowContent[] = [header];
  const figures = (label: string, values: readonly (number | null)[]): TableCellContent[] =>
    table.columns.map((c, i) => (i === 0 ? text(label, { bold: true }) : text(values[i] === null || values[i] === undefined ? '' : formatCell(values[i]!, c, table.moneyUnit), { bold: true, align: align(i) })));
  for (const line of tableLines(table)) {
    if (line.kind === 'group') rows.push({ role: 'group', keepWithNext: true, cells: [{ content: { kind: 'text', text: line.label, bold: true }, span: table.columns.length }] });
    else if (line.kind === 'row') rows.push({ role: 'body', cells: table.columns.map((c, i) => text(formatCell(line.values[i] ?? null, c, table.moneyUnit), { align: align(i) })) });
    else rows.push({ role: 'total', cells: figures(line.label, line.values) });
  }
  return rows;
}

export function dataTableContent(table: DataTable): BlockContent {
  return { title: table.title, landscape: isWide(table.columns), parts: [{ type: 'table', columns: table.columns.map(columnWeight), rows: dataTableRows(table) }] };
}

const dataTable: BlockResolver<'dataTable'> = ({ source, data }) => {
  const table = data.dataTables.find((t) => t.id === source.dataTableId && isLive(t));
  return table ? dataTableContent(table) : missingContent('Data table');
};

const forwardPlan: BlockResolver<'forwardPlan'> = ({ source, data }) => {
  const plan = data.forwardPlans.find((p) => p.id === source.forwardPlanId && isLive(p));
  if (!plan) return missingContent('Forward plan');
  const headers = ['Ref', 'Date of decision', 'Subject', 'Summary of decision', 'Cost', 'Contact officer', 'Report of'];
  const rows: TableRowContent[] = [{ role: 'header', cells: headers.map((h) => text(h, { bold: true })) }];
  for (const group of groupForwardPlan(plan, data.forwardPlanItems)) {
    rows.push({ role: 'group', keepWithNext: true, cells: [{ content: { kind: 'text', text: `${group.number}. ${group.category.title}`, bold: true }, span: headers.length }] });
    if (group.items.length === 0) rows.push({ role: 'body', cells: [text(''), { content: { kind: 'text', text: NONE_TO_REPORT }, span: headers.length - 1 }] });
    for (const { reference, item } of group.items)
      rows.push({ role: 'body', cells: [text(reference), text(formatDecisionDate(item.decisionDate)), text(item.subject), text(item.summary), text(formatCost(item.cost)), text(item.contactOfficer), text(item.reportOf)] });
  }
  return { title: plan.title, landscape: true, parts: [{ type: 'table', columns: [0.7, 1.3, 2.2, 3.5, 1.7, 1.6, 2.1], rows }] };
};

const caseStudy: BlockResolver<'caseStudy'> = ({ source, data }) => {
  const cs = data.caseStudies.find((c) => c.id === source.caseStudyId && isLive(c));
  if (!cs) return missingContent('Case study');
  const parts: BlockContent['parts'][number][] = [{ type: 'text', doc: cs.body }];
  if (cs.author.trim()) parts.push({ type: 'text', doc: docOf(para(`Case study prepared by ${cs.author.trim()}.`)) });
  return { title: cs.title, landscape: false, parts };
};

/** The committee's name, or '' when unknown. */
const committeeName = (data: Pick<DatabaseSnapshot, 'committees'>, id: string | null) => data.committees.find((c) => c.id === id)?.name ?? '';

const previousCaseStudies: BlockResolver<'previousCaseStudies'> = ({ data, paper }) => {
  const { committeeId, meetingDate } = paper.cover;
  const title = 'Previous case studies';
  if (!committeeId) return { title, landscape: false, parts: [{ type: 'text', doc: docOf(para('[Choose the committee on the cover sheet to list the case studies presented to it.]')) }] };
  const { previous, current } = caseStudyHistory(data.caseStudies, committeeId, meetingDate);
  const content: BlockNode[] = [];
  if (previous.length === 0) content.push(para(`No case studies have been presented to the ${committeeName(data, committeeId) || 'committee'} before.`));
  else {
    content.push(para('Previous case studies were:'));
    content.push({ type: 'orderedList', attrs: { start: 1 }, content: previous.map((p) => ({ type: 'listItem', content: [para(p.caseStudy.title)] })) });
  }
  if (current) content.push(para(`For this meeting, a case study has been prepared in respect of (${current.number}) ${current.caseStudy.title}.`));
  return { title, landscape: false, parts: [{ type: 'text', doc: docOf(...content) }] };
};

const ambitions: BlockResolver<'ambitions'> = ({ source, data }) => {
  const plan = data.plans.find((p) => p.id === source.planId && isLive(p));
  if (!plan) return missingContent('Numerical ambitions');
  const list = data.ambitions.filter((a) => a.planId === plan.id && isLive(a)).sort(byPosition);
  const title = `${plan.name}: numerical ambitions`;
  if (list.length === 0) return { title, landscape: false, parts: [{ type: 'text', doc: docOf(para('No numerical ambitions have been set for this plan.')) }] };
  const rows: TableRowContent[] = [
    { role: 'header', cells: ['No.', 'Ambition', 'Baseline', 'Target', 'By'].map((h) => text(h, { bold: true })) },
    ...list.map((a, i) => ({ role: 'body' as const, cells: [text(String(i + 1)), text(a.text), text(a.baseline), text(a.target), text(a.by)] })),
  ];
  return { title, landscape: false, parts: [{ type: 'table', columns: [0.6, 5, 2, 2, 1.6], rows }] };
};

/** Dates in a case study's presentations, for screens: "8th December 2017". */
export const presentationLabel = (committee: string, iso: string): string => [committee || 'No committee', iso ? formatMeetingDate(iso) : 'date not set'].join(', ');

export const LIBRARY_RESOLVERS: { readonly caseStudy: BlockResolver<'caseStudy'>; readonly previousCaseStudies: BlockResolver<'previousCaseStudies'>; readonly forwardPlan: BlockResolver<'forwardPlan'>; readonly dataTable: BlockResolver<'dataTable'>; readonly ambitions: BlockResolver<'ambitions'> } = {
  caseStudy,
  previousCaseStudies,
  forwardPlan,
  dataTable,
  ambitions,
};
