// A realistic paper (after the reference Commissioner's update report) for tests, previews and
// manual checks of the export. Ids and dates are fixed so every run builds the same paper.
import type { Appendix, Committee, Contact, CoverSheet, Paper, PaperBundle, Section } from '../papers/model';
import { createMeta } from '../records/meta';
import { bold, bullets, doc, footnote, italic, link, numbered, para, plainPara, subheading, table, underline } from '../richtext/build';
import type { RichDoc } from '../richtext/model';

const AT = '2017-11-20T09:00:00.000Z';
const BY = 'Kevin Dennis';
const meta = (id: string) => createMeta(BY, AT, id);

export const FIXTURE_COMMITTEE: Committee = { ...meta('committee-jasp'), name: 'Joint Audit & Scrutiny Panel' };

const CONTACTS: Contact[] = [
  {
    id: 'contact-1',
    name: 'Kevin Dennis',
    role: 'Chief Executive of the Nottinghamshire Office of the Police and Crime Commissioner',
    email: 'kevin.dennis@nottinghamshire.pnn.police.uk',
    phone: '0115 8445998',
  },
  { id: 'contact-2', name: 'Philip Gilbert', role: 'Head of Strategy and Assurance', email: 'philip.gilbert@nottinghamshire.pnn.police.uk', phone: '' },
];

const COVER: CoverSheet = {
  purpose: 'consideration',
  publicity: 'public',
  exemptionReason: '',
  committeeId: FIXTURE_COMMITTEE.id,
  meetingDate: '2017-12-08',
  reportOf: 'Paddy Tipping Police and Crime Commissioner',
  author: 'Kevin Dennis',
  email: 'kevin.dennis@nottinghamshire.pnn.police.uk',
  otherContacts: 'Kevin Dennis',
  agendaItem: '8',
};

export const FIXTURE_TITLE = "Police and Crime Commissioner's Update Report – to September 2017";

const SECTION_BODIES: [title: string, body: RichDoc, kind?: Section['kind']][] = [
  [
    'Purpose of the Report',
    doc(
      para('This report was also submitted to the Police and Crime Panel (PC Panel) on 27th November 2017.'),
      para(
        'In accordance with section 13 of the Police Reform and Social Responsibility (PR&SR) Act 2011 and subject to certain restrictions, the Commissioner must provide the PC Panel with any information which the PC Panel may reasonably require in order to carry out its functions.',
      ),
      para(
        'This report provides the Joint Audit & Scrutiny Panel (JASP) with an overview of performance in respect of 1st April to 30th September 2017-18 where data is available.',
      ),
    ),
  ],
  [
    'Recommendations',
    doc(
      para(
        'JASP Members to ',
        bold('note'),
        ' the contents of this update report, consider and discuss the issues and seek assurances from the Commissioner on any issues Members have concerns with.',
      ),
    ),
  ],
  [
    'Reasons for Recommendations',
    doc(para('To provide Members with information so that they can review the steps the Commissioner is taking to fulfil his pledges.')),
  ],
  [
    'Summary of Key Points',
    doc(
      subheading('Performance Summary'),
      para(
        'Performance against refreshed targets and measures across all seven themes is contained in the Performance section of the Commissioner’s web site to September 2017.',
        footnote(
          'http://www.nottinghamshire.pcc.police.uk/Document-Library/Public-Information/Performance/2017/Performance-and-Insight-Report-to-September-2017.pdf',
          'fn-a',
        ),
      ),
      subheading('Reporting by Exception'),
      para(
        'The table below shows a breakdown of the RAGB status the Force has assigned to the 22 targets reported in its Performance and Insight report.',
        footnote(
          'A number of performance measures are monitor only and it has been agreed that it is not appropriate to assign a RAGB to such measures unless the measure is + or – 10%.',
          'fn-b',
        ),
        footnote('New RAGB symbols have been used for this report in case readers are limited to black and white print.', 'fn-c'),
      ),
      table(
        ['Performance Against Target', 'Jul-17', '% Total', 'Sep-17', '% Total'],
        [
          ['★ Significantly better than Target >5% difference', '0', '0%', '0', '0%'],
          ['✓ Better than Target', '5', '23%', '8', '36%'],
          ['◆ Close to achieving Target (within 5%)', '9', '41%', '4', '18%'],
          ['● Significantly worse than Target >5% difference', '7', '32%', '9', '41%'],
          ['○ No Longer Measured', '1', '5%', '1', '5%'],
          ['Total', '22', '100%', '22', '100%'],
        ],
      ),
      para(
        'It can be seen that 12 (55%) of these measures are Amber, Green or Blue indicating that the ',
        italic('majority'),
        ' of measures are close to, or better than, the target.',
      ),
      plainPara('PC Panel Members require the Commissioner’s update report to:'),
      numbered(
        'Explain the reasons for improved performance and lessons learned for Blue graded measures; and',
        'Reasons/drivers for poor performance and an explanation as to what action is being taken to address underperformance in respect of Red graded measures.',
      ),
      para('The slavery-free communities research aims to:'),
      bullets(
        [bold('Strengthen local civic leadership'), ' by encouraging local political, faith and business leaders to take a pro-active role.'],
        [bold('Raise public awareness'), ' so that everyone understands how to recognise signs of slavery.'],
        [bold('Work with local businesses'), ' to eradicate slavery from contracts and supply chains.'],
      ),
      para(
        'Further information about the project can be found on the ',
        link('Rights Lab website', 'https://www.nottingham.ac.uk/world/beacons/rights-lab/'),
        '.',
        footnote('https://www.nottingham.ac.uk/world/beacons/rights-lab/', 'fn-d'),
      ),
      numbered('Data Integrity and Compliance with NCRS', 'Victim services CARE'),
      para('For this meeting, a case study has been prepared in respect of Data Integrity (see ', underline('Appendix B'), ').'),
    ),
  ],
  ['Human Resources Implications', doc(para('None - this is an information report.'))],
  ['Equality Implications', doc(para('None'))],
  [
    'Risk Management',
    doc(para('Risks to performance are identified in the main body of the report together with information on how risks are being mitigated.')),
  ],
  ['Financial Implications and Budget Provision', doc()],
  ['Appendices', doc(), 'appendices'],
  ['Background Papers', doc(plainPara(link('Police and Crime Plan 2016-2018 (published)', 'http://www.nottinghamshire.pcc.police.uk/')))],
];

