// A paper that stresses table layout, after the real paper rebuilt in issue 12: wide typed tables
// with long words and figures in a numbered section and in a landscape appendix, a row taller than
// a page, bullet points inside table cells, and ordered lists in several places.
import type { PaperBundle } from '../../papers/model';
import { bullets, doc, numbered, para, plainPara, subheading, table } from '../../richtext/build';
import type { TableCellNode, TableNode } from '../../richtext/model';
import { bundleWithBodies } from '../fixtures';

const MEASURES_HEADER = ['Measure', 'Baseline', 'Q1', 'Q2', 'Change', 'Trend', 'Grade', 'Improvement needed', 'Comment'];
const MEASURES: string[][] = [
  [
    'Percentage of victims satisfied with the whole experience',
    '79.2%',
    '80.1%',
    '81.4%',
    '+10.2%',
    'Improving',
    'Good',
    'Requires Improvement',
    'Satisfaction has risen in every quarter since the baseline year.',
  ],
  [
    'Number of repeat victims of domestic abuse',
    '1,204',
    '1,187',
    '1,150',
    '-4.5%',
    'Improving',
    'Good',
    'None',
    'Fewer repeat victims than the same period last year.',
  ],
  [
    'Proceeds of Crime Act orders (£)',
    '£1,400,000',
    '£400k',
    '£1.4m',
    '(£36,000)',
    'Stable',
    'Pending',
    'Requires Improvement',
    'Figures for Q2 are provisional until the courts confirm them.',
  ],
];

/** A row whose narrative is longer than a page: it must be allowed to split. */
const longNarrative = Array.from(
  { length: 90 },
  (_, i) => `Paragraph ${i + 1} of the update describes the partnership work in detail, naming the agencies involved and what each delivered this quarter.`,
).join(' ');

function withLists(): TableNode {
  const base = table(
    ['Action', 'What was done', 'Status'],
    [
      ['Improve data sharing', '', 'Green'],
      ['Reduce repeat victimisation', '', 'Amber'],
    ],
  );
  const cellWith = (items: string[]): TableCellNode => ({
    type: 'tableCell',
    content: [para('This quarter:'), bullets(...items) as TableCellNode['content'][number]],
  });
  return {
    ...base,
    content: base.content.map((row, r) =>
      r === 0
        ? row
        : {
            ...row,
            content: row.content.map((c, i) =>
              i === 1
                ? cellWith(
                    r === 1
                      ? ['Information sharing agreement signed', 'ECINS rolled out to partners']
                      : ['Victim contact within 24 hours', 'Case reviews monthly'],
                  )
                : c,
            ),
          },
    ),
  };
}

export function widePaperBundle(): PaperBundle {
  const bundle = bundleWithBodies(
    [
      doc(
        para('The measures below are graded as the inspectorate grades them.'),
        table(MEASURES_HEADER, MEASURES),
        para('Two things stand out.'),
        numbered('Satisfaction keeps rising.', 'Orders are provisional.'),
      ),
      doc(
        para('Long updates split across pages rather than being cut off.'),
        table(
          ['Ref', 'Update'],
          [
            ['L01', longNarrative],
            ['L02', 'A short update.'],
          ],
        ),
        withLists(),
        numbered('A second list starts at 1.', 'And goes on.'),
      ),
    ],
    [
      doc(
        subheading('All measures'),
        table(MEASURES_HEADER, [...MEASURES, ...MEASURES]),
        plainPara('In a landscape appendix the table fills the wider page.'),
        numbered('A list in the appendix.', 'Starts at 1 too.'),
      ),
      doc(table(['Ref', 'Update'], [['L03', longNarrative]])),
    ],
  );
  return { ...bundle, appendices: bundle.appendices.map((a, i) => (i === 0 ? { ...a, landscape: true } : a)) };
}
