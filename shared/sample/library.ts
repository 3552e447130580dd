// Sample records of this feature, added to the first-run sample database (reference-paper.ts).
// The case-study titles are those of reference paper 000, paragraphs 5.40–5.41 (ten presented to the
// panel before, the eleventh prepared for the sample paper's meeting); their meeting dates and bodies
// are stand-ins. The forward plan, budget, disposals and ambitions are illustrative figures, not the
// reference's: they show the layout and the computed totals.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { RecordMeta } from '../records/meta';
import { bullets, doc, para, subheading, table } from '../richtext/build';
import type { Ambition, CaseStudy, DataRow, DataTable, ForwardPlan, ForwardPlanItem } from '../library/model';
import { DEFAULT_FORWARD_PLAN_CATEGORIES } from '../library/forward-plan';
import { column } from '../library/tables';
import { sampleAuditChart } from './chart-image';
import { JASP_ID } from './committees';
import { SAMPLE_BY, SAMPLE_CREATED_AT, SAMPLE_UPDATED_AT } from './ids';
import { SAMPLE_PAPER } from './paper';
import { SAMPLE_PLAN_ID } from './plan';
import { must } from '../records/must';

const GROUPS = { caseStudy: 50, forwardPlan: 51, item: 52, table: 53, ambition: 54, part: 55 } as const;

export function sampleLibraryId(group: keyof typeof GROUPS, n: number): string {
  return `5a3e1e00-2017-4000-80${GROUPS[group]}-${n.toString(16).padStart(12, '0')}`;
}

const meta = (group: keyof typeof GROUPS, n: number): RecordMeta => ({
  id: sampleLibraryId(group, n),
  createdAt: SAMPLE_CREATED_AT,
  updatedAt: SAMPLE_UPDATED_AT,
  updatedBy: SAMPLE_BY,
  deletedAt: null,
});

/** Reference 000 ¶5.40: the ten previous case studies in order, with stand-in meeting dates. */
const PREVIOUS: readonly (readonly [title: string, date: string])[] = [
  ['Shoplifting', '2015-09-15'],
  ['The Victims Code', '2015-11-10'],
  ['Improving BME Policing Experiences', '2016-02-03'],
  ['Hate Crime', '2016-04-19'],
  ['Knife Crime', '2016-06-21'],
  ['Stop and Search', '2016-09-13'],
  ['Rural Crime', '2016-11-08'],
  ['The new victim services CARE', '2017-02-06'],
  ['Evaluation of Community Remedy', '2017-04-18'],
  ['ECINS database', '2017-09-12'],
];

export const SAMPLE_CURRENT_CASE_STUDY_ID = sampleLibraryId('caseStudy', 11);
export const SAMPLE_FORWARD_PLAN_ID = sampleLibraryId('forwardPlan', 1);
export const SAMPLE_BUDGET_TABLE_ID = sampleLibraryId('table', 1);
export const SAMPLE_DISPOSALS_TABLE_ID = sampleLibraryId('table', 2);

function caseStudies(): CaseStudy[] {
  const previous = PREVIOUS.map(([title, date], i): CaseStudy => ({
    ...meta('caseStudy', i + 1),
    title,
    author: 'Office of the Police and Crime Commissioner',
    body: doc(para(`Case study on ${title} presented to the Panel (sample text).`)),
    presentations: [{ id: sampleLibraryId('part', i + 1), committeeId: JASP_ID, meetingDate: date }],
  }));
  const current: CaseStudy = {
    ...meta('caseStudy', 11),
    title: 'Data Integrity and Compliance with NCRS',
    author: 'Force Crime Registrar',
    body: doc(
      subheading('Background'),
      para(
        'The National Crime Recording Standard (NCRS) sets how crimes are recorded, so that figures can be compared between forces and over time. This case study is sample text standing in for the appendix of the reference paper.',
      ),
      subheading('What has been done'),
      bullets(
        'A dedicated crime registrar team audits a sample of incidents each month.',
        'Officers receive refresher training on recording at the first point of contact.',
        'Audit results are reported to the Force Executive Board.',
      ),
      subheading('Audit results (sample figures)'),
      table(
        ['Audit', 'Records checked', 'Compliant'],
        [
          ['Violence against the person', '400', '91%'],
          ['Sexual offences', '120', '94%'],
          ['Burglary', '200', '97%'],
        ],
      ),
      sampleAuditChart(),
    ),
    presentations: [{ id: sampleLibraryId('part', 11), committeeId: JASP_ID, meetingDate: SAMPLE_PAPER.cover.meetingDate }],
  };
  return [...previous, current];
}

