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
import { categoryLabel, formatCost, formatDecisionDate, groupForwardPlan, NONE_TO_REPORT } from './forward-plan';
import type { DataTable } from './model';
import { columnHeader, columnWeight, formatCell, isSummable, isWide, moneyPrint, tableLines } from './tables';
import type { HouseStyle } from '../house-style/model';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import { byKey, wordingText } from '../blocks/wording';
import type { WordingEntry } from '../blocks/wording';
import { must } from '../records/must';

/** The sentences this feature's blocks print by themselves, with their default wording (shared/blocks/wording.ts). */
export const LIBRARY_WORDING = {
  previousCaseStudies: [
    { key: 'intro', label: 'Sentence before the list', default: 'Previous case studies were:', canSwitchOff: true },
    {
      key: 'none',
      label: 'When none were presented before',
      default: 'No case studies have been presented to the {committee} before.',
      values: { committee: 'the committee’s name' },
      canSwitchOff: true,
    },
    {
      key: 'current',
      label: 'Sentence on this meeting’s case study',
      default: 'For this meeting, a case study has been prepared in respect of ({number}) {title}.',
      values: { number: 'its number in the list', title: 'its title' },
      canSwitchOff: true,
    },
  ],
  caseStudy: [
    {
      key: 'preparedBy',
      label: 'Closing line',
      default: 'Case study prepared by {author}.',
      values: { author: 'the case study’s author' },
      canSwitchOff: true,
    },
  ],
  forwardPlan: [{ key: 'none', label: 'Under a category with no decisions', default: NONE_TO_REPORT, canSwitchOff: false }],
  ambitions: [{ key: 'none', label: 'When the plan has no ambitions', default: 'No numerical ambitions have been set for this plan.', canSwitchOff: false }],
} as const satisfies Readonly<Record<string, readonly WordingEntry[]>>;

const W = {
  previousCaseStudies: byKey(LIBRARY_WORDING.previousCaseStudies),
  caseStudy: byKey(LIBRARY_WORDING.caseStudy),
  forwardPlan: byKey(LIBRARY_WORDING.forwardPlan),
  ambitions: byKey(LIBRARY_WORDING.ambitions),
};

const para = (t: string): ParagraphNode => ({ type: 'paragraph', attrs: { numbered: false }, content: t ? [{ type: 'text', text: t }] : [] });
const docOf = (...content: BlockNode[]): RichDoc => ({ type: 'doc', content });

/** The parts that print a data table: a header row, its lines, subtotals and the total in bold. */
export function dataTableRows(table: DataTable, style: Pick<HouseStyle, 'moneyStyle' | 'dateStyle'> = DEFAULT_HOUSE_STYLE): TableRowContent[] {
  const unit = moneyPrint(table.moneyUnit, style);
  const align = (i: number): CellAlign => (must(table.columns[i], 'table.columns[i]').type === 'text' ? 'left' : 'right');
  const header: TableRowContent = { role: 'header', cells: table.columns.map((c, i) => text(columnHeader(c, unit), { bold: true, align: align(i) })) };
  const rows: TableRowContent[] = [header];
  // Computed figures (differences, subtotals, totals) can be replaced by the author (shared/blocks/overrides.ts).
  const figures = (label: string, key: string, values: readonly (number | null)[]): TableCellContent[] =>
    table.columns.map((c, i) =>
      i === 0
        ? text(label, { bold: true })
        : text(values[i] === null || values[i] === undefined ? '' : formatCell(values[i], c, unit, style), {
            bold: true,
            align: align(i),
            ...(isSummable(c) && c.total ? { figure: { key: `${key}:${c.id}`, label: `${label}: ${c.label}` } } : {}),
          }),
    );
  for (const line of tableLines(table)) {
    if (line.kind === 'group')
      rows.push({ role: 'group', keepWithNext: true, cells: [{ content: { kind: 'text', text: line.label, bold: true }, span: table.columns.length }] });
    else if (line.kind === 'row') {
      const name = formatCell(line.values[0] ?? null, must(table.columns[0], 'table.columns[0]'), unit, style) || 'Row';
      rows.push({
        role: 'body',
        cells: table.columns.map((c, i) =>
          text(formatCell(line.values[i] ?? null, c, unit, style), {
            align: align(i),
            ...(c.difference ? { figure: { key: `${line.row.id}:${c.id}`, label: `${name}: ${c.label}` } } : {}),
          }),
        ),
      });
    } else rows.push({ role: 'total', cells: figures(line.label, line.kind === 'total' ? 'total' : `subtotal:${line.label}`, line.values) });
  }
  return rows;
}

export function dataTableContent(table: DataTable, style: Pick<HouseStyle, 'moneyStyle' | 'dateStyle'> = DEFAULT_HOUSE_STYLE): BlockContent {
  return {
    title: table.title,
    landscape: isWide(table.columns),
    parts: [{ type: 'table', columns: table.columns.map(columnWeight), rows: dataTableRows(table, style) }],
  };
}

const dataTable: BlockResolver<'dataTable'> = ({ source, data, style }) => {
  const table = data.dataTables.find((t) => t.id === source.dataTableId && isLive(t));
  return table ? dataTableContent(table, style) : missingContent('Data table');
};

