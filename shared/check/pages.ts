// About how many A4 pages a paper prints to, from its text, when Word has not counted (Arial 12 with
// the house style's spacing: about 90 characters a line and 44 lines a page; a table cell's line is
// shorter). An estimate for the page-limit and contents-list rules, which say "about".
import type { TextUnit } from './text-units';

const LINE = 90;
const PAGE_LINES = 44;

export function estimatePages(units: readonly TextUnit[]): number {
  let lines = 0;
  for (const u of units) {
    if (u.kind === 'footnote') lines += Math.ceil(u.text.length / (LINE * 1.2)) * 0.8;
    else if (u.kind === 'cell') lines += Math.max(1, Math.ceil(u.text.length / 25)) * 0.35;
    else lines += Math.max(1, Math.ceil(u.text.length / LINE)) + 0.7;
  }
  return Math.max(1, Math.round(lines / PAGE_LINES));
}
