// Sample records of this feature, added to the first-run sample database (reference-paper.ts).
// The plan is reference 004's Appendix A (Police and Crime Plan, Theme 6), its update texts shortened,
// dated into the sample paper's year: Q2 2017/18 has the reference's statuses (11 Green, 2 Amber of 13);
// Q1 2017/18 has a few different ones, so the change sentence and the chart have something to show.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { RecordMeta } from '../records/meta';
import { doc, para } from '../richtext/build';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, Theme } from '../plans/model';
import { defaultStatusKey } from '../plans/status-key';
import { SAMPLE_BY, SAMPLE_CREATED_AT, SAMPLE_UPDATED_AT } from './ids';

const GROUPS = { person: 10, plan: 11, theme: 12, deliverable: 13, update: 14 } as const;

export function samplePlanId(group: keyof typeof GROUPS, n: number): string {
  return `5a3e1e00-2017-4000-80${GROUPS[group]}-${n.toString(16).padStart(12, '0')}`;
}

const meta = (group: keyof typeof GROUPS, n: number): RecordMeta => ({
  id: samplePlanId(group, n),
  createdAt: SAMPLE_CREATED_AT,
  updatedAt: SAMPLE_UPDATED_AT,
  updatedBy: SAMPLE_BY,
  deletedAt: null,
});

export const SAMPLE_PLAN_ID = samplePlanId('plan', 1);
export const SAMPLE_THEME_ID = samplePlanId('theme', 6);
export const SAMPLE_Q1 = 'fy2017q1';
export const SAMPLE_Q2 = 'fy2017q2';

/** Lead officers as the reference prints them. Names are the initials; e-mails are placeholders. */
const PEOPLE: readonly (readonly [short: string, role: string])[] = [
  ['CP-D', 'Offender management'],
  ['GM', 'Knife crime lead'],
  ['KD', 'Chief Executive, OPCC'],
  ['ACC Prior/SO', 'Assistant Chief Constable'],
  ['ACC Prior/PW', 'Assistant Chief Constable'],
  ['Det Supt Firth', 'Economic and Cyber Crime'],
  ['KM', 'Mental health lead'],
  ['ACC Prior/RF', 'Assistant Chief Constable'],
  ['NW', 'Commissioning, OPCC'],
  ['ACC Prior/RG', 'Assistant Chief Constable'],
];

const personId = (short: string) => samplePlanId('person', PEOPLE.findIndex(([s]) => s === short) + 1);

interface SampleDeliverable {
  readonly ref: string;
  readonly organisation: string;
  readonly lead: string;
  readonly marker: string;
  readonly activity: string;
  readonly q1: string;
  readonly q2: string;
  readonly q1Text: string;
  readonly q2Text: readonly string[];
}

