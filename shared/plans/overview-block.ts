// The plan-overview block: a delivery plan on one page, as papers print it — each theme in the first
// column, its priorities and its objectives listed beside it (bullets), one row per theme under a
// header row that repeats on every page. The column titles, the theme label and the words for an
// empty list are the author's (wording); which of the two list columns print is the block's choice.
import type { BlockResolver } from '../blocks/resolve';
import type { BlockContent, TableCellContent, TableRowContent } from '../blocks/content';
import { missingContent, rich, text } from '../blocks/content';
import { byKey, fillWording, wordingText } from '../blocks/wording';
import type { Wording, WordingEntry } from '../blocks/wording';
import type { RichDoc } from '../richtext/model';
import type { Theme } from './model';
import { livePlan, planThemes } from './blocks';

/** The list columns a plan overview may print beside the theme, in print order. */
export type OverviewColumn = 'priorities' | 'objectives';
export const OVERVIEW_COLUMNS: readonly OverviewColumn[] = ['priorities', 'objectives'];

/** The words a plan overview prints by itself (shared/blocks/wording.ts). */
export const OVERVIEW_WORDING = [
  { key: 'themeTitle', label: 'Title of the theme column', default: 'Theme', canSwitchOff: false },
  { key: 'prioritiesTitle', label: 'Title of the priorities column', default: 'Priorities', canSwitchOff: false },
  { key: 'objectivesTitle', label: 'Title of the objectives column', default: 'Objectives', canSwitchOff: false },
  {
    key: 'themeLabel',
    label: 'Each theme, in the first column',
    default: 'Theme {number}: {title}',
    values: { number: 'the theme’s number', title: 'its title' },
    canSwitchOff: false,
  },
  { key: 'empty', label: 'A theme with no priorities or objectives listed', default: 'None listed.', canSwitchOff: true },
  { key: 'noThemes', label: 'A plan with no themes', default: 'This plan has no themes yet.', canSwitchOff: false },
] as const satisfies readonly WordingEntry[];

const W = byKey(OVERVIEW_WORDING);

const italicDoc = (t: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: t, marks: [{ type: 'italic' }] }] }],
});

/** "Theme 6: Prevention …" (in the author's wording), or the title alone when the theme has no number. */
export function overviewThemeLabel(theme: Pick<Theme, 'number' | 'title'>, wording?: Wording): string {
  const number = theme.number.trim();
  const title = theme.title.trim();
  if (!number) return title;
  return wordingText(wording, W.themeLabel, { number, title }) ?? fillWording(W.themeLabel.default, { number, title });
}

/** The entries of a list as bullets; none prints the author's "None listed." (or an empty cell when switched off). */
function listCell(items: readonly string[], wording: Wording | undefined): TableCellContent {
  const entries = items.map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) {
    const none = wordingText(wording, W.empty);
    return none ? rich(italicDoc(none)) : text('');
  }
  const doc: RichDoc = {
    type: 'doc',
    content: [
      { type: 'bulletList', content: entries.map((t) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] })) },
    ],
  };
  return rich(doc);
}

/** The columns to print: the source's choice in print order, each once. */
export function overviewColumns(chosen: readonly OverviewColumn[]): OverviewColumn[] {
  return OVERVIEW_COLUMNS.filter((c) => chosen.includes(c));
}

export const resolvePlanOverview: BlockResolver<'planOverview'> = ({ source, data }) => {
  const plan = livePlan(data, source.planId);
  if (!plan) return missingContent('Plan overview (the plan)');
  const themes = planThemes(data, plan.id).filter((t) => source.themeId === null || t.id === source.themeId);
  if (source.themeId !== null && themes.length === 0) return missingContent('Plan overview (the theme)');
  const columns = overviewColumns(source.columns);
  const title = (key: 'themeTitle' | 'prioritiesTitle' | 'objectivesTitle') => text(wordingText(source.wording, W[key]) ?? W[key].default, { bold: true });
  const header: TableRowContent = {
    role: 'header',
    cells: [title('themeTitle'), ...columns.map((c) => title(c === 'priorities' ? 'prioritiesTitle' : 'objectivesTitle'))],
  };
  const rows: TableRowContent[] = [header];
  for (const theme of themes)
    rows.push({
      role: 'body',
      cells: [
        text(overviewThemeLabel(theme, source.wording), { bold: true }),
        ...columns.map((c) => listCell(c === 'priorities' ? theme.priorities : (theme.objectives ?? []), source.wording)),
      ],
    });
  if (themes.length === 0)
    rows.push({
      role: 'body',
      cells: [{ ...rich(italicDoc(wordingText(source.wording, W.noThemes) ?? W.noThemes.default)), span: columns.length + 1 }],
    });
  // The theme column narrower than the lists beside it; the layout widens any column whose longest word needs it.
  const widths = [2.4, ...columns.map(() => (columns.length === 1 ? 7.6 : 3.8))];
  const one = source.themeId !== null ? themes[0] : undefined;
  return {
    title: `${one ? overviewThemeLabel(one, source.wording) : plan.name}: plan overview`,
    landscape: false,
    parts: [{ type: 'table', columns: widths, rows }],
  } satisfies BlockContent;
};
