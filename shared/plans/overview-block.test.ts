// The plan-overview block: a plan on one page, theme × priorities × objectives.
import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../backup/snapshot';
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { BlockContent, CellContent, TablePart } from '../blocks/content';
import { resolveBlock } from '../blocks/resolve';
import { SAMPLE_PAPER } from '../sample/paper';
import { themeSchema } from '../backup/schema-plans';
import { blockSourceSchema } from '../backup/schema-blocks';
import type { DeliveryPlan, Theme } from './model';
import { defaultStatusKey } from './status-key';
import { meta } from './test-fixtures';
import { overviewThemeLabel } from './overview-block';

const plan: DeliveryPlan = {
  ...meta('plan-1'),
  name: 'Police and Crime Plan (2018-21)',
  coversFrom: '2018-04-01',
  coversTo: '2021-03-31',
  statusKey: defaultStatusKey(),
  measureThresholds: null,
};
const theme = (id: string, position: number, number: string, title: string, priorities: string[], objectives?: string[]): Theme => ({
  ...meta(id),
  planId: 'plan-1',
  position,
  number,
  title,
  priorities,
  ...(objectives ? { objectives } : {}),
});

function data(): DatabaseSnapshot {
  return {
    ...emptySnapshot(),
    plans: [plan],
    themes: [
      theme(
        't2',
        2,
        '2',
        'Helping and supporting victims',
        ['Improve services for victims of domestic abuse'],
        ['Victims’ satisfaction above 85%', 'Reduce repeat victimisation'],
      ),
      theme('t1', 1, '1', 'Protecting people from harm', ['Reduce knife crime', 'Tackle child sexual exploitation'], []),
      { ...theme('t3', 3, '3', 'Removed theme', ['x']), deletedAt: '2018-05-01T00:00:00.000Z' },
    ],
  };
}

const tableOf = (c: BlockContent) => c.parts.find((p): p is TablePart => p.type === 'table')!;
/** What a cell prints, as lines: a text cell's text, a rich cell's paragraphs and list items. */
function lines(c: CellContent): string[] {
  if (c.kind === 'text') return [c.text];
  if (c.kind !== 'rich') return [];
  const out: string[] = [];
  const walk = (n: unknown): void => {
    const node = n as { type: string; text?: string; content?: unknown[] };
    if (node.type === 'paragraph') out.push((node.content ?? []).map((t) => (t as { text?: string }).text ?? '').join(''));
    else for (const k of node.content ?? []) walk(k);
  };
  walk(c.doc);
  return out;
}
const grid = (t: TablePart) => t.rows.map((r) => r.cells.map((c) => lines(c.content)));

describe('the plan-overview block', () => {
  it('prints one row per live theme in order, its priorities and objectives beside it, under a header row', () => {
    const c = resolveBlock({ kind: 'planOverview', planId: 'plan-1', themeId: null, columns: ['priorities', 'objectives'] }, data(), SAMPLE_PAPER);
    const t = tableOf(c);
    expect(t.rows.map((r) => r.role)).toEqual(['header', 'body', 'body']);
    expect(grid(t)).toEqual([
      [['Theme'], ['Priorities'], ['Objectives']],
      [['Theme 1: Protecting people from harm'], ['Reduce knife crime', 'Tackle child sexual exploitation'], ['None listed.']],
      [
        ['Theme 2: Helping and supporting victims'],
        ['Improve services for victims of domestic abuse'],
        ['Victims’ satisfaction above 85%', 'Reduce repeat victimisation'],
      ],
    ]);
    // Priorities and objectives are bullet lists, not run-on text.
    const cell = t.rows[1]!.cells[1]!.content;
    expect(cell.kind === 'rich' && cell.doc.content[0]?.type).toBe('bulletList');
    expect(c.title).toBe('Police and Crime Plan (2018-21): plan overview');
    expect(c.landscape).toBe(false);
  });

  it('prints only the columns chosen, in print order, and one theme when one is chosen', () => {
    const only = resolveBlock({ kind: 'planOverview', planId: 'plan-1', themeId: 't2', columns: ['objectives'] }, data(), SAMPLE_PAPER);
    expect(grid(tableOf(only))).toEqual([
      [['Theme'], ['Objectives']],
      [['Theme 2: Helping and supporting victims'], ['Victims’ satisfaction above 85%', 'Reduce repeat victimisation']],
    ]);
    expect(only.title).toBe('Theme 2: Helping and supporting victims: plan overview');
    const both = resolveBlock({ kind: 'planOverview', planId: 'plan-1', themeId: null, columns: ['objectives', 'priorities'] }, data(), SAMPLE_PAPER);
    expect(grid(tableOf(both))[0]).toEqual([['Theme'], ['Priorities'], ['Objectives']]);
  });

  it('takes the author’s column titles, theme label and empty-list words; switched off, an empty list prints nothing', () => {
    const c = resolveBlock(
      {
        kind: 'planOverview',
        planId: 'plan-1',
        themeId: null,
        columns: ['priorities', 'objectives'],
        wording: { themeTitle: 'Strategic theme', objectivesTitle: 'What success looks like', themeLabel: '{number}. {title}', empty: null },
      },
      data(),
      SAMPLE_PAPER,
    );
    const g = grid(tableOf(c));
    expect(g[0]).toEqual([['Strategic theme'], ['Priorities'], ['What success looks like']]);
    expect(g[1]).toEqual([['1. Protecting people from harm'], ['Reduce knife crime', 'Tackle child sexual exploitation'], ['']]);
  });

  it('a theme without a number prints its title alone; a gone plan or theme prints a placeholder, not an error', () => {
    expect(overviewThemeLabel({ number: ' ', title: 'Our people' })).toBe('Our people');
    const gone = resolveBlock({ kind: 'planOverview', planId: 'nope', themeId: null, columns: [] }, data(), SAMPLE_PAPER);
    expect(JSON.stringify(gone)).toContain('is no longer available');
    const goneTheme = resolveBlock({ kind: 'planOverview', planId: 'plan-1', themeId: 't3', columns: [] }, data(), SAMPLE_PAPER);
    expect(JSON.stringify(goneTheme)).toContain('is no longer available');
  });

  it('objectives are optional in the backup: a theme without them is valid, a source listing a column twice is refused', () => {
    const { objectives: _none, ...older } = data().themes[1]!;
    expect(themeSchema.safeParse(older).success).toBe(true);
    expect(themeSchema.safeParse({ ...older, objectives: ['x'.repeat(2001)] }).success).toBe(false);
    expect(blockSourceSchema.safeParse({ kind: 'planOverview', planId: plan.id, themeId: null, columns: ['priorities', 'priorities'] }).success).toBe(false);
    expect(blockSourceSchema.safeParse({ kind: 'planOverview', planId: plan.id, themeId: null, columns: ['priorities'] }).success).toBe(true);
  });
});
