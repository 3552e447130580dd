import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../backup/snapshot';
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockContent, TablePart } from '../blocks/content';
import { resolveBlock } from '../blocks/resolve';
import { sampleLibraryTables, SAMPLE_BUDGET_TABLE_ID, SAMPLE_DISPOSALS_TABLE_ID, SAMPLE_FORWARD_PLAN_ID } from '../sample/library';
import { SAMPLE_PAPER } from '../sample/paper';
import { SAMPLE_COMMITTEES } from '../sample/committees';
import { SAMPLE_PLAN_ID } from '../sample/plan';
import { caseStudyHistory } from './case-studies';
import { formatCost, formatDecisionDate, groupForwardPlan, parseDecisionDate } from './forward-plan';
import type { CaseStudy, DataTable, ForwardPlan, ForwardPlanItem } from './model';
import { formatMoney, formatMoneyCell, moneyHeader, parseAmount } from './money';
import { cellValue, column, formatCell, parseCell, tableLines, templateColumns } from './tables';

const m = { createdAt: '2018-01-01T00:00:00.000Z', updatedAt: '2018-01-01T00:00:00.000Z', updatedBy: 't', deletedAt: null };

function data(): DatabaseSnapshot {
  return { ...emptySnapshot(), committees: [...SAMPLE_COMMITTEES], ...sampleLibraryTables() };
}

const tablesOf = (c: BlockContent) => c.parts.filter((p): p is TablePart => p.type === 'table');
const rowTexts = (t: TablePart) => t.rows.map((r) => r.cells.map((c) => (c.content.kind === 'text' ? c.content.text : '')));
const allText = (c: BlockContent) => JSON.stringify(c);