const DELIVERABLES: readonly SampleDeliverable[] = [
  {
    ref: 'C03',
    organisation: 'NOPCC',
    lead: 'CP-D',
    marker: '',
    activity: 'Support the use of GPS tags to reduce re-offending by priority offenders.',
    q1: 'green',
    q2: 'green',
    q1Text: 'The 10 remaining GPS tags are managed by the Multi Agency Intelligence Team, the support team for IOM.',
    q2Text: [
      'The Force no longer receives PCC funding for GPS tags; the 10 tags are now managed by the Multi Agency Intelligence Team (MAIT), the support team for IOM. Approximately 50% of the tags are utilised on IOM nominals.',
      'Approximately 50% of the tags are utilised on MOSOVO nominals and regularly assist in short term prison releases of MAPPA nominals.',
    ],
  },
  {
    ref: 'C04',
    organisation: 'NOPCC',
    lead: 'GM',
    marker: '*',
    activity: 'Evaluate the activities of the violent crime team established to reduce knife crime',
    q1: 'amber',
    q2: 'green',
    q1Text: 'The evaluation has not yet started; the team is being re-formed after changes of staff.',
    q2Text: [
      'The Force continues to prioritise knife crime and violence and has a dedicated intelligence and enforcement team that has achieved notable successes within its Pursue activities.',
      'Police, partners and stakeholders are putting in place measures across the Prevent, Protect and Prepare strands, to culminate in an Anti-Violence summit on 14th December.',
    ],
  },
  {
    ref: 'C05',
    organisation: 'NOPCC',
    lead: 'KD',
    marker: '*',
    activity: 'Work jointly with Executive Governor of Ranby prison to deliver the new devolved model of management',
    q1: 'notStarted',
    q2: 'green',
    q1Text: 'A first meeting with the Executive Governor is planned for the summer.',
    q2Text: [
      'An initial meeting has taken place between the Commissioner, Chief Executive and Executive Governor of Ranby Prison; a follow up letter of support has been sent and the CEO is awaiting confirmation by MOJ policy on prison reform.',
    ],
  },
  {
    ref: 'F01',
    organisation: 'Force',
    lead: 'ACC Prior/SO',
    marker: '',
    activity: 'Adopt an integrated partnership to prevent demand for public, private and third sector.',
    q1: 'green',
    q2: 'green',
    q1Text: 'As update P01 below.',
    q2Text: ['As update P01 below.'],
  },
  {
    ref: 'F02',
    organisation: 'Force',
    lead: 'ACC Prior/PW',
    marker: '',
    activity: 'Support multi-agency public protection arrangements (MAPPA) to manage the most dangerous violent and sexual offenders.',
    q1: 'green',
    q2: 'green',
    q1Text: 'Nottinghamshire Police continue to work with the other MAPPA agencies to manage the most complex and high risk offenders.',
    q2Text: [
      'Nottinghamshire Police, alongside the other agencies involved in the MAPPA arrangements, continue to work together to manage the most complex and high risk offenders in the community, through representation at Level 2 and 3 MAPPA panels held weekly across the county.',
    ],
  },
  {
    ref: 'F03',
    organisation: 'Force',
    lead: 'Det Supt Firth',
    marker: '*',
    activity:
      'PL3: Working with law enforcement, government and industry partners, develop and utilise intelligence to update and strengthen our ability to prevent and detect offences committed by cyber criminals and organised crime groups.',
    q1: 'amber',
    q2: 'amber',
    q1Text: 'There is no dedicated Cyber specific resource within force that is adequately trained or has capacity to service the risk posed by Cyber-crime.',
    q2Text: [
      'The department work closely with EMSOU and the Regional Cyber Crime Unit to ensure enforcement activity is focussed on offenders posing greatest risk.',
      'There is however no current dedicated Cyber specific resource within force that is adequately trained or has capacity to effectively service the risk posed by Cyber-crime.',
    ],
  },
  {
    ref: 'C01',
    organisation: 'NOPCC',
    lead: 'KM',
    marker: '',
    activity: 'PL7.2. Continue to provide mental health street triage and to be funded through mainstream resources.',
    q1: 'green',
    q2: 'green',
    q1Text: 'Funding across all partners has been agreed and mainstreamed for 2 triage cars working evenings 7 days a week.',
    q2Text: [
      'Funding across all partners has been agreed, and mainstreamed from April 2016 for 2 triage cars working evenings 7 days a week. Over the last two years Nottinghamshire has seen the biggest percentage reduction in overall use of Section 136 detentions nationally.',
    ],
  },
  {
    ref: 'P01',
    organisation: 'Partners',
    lead: 'ACC Prior/RF',
    marker: '',
    activity: 'PL1: Focus on those family and individuals that cause the most demand to public organisations.',
    q1: 'green',
    q2: 'green',
    q1Text: "Progressed in the County through a newly formed 'integrated locality working group' of the Safer Nottinghamshire Board.",
    q2Text: [
      "This work is being progressed in the County through a newly formed 'integrated locality working group' through the SNB (Safer Nottinghamshire Board), linked to the new hubs at Mansfield and Ashfield District Councils.",
      'This is dealt with under Operation Aurora in the City.',
    ],
  },
  {
    ref: 'C02',
    organisation: 'NOPCC',
    lead: 'NW',
    marker: '',
    activity: 'PL4: PCC to grant aid positive activities for young people most at risk of getting involved in offending not provided elsewhere.',
    q1: 'green',
    q2: 'green',
    q1Text: 'Community Safety Fund applications for projects with young people at risk of offending are being assessed.',
    q2Text: [
      'Through his Community Safety Fund, the PCC has grant funded 4 projects to support young people most at risk of offending. A total of £36,705 of funding has been awarded.',
    ],
  },
  {
    ref: 'F04',
    organisation: 'Force',
    lead: 'Det Supt Firth',
    marker: '*',
    activity: 'PL3: Working with Citizens in Policing, deliver a Fraud and Cyber Crime PROTECT Project to victims of crime.',
    q1: 'green',
    q2: 'green',
    q1Text: 'The Fraud and Cyber Protect Plan is being delivered to victims of crime utilising Citizens in Policing.',
    q2Text: [
      'The department are currently delivering a Fraud and Cyber Protect Plan to victims of crime utilising Citizens in Policing.',
      'Bespoke advice is identified and provided to victims using the Home Office Segmentation Data.',
    ],
  },
  {
    ref: 'F05',
    organisation: 'Force',
    lead: 'Det Supt Firth',
    marker: '',
    activity:
      'PL3 New: Work with partners including the EMSOU, NCA, Action Fraud, and CEOP to ensure the Force has the ability to keep pace with emerging patterns of Cyber Crime offending.',
    q1: 'amber',
    q2: 'amber',
    q1Text: 'The department work closely with EMSOU and the Regional Cyber Crime Unit; there is no dedicated Cyber resource.',
    q2Text: [
      'The department work closely with EMSOU and the Regional Cyber Crime Unit to ensure enforcement activity is focussed on offenders posing greatest risk.',
      'The Commissioner is consulting with the Force lead with a view to hosting a Cybercrime event in February 2018.',
    ],
  },
  {
    ref: 'P02',
    organisation: 'Partners',
    lead: 'ACC Prior/RF',
    marker: '',
    activity: "Ensure 'Preventing Demand Programme' successor is integrated with existing programmes and mainstream activities.",
    q1: 'green',
    q2: 'green',
    q1Text: "The 'Prevent Demand Programme' is now mainstreamed.",
    q2Text: [
      "The 'Prevent Demand Programme' is now mainstreamed and has been subsumed into the integrated locality working project commissioned by the SNB (Safer Nottinghamshire Board).",
    ],
  },
  {
    ref: 'P03',
    organisation: 'Partners',
    lead: 'ACC Prior/RG',
    marker: '',
    activity: 'PL4: Ensure all youth and youth violence is subject to a safeguarding referral, assessment and appropriate interventions.',
    q1: 'amber',
    q2: 'green',
    q1Text: 'Arrangements to ensure that every child involved in a crime of violence is referred are not in place; a narrower arrangement is being agreed.',
    q2Text: [
      'Arrangements to ensure that referral, assessment and interventions are in place for appropriate cases are now fully embedded, through the MASH (in the County), DART (in the City), Vanguard Plus, IOM and the Youth Offending Team and Service.',
    ],
  },
];

