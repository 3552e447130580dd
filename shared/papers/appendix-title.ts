// Whether an appendix prints its title line under "APPENDIX A". An appendix made from a data block
// whose content opens with its own heading (a theme update prints the plan's name and "THEME 6 UPDATE —
// Q2 …", as the reference appendix does) would otherwise say its title twice; the title still names it
// in the paper's list of appendices and in the outline.
import type { BlockContent } from '../blocks/content';
import type { Appendix } from './model';

export function printsAppendixTitle(appendix: Pick<Appendix, 'title' | 'body'>, blocks: Readonly<Record<string, BlockContent>>): boolean {
  if (appendix.title.trim() === '') return false;
  const first = appendix.body.content[0];
  if (first?.type !== 'dataBlock') return true;
  return blocks[first.attrs.blockId]?.parts[0]?.type !== 'heading';
}
