// Sections 1–4 of reference paper 000: purpose, recommendations, reasons and the summary of key points.
import { doc, numbered, para, subheading } from '../richtext/build';
import { RED_MEASURES, redTable, tableWithTotal } from './content';
import type { SectionContent } from './content';
import { fn } from './ids';

const PERFORMANCE_PDF =
  'http://www.nottinghamshire.pcc.police.uk/Document-Library/Public-Information/Performance/2017/Performance-and-Insight-Report-to-September-2017.pdf';

export const OPENING_SECTIONS: readonly SectionContent[] = [
  {
    title: 'Purpose of the Report',
    body: doc(
      para('This report was also submitted to the Police and Crime Panel (PC Panel) on 27th November 2017.'),
      para(
        'In accordance with section 13 of the Police Reform and Social Responsibility (PR&SR) Act 2011 and subject to certain restrictions, the Commissioner must provide the PC Panel with any information which the PC Panel may reasonably require in order to carry out its functions. The Commissioner may also provide the PC Panel with any other information which he thinks appropriate.',
      ),
      para(
        'This report provides the Joint Audit & Scrutiny Panel (JASP) with an overview of performance in respect of 1st April to 30th September 2017-18 where data is available. This is the second report for this financial year 2017-18.',
      ),
    ),
  },
  {
    title: 'Recommendations',
    body: doc(
      para(
        'JASP Members to note the contents of this update report, consider and discuss the issues and seek assurances from the Commissioner on any issues Members have concerns with.',
      ),
    ),
  },
  {
    title: 'Reasons for Recommendations',
    body: doc(
      para(
        'To provide Members with information so that they can review the steps the Commissioner is taking to fulfil his pledges and provide sufficient information to enable JASP to fulfil its scrutiny role.',
      ),
    ),
  },
  {
    title: 'Summary of Key Points',
    body: doc(
      subheading('Policing and Crime Plan – (2016-18)'),
      subheading('Performance Summary'),
      para(
        "Performance against refreshed targets and measures across all seven themes is contained in the Performance section of the Commissioner's web site to September 2017.",
        fn('a', PERFORMANCE_PDF),
        ' This report details performance from 1st April 2017 to 30th September 2017 where data is available and is the second report submitted to the PC Panel for this financial year 2017-18.',
      ),
      subheading('Reporting by Exception'),
      para(
        "The Commissioner's report focuses on reporting by exception. In this respect, this section of the report relates exclusively to some performance currently rated red i.e. significantly worse than the target (>5% difference) or blue, significantly better than the target (>5% difference).",
      ),
      para(
        'The table below shows a breakdown of the RAGB status the Force has assigned to the 22 targets reported in its Performance and Insight report to September 2017.',
        fn(
          'b',
          'A number of performance measures are monitor only and it has been agreed that it is not appropriate to assign a RAGB to such measures unless the measure is + or – 10%.',
        ),
        fn('c', 'New RAGB symbols have been used for this report in case readers are limited to black and white print.'),
      ),
      para(
        'It can be seen that 12 (55%) of these measures are Amber, Green or Blue indicating that the majority of measures are close, or better than the target. Currently 41% (9) of targets reported are Red and significantly worse than target. It can be seen that 3 more targets have moved to Green, Amber rated measures have reduced by 5 and Reds targets have increased by 2. There are no measures rated Blue.',
      ),
      subheading('KEY to Performance Comparators'),
      tableWithTotal(
        ['RAGB', 'Performance Against Target', 'Jul-17', '%Total', 'Sep-17', '%Total'],
        [
          ['Blue', 'Significantly better than Target >5% difference', '0', '0%', '0', '0%'],
          ['Green', 'Better than Target', '5', '23%', '8', '36%'],
          ['Amber', 'Close to achieving Target (within 5%)', '9', '41%', '4', '18%'],
          ['Red ●', 'Significantly worse than Target >5% difference', '7', '32%', '9', '41%'],
          ['Grey', 'No Longer Measured', '1', '5%', '1', '5%'],
        ],
        ['', 'Total', '22', '100%', '22', '100%'],
      ),
      para(
        "One measure i.e. the 'Percentage of victims and witnesses satisfied with the services provided in Court', taken from the Witness and Victim Experience Survey (WAVES) is no longer active and therefore it is not possible to report on this measure.",
      ),
      para('The table below provides an overview of the 9 targets (41%) graded Red, which is three more than the previous PC Panel report.'),
      redTable(...RED_MEASURES),
      para("PC Panel Members require the Commissioner's update report to:"),
      numbered(
        'Explain the reasons for improved performance and lessons learned for Blue graded measures and',
        'Reasons/drivers for poor performance and an explanation as to what action is being taken to address underperformance in respect of Red graded measures.',
      ),
      para(
        'The Force has provided the following responses to these questions in sections 5 and below. There are no Blue measures identified during this reporting period.',
      ),
    ),
  },
];