const forwardPlan: BlockResolver<'forwardPlan'> = ({ source, data, style }) => {
  const plan = data.forwardPlans.find((p) => p.id === source.forwardPlanId && isLive(p));
  if (!plan) return missingContent('Forward plan');
  const headers = ['Ref', 'Date of decision', 'Subject', 'Summary of decision', 'Cost', 'Contact officer', 'Report of'];
  const rows: TableRowContent[] = [{ role: 'header', cells: headers.map((h) => text(h, { bold: true })) }];
  for (const group of groupForwardPlan(plan, data.forwardPlanItems)) {
    rows.push({
      role: 'group',
      keepWithNext: true,
      cells: [
        { content: { kind: 'text', text: `${categoryLabel(group.number, plan.categoryNumbering)} ${group.category.title}`, bold: true }, span: headers.length },
      ],
    });
    const note = group.category.note?.trim();
    if (note)
      rows.push({ role: 'body', keepWithNext: group.items.length > 0, cells: [text(''), { content: { kind: 'text', text: note }, span: headers.length - 1 }] });
    if (group.items.length === 0)
      rows.push({
        role: 'body',
        cells: [text(''), { content: { kind: 'text', text: wordingText(source.wording, W.forwardPlan.none) ?? NONE_TO_REPORT }, span: headers.length - 1 }],
      });
    for (const { reference, item } of group.items)
      rows.push({
        role: 'body',
        cells: [
          text(reference),
          text(formatDecisionDate(item.decisionDate, item.decisionDateTo)),
          text(item.subject),
          text(item.summary),
          text(formatCost(item.cost, style)),
          text(item.contactOfficer),
          text(item.reportOf),
        ],
      });
  }
  return { title: plan.title, landscape: true, parts: [{ type: 'table', columns: [0.7, 1.3, 2.2, 3.5, 1.7, 1.6, 2.1], rows }] };
};

const caseStudy: BlockResolver<'caseStudy'> = ({ source, data }) => {
  const cs = data.caseStudies.find((c) => c.id === source.caseStudyId && isLive(c));
  if (!cs) return missingContent('Case study');
  const parts: BlockContent['parts'][number][] = [{ type: 'text', doc: cs.body }];
  const preparedBy = cs.author.trim() ? wordingText(source.wording, W.caseStudy.preparedBy, { author: cs.author.trim() }) : null;
  if (preparedBy) parts.push({ type: 'text', doc: docOf(para(preparedBy)) });
  return { title: cs.title, landscape: false, parts };
};

/** The committee's name, or '' when unknown. */
const committeeName = (data: Pick<DatabaseSnapshot, 'committees'>, id: string | null) => data.committees.find((c) => c.id === id)?.name ?? '';

const previousCaseStudies: BlockResolver<'previousCaseStudies'> = ({ source, data, paper }) => {
  const { committeeId, meetingDate } = paper.cover;
  const title = 'Previous case studies';
  if (!committeeId)
    return {
      title,
      landscape: false,
      parts: [{ type: 'text', doc: docOf(para('[Choose the committee on the cover sheet to list the case studies presented to it.]')) }],
    };
  const { previous, current } = caseStudyHistory(data.caseStudies, committeeId, meetingDate);
  const content: BlockNode[] = [];
  const say = (t: string | null) => t !== null && content.push(para(t));
  if (previous.length === 0) say(wordingText(source.wording, W.previousCaseStudies.none, { committee: committeeName(data, committeeId) || 'committee' }));
  else {
    say(wordingText(source.wording, W.previousCaseStudies.intro));
    content.push({ type: 'orderedList', attrs: { start: 1 }, content: previous.map((p) => ({ type: 'listItem', content: [para(p.caseStudy.title)] })) });
  }
  if (current) say(wordingText(source.wording, W.previousCaseStudies.current, { number: String(current.number), title: current.caseStudy.title }));
  return { title, landscape: false, parts: [{ type: 'text', doc: docOf(...content) }] };
};

const ambitions: BlockResolver<'ambitions'> = ({ source, data }) => {
  const plan = data.plans.find((p) => p.id === source.planId && isLive(p));
  if (!plan) return missingContent('Numerical ambitions');
  const list = data.ambitions.filter((a) => a.planId === plan.id && isLive(a)).sort(byPosition);
  const title = `${plan.name}: numerical ambitions`;
  if (list.length === 0) return { title, landscape: false, parts: [{ type: 'text', doc: docOf(para(wordingText(source.wording, W.ambitions.none) ?? '')) }] };
  const rows: TableRowContent[] = [
    { role: 'header', cells: ['No.', 'Ambition', 'Baseline', 'Target', 'By'].map((h) => text(h, { bold: true })) },
    ...list.map((a, i) => ({ role: 'body' as const, cells: [text(String(i + 1)), text(a.text), text(a.baseline), text(a.target), text(a.by)] })),
  ];
  return { title, landscape: false, parts: [{ type: 'table', columns: [0.6, 5, 2, 2, 1.6], rows }] };
};

/** Dates in a case study's presentations, for screens: "8th December 2017". */
export const presentationLabel = (committee: string, iso: string): string =>
  [committee || 'No committee', iso ? formatMeetingDate(iso) : 'date not set'].join(', ');

export const LIBRARY_RESOLVERS: {
  readonly caseStudy: BlockResolver<'caseStudy'>;
  readonly previousCaseStudies: BlockResolver<'previousCaseStudies'>;
  readonly forwardPlan: BlockResolver<'forwardPlan'>;
  readonly dataTable: BlockResolver<'dataTable'>;
  readonly ambitions: BlockResolver<'ambitions'>;
} = {
  caseStudy,
  previousCaseStudies,
  forwardPlan,
  dataTable,
  ambitions,
};