const APPENDICES: [title: string, body: RichDoc][] = [
  [
    'Mazars Internal Auditor Report - PEEL Review Action Plan (August 2017)',
    doc(
      para('The action plan below records progress against each recommendation.'),
      table(
        ['Ref', 'Recommendation', 'Status'],
        [
          ['1', 'Review crime recording processes', 'Complete'],
          ['2', 'Refresh the audit schedule', 'In progress'],
        ],
      ),
    ),
  ],
  [
    'Case Study – Data Integrity NCRS Compliance',
    doc(
      subheading('Background'),
      para('Following the NCRS audit last year, the Force has put in place new daily processes.', footnote('Next update will be November 2017.', 'fn-e')),
      bullets('Daily incident checks', 'Monthly audit'),
    ),
  ],
];

export interface FixtureOptions {
  readonly publicity?: CoverSheet['publicity'];
  readonly footnoteStyle?: Paper['footnoteStyle'];
}

export function fixtureBundle(options: FixtureOptions = {}): PaperBundle {
  const publicity = options.publicity ?? 'public';
  const paper: Paper = {
    ...meta('paper-1'),
    title: FIXTURE_TITLE,
    cover: { ...COVER, publicity, exemptionReason: publicity === 'non-public' ? 'Exempt under paragraph 7 (prevention of crime)' : '' },
    status: 'draft',
    footnoteStyle: options.footnoteStyle ?? 'letter',
    contacts: CONTACTS,
  };
  const sections: Section[] = SECTION_BODIES.map(([title, body, kind], i) => ({
    ...meta(`section-${i + 1}`),
    paperId: paper.id,
    position: i + 1,
    title,
    kind: kind ?? 'text',
    body,
  }));
  const appendices: Appendix[] = APPENDICES.map(([title, body], i) => ({ ...meta(`appendix-${i + 1}`), paperId: paper.id, position: i + 1, title, body }));
  return { paper, committee: FIXTURE_COMMITTEE, sections, appendices, blocks: {} };
}

export const nonPublicFixture = (): PaperBundle => fixtureBundle({ publicity: 'non-public' });

/** The fixture paper with other section bodies (and optionally appendices): for focused tests. */
export function bundleWithBodies(bodies: readonly RichDoc[], appendixBodies: readonly RichDoc[] = [], paper: Partial<Paper> = {}): PaperBundle {
  const base = fixtureBundle();
  const p: Paper = { ...base.paper, ...paper };
  return {
    ...base,
    paper: p,
    sections: bodies.map((body, i) => ({ ...meta(`s-${i + 1}`), paperId: p.id, position: i + 1, title: `Section ${i + 1}`, kind: 'text', body })),
    appendices: appendixBodies.map((body, i) => ({ ...meta(`a-${i + 1}`), paperId: p.id, position: i + 1, title: `Appendix title ${i + 1}`, body })),
  };
}
