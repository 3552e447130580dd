// The two appendices of reference paper 000. The real appendices are separate documents; these
// bodies are short, plausible stand-ins drawn from what the paper itself says about them.
import type { RichDoc } from '../richtext/model';
import { bold, bullets, doc, plainPara, subheading, table } from '../richtext/build';

export interface AppendixContent {
  readonly title: string;
  readonly body: RichDoc;
}

export const SAMPLE_APPENDICES: readonly AppendixContent[] = [
  {
    title: 'Mazars Internal Auditor Report - PEEL Review Action Plan (August 2017)',
    body: doc(
      subheading('Background'),
      plainPara(
        "HMIC's PEEL Effectiveness (2016) report on Nottinghamshire Police was published on 2nd March 2017. At the Commissioner's request, the internal auditors reviewed the Force's progress against the points of criticism relating to the management of domestic incidents and to understanding local communities, as set out in the Assurance Framework Template.",
      ),
      subheading('Overall conclusion'),
      plainPara(
        'The Force has clearly made progress against implementing actions to directly address HMIC concerns and to prevent a repeat of previous issues. A number of actions remain on-going and the Force should consider reiterating the need to complete the agreed actions in a timely manner.',
      ),
      subheading('Action plan'),
      table(
        ['No.', 'Recommendation', 'Force response', 'Status'],
        [
          [
            '1',
            'Implementation of E-Cins for sharing information, including processes for managing and updating the information stored',
            'ECINS implemented with a dedicated project manager; information sharing agreement signed by all statutory partners; audit planned',
            'On-going',
          ],
          [
            '2',
            'Completion and approval of an Engagement Strategy for local communities',
            'Strategy produced and approved; Neighbourhood Inspectors responsible for community profiles and engagement plans',
            'Complete',
          ],
          [
            '3',
            'Management information on Force response times to domestic abuse victims',
            'Breakdown provided to Contact Management; wider review of response times completed',
            'Complete',
          ],
          ['4', 'Reconciliation of NICHE records to MARAC records for all high risk cases', 'All MARAC cases now created and flagged on NICHE', 'Complete'],
        ],
      ),
    ),
  },
  {
    title: 'Case Study – Data Integrity NCRS Compliance',
    body: doc(
      subheading('Why this case study'),
      plainPara(
        'PC Panel Members asked for a case study at each meeting. This, the eleventh, explains why recorded crime rose sharply in 2017-18 and what the Force does every day to record crime accurately under the National Crime Recording Standard (NCRS).',
      ),
      subheading('What changed'),
      plainPara(
        'Following the NCRS audit last year, the Force put in place daily checks of incidents to make sure that every crime reported is recorded. As a result the Force now records around 2,000 more offences each month than a year earlier, the largest rise being in Public Order offences.',
      ),
      bullets(
        'Daily review of incident logs against the crime recording rules',
        'Feedback to officers and call handlers where a crime was missed',
        'Monthly compliance sampling reported to the Force Performance Board',
      ),
      subheading('What it means for performance'),
      plainPara(
        'Higher recorded crime reflects better recording rather than more crime: the Crime Survey for England and Wales shows the risk of crime felt by household residents in Nottinghamshire falling over the same period. The new level is expected to become the accepted ',
        bold("'normal'"),
        ' level.',
      ),
      plainPara('Members are asked to note the case study.'),
    ),
  },
];
