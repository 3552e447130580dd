// Shared shapes and small table helpers for the sample paper's content files.
import type { SectionKind } from '../papers/model';
import type { RichDoc, TableCellNode, TableNode } from '../richtext/model';
import { bold, para, table } from '../richtext/build';
import { must } from '../records/must';

/** A section as the content files write it; reference-paper.ts adds ids and positions. */
export interface SectionContent {
  readonly title: string;
  readonly kind?: SectionKind;
  readonly body: RichDoc;
}

const RED_HEADER = ['Objective / Target RAGB Status Red ●', 'Jul-17', 'Sep-17'] as const;

/** The "Red" measures table the paper repeats, in full or one measure at a time. */
export const redTable = (...rows: (readonly [string, string, string])[]): TableNode => table(RED_HEADER, rows);

/** A table whose last row is a bold total row. */
export function tableWithTotal(header: readonly string[], rows: readonly (readonly string[])[], total: readonly string[]): TableNode {
  const base = table(header, rows);
  const cell = (text: string): TableCellNode => ({ type: 'tableCell', content: [para(...(text ? [bold(text)] : []))] });
  return { ...base, content: [...base.content, { type: 'tableRow', content: total.map(cell) }] };
}

export const RED_MEASURES: readonly (readonly [string, string, string])[] = [
  ['1. A reduction in All Crime compared to 2015-16', '35.9%', '29.6%'],
  ['2. A reduction in Victim-Based Crime compared to 2015-16', '33.6%', '27.8%'],
  ['3. To reduce the levels of rural crime compared to 2015-16 and report on: 1.1. Rural and 1.2. Urban', '28.9%', '25.3%'],
  ['4. A reduction in the number of non-crime related mental health patients detained in custody suites', '100%', '100%'],
  ['5. A 10% increase in the number of POCA orders compared to 2016-17', '-46%', '-48.7%'],
  ['6. Increase BME representation within the Force to reflect the BME community', '4.3%', '4.7%'],
  ['7. NEW: Percentage of people who agree that the police and local councils are dealing with Anti-Social Behaviour and other crime issues', '56.7%', '55.7%'],
  ['8. NEW: A reduction in the number of repeat victims of hate crime compared to 2016-17', '-1', '7'],
  ["9. NEW: The number of people Killed or Seriously Injured (KSIs) on Nottinghamshire's roads", '-40.1%', '-33.6%'],
];

export const red = (n: number): readonly [string, string, string] => must(RED_MEASURES[n - 1], 'RED_MEASURES[n - 1]');