function forwardPlan(): { plan: ForwardPlan; items: ForwardPlanItem[] } {
  const categories = DEFAULT_FORWARD_PLAN_CATEGORIES.map((title, i) => ({ id: sampleLibraryId('part', 100 + i), title }));
  const plan: ForwardPlan = { ...meta('forwardPlan', 1), title: 'Forward Plan of Key Decisions', categories };
  let n = 0;
  const item = (
    category: number,
    position: number,
    rest: Omit<ForwardPlanItem, keyof RecordMeta | 'forwardPlanId' | 'categoryId' | 'position'>,
  ): ForwardPlanItem => ({
    ...meta('item', ++n),
    forwardPlanId: plan.id,
    categoryId: must(categories[category], 'categories[category]').id,
    position,
    ...rest,
  });
  const items = [
    item(0, 1, {
      decisionDate: '2018-01',
      subject: 'Custody suite refurbishment',
      summary: 'Business case for refurbishing the cells and detention rooms of the city custody suite.',
      cost: { kind: 'amount', pounds: 1_200_000 },
      contactOfficer: 'Head of Estates',
      reportOf: 'Force',
    }),
    item(1, 1, {
      decisionDate: '2018-02',
      subject: 'Vehicle fleet maintenance contract',
      summary: 'Award of a four-year contract for the servicing and repair of the vehicle fleet.',
      cost: { kind: 'text', text: '>£250k' },
      contactOfficer: 'Head of Procurement',
      reportOf: 'Force',
    }),
    item(1, 2, {
      decisionDate: 'TBC',
      subject: 'Victim services contract extension',
      summary: 'Whether to take up the one-year extension of the victim services contract.',
      cost: { kind: 'amount', pounds: 850_000 },
      contactOfficer: 'Chief Finance Officer',
      reportOf: 'Office of the Commissioner',
    }),
    item(2, 1, {
      decisionDate: '2018-03',
      subject: 'Disposal of a former police station',
      summary: 'Sale of a police station no longer needed after the move to a shared site.',
      cost: { kind: 'text', text: 'capital receipt' },
      contactOfficer: 'Head of Estates',
      reportOf: 'Office of the Commissioner and Force',
    }),
    item(4, 1, {
      decisionDate: '2018-01',
      subject: 'Precept proposal 2018/19',
      summary: 'The Commissioner’s proposed precept and budget for 2018/19.',
      cost: { kind: 'text', text: 'n/a' },
      contactOfficer: 'Chief Finance Officer',
      reportOf: 'Office of the Commissioner',
    }),
  ];
  return { plan, items };
}

function budget(): DataTable {
  const [entity, budgetCol, outturn, variance] = [1, 2, 3, 4].map((i) => sampleLibraryId('part', 200 + i)) as [string, string, string, string];
  const rows: [string, number, number][] = [
    ['Office of the Commissioner', 1_234_400, 1_198_650],
    ['Commissioning', 5_120_000, 5_264_300],
    ['Force', 185_906_500, 186_104_225],
  ];
  return {
    ...meta('table', 1),
    title: 'Revenue budget 2017/18: forecast outturn',
    template: 'budget',
    moneyUnit: 'thousands',
    columns: [
      column(entity, 'Entity', 'text'),
      column(budgetCol, 'Budget', 'money'),
      column(outturn, 'Forecast outturn', 'money'),
      column(variance, 'Variance', 'money', { difference: { a: outturn, b: budgetCol } }),
    ],
    rows: rows.map(([name, b, f], i): DataRow => ({
      id: sampleLibraryId('part', 210 + i),
      group: '',
      cells: { [entity]: name, [budgetCol]: b, [outturn]: f },
    })),
    showTotals: true,
  };
}

function disposals(): DataTable {
  const [site, when, use, receipt] = [1, 2, 3, 4].map((i) => sampleLibraryId('part', 300 + i)) as [string, string, string, string];
  const rows: [group: string, string, string, string, number][] = [
    ['Completed', 'Former section station, West Bridgford', 'Completed August 2017', 'Residential', 425_000],
    ['Completed', 'Police house, Rainworth', 'Completed October 2017', 'Residential', 187_500],
    ['Contracts exchanged', 'Former police station, Beeston', 'Completion due January 2018', 'Retail and offices', 1_150_000],
  ];
  return {
    ...meta('table', 2),
    title: 'Estates disposals 2017/18',
    template: 'disposals',
    moneyUnit: 'pounds',
    columns: [
      column(site, 'Site', 'text'),
      column(when, 'Completion date or status', 'text'),
      column(use, 'Proposed future use', 'text'),
      column(receipt, 'Capital receipt', 'money'),
    ],
    rows: rows.map(([group, s, w, u, r], i): DataRow => ({
      id: sampleLibraryId('part', 310 + i),
      group,
      cells: { [site]: s, [when]: w, [use]: u, [receipt]: r },
    })),
    showTotals: true,
  };
}

function ambitions(): Ambition[] {
  const a = (n: number, text: string, baseline: string, target: string, by: string): Ambition => ({
    ...meta('ambition', n),
    planId: SAMPLE_PLAN_ID,
    position: n,
    text,
    baseline,
    target,
    by,
  });
  return [
    a(1, 'Reduce the proportion of young people who reoffend within 12 months', '9.4% (2016/17)', 'no more than 7%', 'March 2024'),
    a(2, 'Increase the number of knife crime offenders referred to diversion schemes', '120 (2016/17)', '10% increase on the previous year', 'March 2019'),
  ];
}

export function sampleLibraryTables(): Partial<Pick<DatabaseSnapshot, 'caseStudies' | 'forwardPlans' | 'forwardPlanItems' | 'dataTables' | 'ambitions'>> {
  const fp = forwardPlan();
  return { caseStudies: caseStudies(), forwardPlans: [fp.plan], forwardPlanItems: fp.items, dataTables: [budget(), disposals()], ambitions: ambitions() };
}