describe('money', () => {
  it('prints pounds with thousands separators in the chosen unit', () => {
    expect(formatMoney(1_234_567)).toBe('£1,234,567');
    expect(formatMoney(1_234_567, 'thousands')).toBe('£1,235k');
    expect(formatMoney(1_234_567, 'millions')).toBe('£1.2m');
    expect(formatMoneyCell(1_234_567, 'thousands')).toBe('1,235');
    expect(moneyHeader('Budget', 'thousands')).toBe("Budget £'000");
    expect(moneyHeader('Budget', 'pounds')).toBe('Budget');
  });
  it('prints negatives in brackets, one way in every unit, and never "(£0)"', () => {
    expect(formatMoney(-1_234)).toBe('(£1,234)');
    expect(formatMoneyCell(-300_000, 'thousands')).toBe('(300)');
    expect(formatMoney(-2_450_000, 'millions')).toBe('(£2.5m)');
    expect(formatMoney(-0.4)).toBe('£0');
    expect(formatMoneyCell(-400, 'thousands')).toBe('0');
  });
  it('rounds half away from zero', () => {
    expect(formatMoney(1_234.5)).toBe('£1,235');
    expect(formatMoney(-1_234.5)).toBe('(£1,235)');
    expect(formatMoneyCell(1_500, 'thousands')).toBe('2');
  });
  it('reads typed figures', () => {
    expect(parseAmount('£1,200')).toEqual({ ok: true, value: 1200 });
    expect(parseAmount('1.2m')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseAmount('£250k')).toEqual({ ok: true, value: 250_000 });
    expect(parseAmount('(300)')).toEqual({ ok: true, value: -300 });
    expect(parseAmount('(£1,234)')).toEqual({ ok: true, value: -1234 });
    expect(parseAmount('-£300')).toEqual({ ok: true, value: -300 });
    expect(parseAmount('£-300')).toEqual({ ok: true, value: -300 });
    expect(parseAmount(' ')).toEqual({ ok: true, value: null });
    expect(parseAmount('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseAmount('1,20')).toMatchObject({ ok: false });
    expect(parseAmount('abc')).toMatchObject({ ok: false });
    expect(parseAmount('£')).toMatchObject({ ok: false });
  });
});

let n = 0;
const ids = () => `col-${++n}`;

function budgetTable(rows: [string, number | null, number | null][], unit: DataTable['moneyUnit'] = 'pounds'): DataTable {
  const columns = templateColumns('budget', ids);
  return {
    id: 'table-1',
    ...m,
    title: 'Budget',
    template: 'budget',
    moneyUnit: unit,
    columns,
    showTotals: true,
    rows: rows.map(([e, b, f], i) => ({ id: `row-${i}`, group: '', cells: { [columns[0]!.id]: e, [columns[1]!.id]: b, [columns[2]!.id]: f } })),
  };
}

describe('data tables', () => {
  it('computes variance = forecast outturn − budget and totals every £ column, right to the pound', () => {
    const t = budgetTable([
      ['OPCC', 1_234_400, 1_198_650],
      ['Force', 185_906_500, 186_104_225],
    ]);
    const lines = tableLines(t);
    expect(lines.map((l) => l.kind)).toEqual(['row', 'row', 'total']);
    expect(lines[0]!.kind === 'row' && lines[0]!.values[3]).toBe(-35_750);
    const total = lines[2]!;
    expect(total.kind === 'total' && total.values).toEqual([null, 187_140_900, 187_302_875, 161_975]);
    const printed = rowTexts(tablesOf(resolveBlock({ kind: 'dataTable', dataTableId: 'table-1' }, { ...emptySnapshot(), dataTables: [t] }, SAMPLE_PAPER))[0]!);
    expect(printed[0]).toEqual(['Entity', 'Budget', 'Forecast outturn', 'Variance']);
    expect(printed[1]).toEqual(['OPCC', '£1,234,400', '£1,198,650', '(£35,750)']);
    expect(printed.at(-1)).toEqual(['Total', '£187,140,900', '£187,302,875', '£161,975']);
  });

  it("totals from unrounded values: three rows of £400 print 0 each in £'000 and total 1", () => {
    const t = budgetTable(
      [
        ['A', 400, 0],
        ['B', 400, 0],
        ['C', 400, 0],
      ],
      'thousands',
    );
    const c = resolveBlock({ kind: 'dataTable', dataTableId: 'table-1' }, { ...emptySnapshot(), dataTables: [t] }, SAMPLE_PAPER);
    const printed = rowTexts(tablesOf(c)[0]!);
    expect(printed[0]).toEqual(['Entity', "Budget £'000", "Forecast outturn £'000", "Variance £'000"]);
    expect(printed.slice(1, 4).map((r) => r[1])).toEqual(['0', '0', '0']);
    expect(printed[4]).toEqual(['Total', '1', '0', '(1)']);
    expect(tablesOf(c)[0]!.rows.map((r) => r.role)).toEqual(['header', 'body', 'body', 'body', 'total']);
  });

  it('leaves variance blank when a figure is missing, and totals what there is', () => {
    const t = budgetTable([
      ['A', 100, null],
      ['B', 200, 260],
    ]);
    expect(cellValue(t.rows[0]!, t.columns[3]!, t.columns)).toBeNull();
    const total = tableLines(t).at(-1)!;
    expect(total.kind === 'total' && total.values).toEqual([null, 300, 260, 60]);
  });

  it('groups estates disposals: completed, contracts exchanged, subtotals and the total of receipts', () => {
    const c = resolveBlock({ kind: 'dataTable', dataTableId: SAMPLE_DISPOSALS_TABLE_ID }, data(), SAMPLE_PAPER);
    const t = tablesOf(c)[0]!;
    expect(t.rows.map((r) => r.role)).toEqual(['header', 'group', 'body', 'body', 'total', 'group', 'body', 'total', 'total']);
    const printed = rowTexts(t);
    expect(printed[1]![0]).toBe('Completed');
    expect(printed[4]).toEqual(['Total Completed', '', '', '£612,500']);
    expect(printed[7]).toEqual(['Total Contracts exchanged', '', '', '£1,150,000']);
    expect(printed[8]).toEqual(['Total', '', '', '£1,762,500']);
  });

  it('adds up only £ and number columns', () => {
    const cols = [column('a', 'Name', 'text'), column('b', 'Rate', 'percent'), column('c', 'Count', 'number'), column('d', 'When', 'date')];
    const t: DataTable = {
      id: 't',
      ...m,
      title: 'x',
      template: 'custom',
      moneyUnit: 'pounds',
      columns: cols,
      showTotals: true,
      rows: [
        { id: 'r1', group: '', cells: { a: 'x', b: 10, c: 1200.5, d: '2018-01-31' } },
        { id: 'r2', group: '', cells: { a: 'y', b: 20, c: 3 } },
      ],
    };
    const total = tableLines(t).at(-1)!;
    expect(total.kind === 'total' && total.values).toEqual([null, null, 1203.5, null]);
    expect(formatCell(12.5, cols[1]!, 'pounds')).toBe('12.5%');
    expect(formatCell(1203.5, cols[2]!, 'pounds')).toBe('1,203.5');
    expect(formatCell('2018-01-31', cols[3]!, 'pounds')).toBe('31st January 2018');
  });

  it('reads typed cells by column type', () => {
    expect(parseCell('£1,200', 'money')).toEqual({ ok: true, value: 1200 });
    expect(parseCell('(300)', 'money')).toEqual({ ok: true, value: -300 });
    expect(parseCell('12%', 'percent')).toEqual({ ok: true, value: 12 });
    expect(parseCell('31/03/2018', 'date')).toEqual({ ok: true, value: '2018-03-31' });
    expect(parseCell('soon', 'date')).toMatchObject({ ok: false });
    expect(parseCell('', 'money')).toEqual({ ok: true, value: null });
  });

  it("prints the sample budget in £'000 with a total consistent to the pound", () => {
    const printed = rowTexts(tablesOf(resolveBlock({ kind: 'dataTable', dataTableId: SAMPLE_BUDGET_TABLE_ID }, data(), SAMPLE_PAPER))[0]!);
    expect(printed.at(-1)).toEqual(['Total', '192,261', '192,567', '306']);
  });
});

describe('forward plan', () => {
  it('formats decision dates and costs', () => {
    expect(formatDecisionDate('2018-01')).toBe('January 2018');
    expect(formatDecisionDate('TBC')).toBe('TBC');
    expect(formatDecisionDate('')).toBe('TBC');
    expect(parseDecisionDate('Jan 2018')).toBe('2018-01');
    expect(parseDecisionDate('03/2019')).toBe('2019-03');
    expect(parseDecisionDate('tbc')).toBe('TBC');
    expect(parseDecisionDate('someday')).toBeNull();
    expect(formatCost({ kind: 'amount', pounds: 1_200_000 })).toBe('£1,200,000');
    expect(formatCost({ kind: 'text', text: '>£250k' })).toBe('>£250k');
  });

  it('groups by category in category order and numbers within the category', () => {
    const plan: ForwardPlan = {
      id: 'fp',
      ...m,
      title: 'FP',
      categories: [
        { id: 'c1', title: 'Business cases' },
        { id: 'c2', title: 'Contracts above £250k' },
      ],
    };
    const item = (id: string, categoryId: string, position: number, deleted = false): ForwardPlanItem => ({
      id,
      ...m,
      deletedAt: deleted ? m.updatedAt : null,
      forwardPlanId: 'fp',
      categoryId,
      position,
      decisionDate: 'TBC',
      subject: id,
      summary: '',
      cost: { kind: 'text', text: '' },
      contactOfficer: '',
      reportOf: '',
    });
    const groups = groupForwardPlan(plan, [item('b', 'c2', 2), item('a', 'c2', 1), item('gone', 'c2', 0, true)]);
    expect(groups.map((g) => [g.number, g.items.map((i) => `${i.reference} ${i.item.subject}`)])).toEqual([
      [1, []],
      [2, ['2.1 a', '2.2 b']],
    ]);
  });

  it('prints the sample forward plan landscape, numbered, with "None to report" for empty categories', () => {
    const c = resolveBlock({ kind: 'forwardPlan', forwardPlanId: SAMPLE_FORWARD_PLAN_ID }, data(), SAMPLE_PAPER);
    expect(c.landscape).toBe(true);
    const t = tablesOf(c)[0]!;
    expect(t.rows[0]!.role).toBe('header');
    const printed = rowTexts(t).map((r) => r.join(' | '));
    expect(printed).toContain('1. Business cases');
    expect(printed).toContain(
      '2.1 | February 2018 | Vehicle fleet maintenance contract | Award of a four-year contract for the servicing and repair of the vehicle fleet. | >£250k | Head of Procurement | Force',
    );
    expect(printed.some((r) => r.startsWith('2.2 | TBC | Victim services contract extension') && r.includes('£850,000'))).toBe(true);
    const wf = printed.indexOf('4. Workforce Plan and Recruitment Strategies');
    expect(printed[wf + 1]).toBe(' | None to report');
    expect(printed.filter((r) => r.includes('None to report'))).toHaveLength(2);
  });
});

describe('case studies', () => {
  const cs = (id: string, title: string, ...presentations: [string | null, string][]): CaseStudy => ({
    id,
    ...m,
    title,
    author: '',
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    presentations: presentations.map(([committeeId, meetingDate], i) => ({ id: `${id}-${i}`, committeeId, meetingDate })),
  });

  it('lists those presented to the committee before the meeting in order of presentation, and the one for this meeting', () => {
    const list = [
      cs('c', 'Third', ['k', '2017-03-01']),
      cs('a', 'First', ['k', '2016-01-01'], ['k', '2017-06-01']),
      cs('b', 'Second', ['other', '2015-01-01'], ['k', '2016-05-01']),
      cs('x', 'Elsewhere', ['other', '2016-02-02']),
      cs('now', 'Now', ['k', '2017-12-08']),
      cs('later', 'Later', ['k', '2018-03-01']),
    ];
    const h = caseStudyHistory(list, 'k', '2017-12-08');
    expect(h.previous.map((p) => `${p.number} ${p.caseStudy.title}`)).toEqual(['1 First', '2 Second', '3 Third']);
    expect(h.current?.number).toBe(4);
    expect(h.current?.caseStudy.title).toBe('Now');
    expect(caseStudyHistory(list, null, '2017-12-08')).toEqual({ previous: [], current: null });
  });

  it("prints the sample paper's ten previous case studies and names the eleventh", () => {
    const c = resolveBlock({ kind: 'previousCaseStudies' }, data(), SAMPLE_PAPER);
    const part = c.parts[0]!;
    expect(part.type).toBe('text');
    const docText = allText(c);
    const list = part.type === 'text' ? part.doc.content.find((b) => b.type === 'orderedList') : undefined;
    expect(list ? list.content.length : 0).toBe(10);
    expect(docText.indexOf('Shoplifting')).toBeLessThan(docText.indexOf('ECINS database'));
    expect(docText).toContain('For this meeting, a case study has been prepared in respect of (11) Data Integrity and Compliance with NCRS.');
  });

  it('prints a case study with its body and author', () => {
    const c = resolveBlock({ kind: 'caseStudy', caseStudyId: sampleLibraryTables().caseStudies![10]!.id }, data(), SAMPLE_PAPER);
    expect(c.title).toBe('Data Integrity and Compliance with NCRS');
    expect(allText(c)).toContain('Force Crime Registrar');
  });
});

describe('ambitions and missing sources', () => {
  it("lists a plan's ambitions in order", () => {
    const d = { ...data(), plans: [{ id: SAMPLE_PLAN_ID, ...m, name: 'Plan' } as unknown as DatabaseSnapshot['plans'][number]] };
    const printed = rowTexts(tablesOf(resolveBlock({ kind: 'ambitions', planId: SAMPLE_PLAN_ID }, d, SAMPLE_PAPER))[0]!);
    expect(printed[0]).toEqual(['No.', 'Ambition', 'Baseline', 'Target', 'By']);
    expect(printed[1]![3]).toBe('no more than 7%');
  });
  it('prints a placeholder when the record is gone', () => {
    expect(allText(resolveBlock({ kind: 'dataTable', dataTableId: 'nope' }, data(), SAMPLE_PAPER))).toContain('no longer available');
  });
});
