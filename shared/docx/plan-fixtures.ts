// A business plan as a plan document, for the export's tests and manual checks: title page, three
// sections with sub-headings to three levels, prose with a list and a footnote, an action-plan block
// (resolved from a small plan with two objectives) and an appendix. Ids and dates are fixed.
import { emptySnapshot } from '../backup/snapshot';
import type { DatabaseSnapshot } from '../backup/snapshot';
import { resolveBlock } from '../blocks/resolve';
import type { BlockSource } from '../blocks/model';
import type { Appendix, Paper, PaperBundle, Section } from '../papers/model';
import type { Deliverable, DeliveryPlan, Person, Theme } from '../plans/model';
import { defaultStatusKey } from '../plans/status-key';
import { createMeta } from '../records/meta';
import { bullets, doc, footnote, para, subheading, subheading3 } from '../richtext/build';
import type { RichDoc } from '../richtext/model';
import { blankCover } from '../papers/factory';

const AT = '2014-03-01T09:00:00.000Z';
const meta = (id: string) => createMeta('Fixture', AT, id);

export const PLAN_TITLE = 'Business Plan 2014/15';
export const ACTION_BLOCK_ID = 'block-action-plan';

export function businessPlanData(): DatabaseSnapshot {
  const plan: DeliveryPlan = {
    ...meta('bp-plan'),
    name: 'Business Plan 2014/15',
    coversFrom: '2014-04-01',
    coversTo: '2015-03-31',
    statusKey: defaultStatusKey({ includeBlue: true }),
    measureThresholds: null,
  };
  const theme = (id: string, position: number, title: string): Theme => ({
    ...meta(id),
    planId: plan.id,
    position,
    number: String(position),
    title,
    priorities: [],
  });
  const person = (id: string, name: string, shortName: string): Person => ({ ...meta(id), name, shortName, email: '', role: '' });
  const action = (id: string, themeId: string, position: number, activity: string, owners: string[], when: Deliverable['when']): Deliverable => ({
    ...meta(id),
    planId: plan.id,
    themeId,
    position,
    ref: '',
    organisation: 'OPCC',
    leadPersonId: owners[0] ?? null,
    ownerPersonIds: owners,
    activity,
    marker: '',
    dueDate: null,
    when,
  });
  return {
    ...emptySnapshot(),
    plans: [plan],
    people: [person('bp-ce', 'Chief Executive', 'CE'), person('bp-cfo', 'Chief Finance Officer', 'CFO')],
    themes: [theme('bp-o1', 1, 'Protect, support and respond to victims'), theme('bp-o2', 2, 'Spend your money wisely')],
    deliverables: [
      action('bp-a1', 'bp-o1', 1, 'Commission victim support services', ['bp-ce'], { kind: 'month', year: 2014, month: 4 }),
      action('bp-a2', 'bp-o1', 2, 'Hold the Chief Constable to account at the performance board', ['bp-ce', 'bp-cfo'], { kind: 'frequency', label: 'Monthly' }),
      action('bp-a3', 'bp-o2', 1, 'Publish the medium-term financial plan', ['bp-cfo'], { kind: 'date', date: '2014-12-31' }),
      action('bp-a4', 'bp-o2', 2, 'Review grants to community safety partners', ['bp-cfo'], { kind: 'frequency', label: 'Routinely', fyStartYear: 2014 }),
    ],
  };
}

export const ACTION_SOURCE: BlockSource = { kind: 'actionPlan', planId: 'bp-plan', themeId: null, periodId: null, titles: null };

export const PLAN_SECTIONS: readonly [string, RichDoc][] = [
  [
    'Introduction',
    doc(
      para('This plan sets out what the office will do in 2014/15', footnote('Approved by the Commissioner on 1 March 2014.', 'fn-bp-1'), '.'),
      subheading('Our vision'),
      para('Safer communities, improving trust and confidence.'),
      subheading3('Our values'),
      bullets('Openness', 'Fairness'),
    ),
  ],
  [
    'Our priorities',
    doc(para('Seven strategic priorities, two of which this plan takes forward.'), subheading('Victims first'), para('Victims are at the heart of the plan.')),
  ],
  ['Action plan', doc(para('The actions below are monitored every six months.'), { type: 'dataBlock', attrs: { blockId: ACTION_BLOCK_ID } })],
];

export function planDocumentBundle(options: { numberedHeadings?: boolean } = {}): PaperBundle {
  const paper: Paper = {
    ...meta('bp-paper'),
    title: PLAN_TITLE,
    cover: blankCover(),
    status: 'draft',
    footnoteStyle: 'number',
    contacts: [],
    kind: 'planDocument',
    titlePage: {
      organisation: 'Office of the Police and Crime Commissioner for Nottinghamshire',
      period: '2014/15',
      version: 'Version 1.0',
      date: '2014-03-01',
    },
    numberedHeadings: options.numberedHeadings ?? true,
  };
  const sections: Section[] = PLAN_SECTIONS.map(([title, body], i) => ({
    ...meta(`bp-s${i + 1}`),
    paperId: paper.id,
    position: i + 1,
    title,
    kind: 'text',
    body,
  }));
  const appendices: Appendix[] = [
    { ...meta('bp-app1'), paperId: paper.id, position: 1, title: 'Glossary', body: doc(para('OPCC: Office of the Police and Crime Commissioner.')) },
  ];
  return { paper, committee: null, sections, appendices, blocks: { [ACTION_BLOCK_ID]: resolveBlock(ACTION_SOURCE, businessPlanData(), paper) } };
}