export function samplePlanTables(): Partial<Pick<DatabaseSnapshot, 'people' | 'plans' | 'themes' | 'deliverables' | 'updates' | 'customPeriods'>> {
  const people: Person[] = PEOPLE.map(([short, role], i) => ({
    ...meta('person', i + 1),
    name: short,
    shortName: short,
    email: `${short
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '')}@example.org`,
    role,
  }));
  const plan: DeliveryPlan = {
    ...meta('plan', 1),
    name: 'Police and Crime Plan (2016-18)',
    coversFrom: '2016-04-01',
    coversTo: '2018-03-31',
    statusKey: defaultStatusKey(),
    measureThresholds: null,
  };
  const theme: Theme = {
    ...meta('theme', 6),
    planId: SAMPLE_PLAN_ID,
    position: 6,
    number: '6',
    title: 'Prevention, Early Intervention and Reduction in Reoffending',
    priorities: [
      'Reduce reoffending by priority and prolific offenders',
      'Intervene early with young people at risk of offending',
      'Prevent demand through integrated partnership working',
    ],
  };
  const deliverables: Deliverable[] = DELIVERABLES.map((d, i) => ({
    ...meta('deliverable', i + 1),
    planId: SAMPLE_PLAN_ID,
    themeId: SAMPLE_THEME_ID,
    position: i + 1,
    ref: d.ref,
    organisation: d.organisation,
    leadPersonId: personId(d.lead),
    activity: d.activity,
    marker: d.marker,
    dueDate: null,
  }));
  const updates: DeliverableUpdate[] = DELIVERABLES.flatMap((d, i) => [
    {
      ...meta('update', 2 * i + 1),
      deliverableId: samplePlanId('deliverable', i + 1),
      periodId: SAMPLE_Q1,
      statusId: d.q1,
      narrative: doc(para(d.q1Text)),
      narrativeDate: '2017-07-14',
      authorPersonId: personId(d.lead),
    },
    {
      ...meta('update', 2 * i + 2),
      deliverableId: samplePlanId('deliverable', i + 1),
      periodId: SAMPLE_Q2,
      statusId: d.q2,
      narrative: doc(...d.q2Text.map((t) => para(t))),
      narrativeDate: '2017-10-13',
      authorPersonId: personId(d.lead),
    },
  ]);
  return { people, plans: [plan], themes: [theme], deliverables, updates, customPeriods: [] };
}
