// An appendix's page: which way it turns (the author's choice, else landscape when it holds a wide
// data block), the title printed on it, and how the list of appendices names it (a withdrawn one keeps
// its letter and prints no page). The editor shows these; the export follows them.
import type { BlockContent } from '../blocks/content';
import { dataBlockIds } from '../richtext/model';
import type { Appendix } from './model';

export function appendixIsLandscape(
  appendix: Pick<Appendix, 'landscape' | 'body'>,
  blocks: Readonly<Record<string, Pick<BlockContent, 'landscape'> | undefined>>,
): boolean {
  return appendix.landscape ?? dataBlockIds(appendix.body).some((id) => blocks[id]?.landscape === true);
}

/** The title printed on the appendix's page: its own page title when set, else the list's title. */
export function appendixPageTitle(appendix: Pick<Appendix, 'title' | 'pageTitle'>): string {
  return appendix.pageTitle?.trim() || appendix.title.trim();
}

/** The suffix the list of appendices gives a withdrawn one. */
export const WITHDRAWN_SUFFIX = ' – withdrawn';

/** The appendix's line in the list, after its letter: "Title", or "Title – withdrawn". */
export function appendixListTitle(appendix: Pick<Appendix, 'title' | 'withdrawn'>): string {
  return `${appendix.title.trim()}${appendix.withdrawn ? WITHDRAWN_SUFFIX : ''}`;
}

/** Whether the appendix prints a page of its own. */
export const printsPage = (appendix: Pick<Appendix, 'withdrawn'>): boolean => appendix.withdrawn !== true;
