// Sections 6–13 of reference paper 000: the implications sections, appendices and background papers.
import { bullets, doc, para } from '../richtext/build';
import { emptyDoc } from '../richtext/model';
import type { SectionContent } from './content';
import { fn } from './ids';

export const CLOSING_SECTIONS: readonly SectionContent[] = [
  { title: 'Human Resources Implications', body: doc(para('None - this is an information report.')) },
  { title: 'Equality Implications', body: doc(para('None')) },
  {
    title: 'Risk Management',
    body: doc(para('Risks to performance are identified in the main body of the report together with information on how risks are being mitigated.')),
  },
  {
    title: 'Policy Implications and links to the Police and Crime Plan Priorities',
    body: doc(para('This report provides Members with an update on performance in respect of the Police and Crime Plan.')),
  },
  {
    title: 'Changes in Legislation or other Legal Considerations',
    body: doc(
      para(
        'The Commissioner publishes a horizon scanning document',
        fn('m', 'http://www.nottinghamshire.pcc.police.uk/Public-Information/Horizon-Scanning/Horizon-Scanning.aspx'),
        ' every two weeks and can be downloaded from his website. The horizon scanning undertaken involves reviewing information from a range of sources, including emerging legislation, government publications, audits and inspections, consultation opportunities and key statistics and research findings, in order to inform strategic planning and decision making locally.',
      ),
    ),
  },
  { title: 'Details of outcome of consultation', body: doc(para('The Chief Constable has been sent a copy of this report.')) },
  // Lists the paper's appendices (A, B) itself; the author adds no text here.
  { title: 'Appendices', kind: 'appendices', body: emptyDoc() },
  { title: 'Background Papers (relevant for Police and Crime Panel Only)', body: doc(bullets('Police and Crime Plan 2016-2018 (published)')) },
];
