// Which way an appendix's page turns: the author's choice, else landscape when it holds a wide data
// block (a plan's update table, a wide data table). The editor shows it; the export sets the page.
import type { BlockContent } from '../blocks/content';
import { dataBlockIds } from '../richtext/model';
import type { Appendix } from './model';

export function appendixIsLandscape(appendix: Pick<Appendix, 'landscape' | 'body'>, blocks: Readonly<Record<string, Pick<BlockContent, 'landscape'> | undefined>>): boolean {
  return appendix.landscape ?? dataBlockIds(appendix.body).some((id) => blocks[id]?.landscape === true);
}
