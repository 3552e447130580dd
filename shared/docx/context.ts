// What the builder carries while it walks one paper: the numbering registry (one per document, so
// list definitions and instances are collected as the body is built) and where the current text
// sits, which decides numbering and indents.
import { NumberingRegistry } from './numbering-config';
import type { BlockContent } from '../blocks/content';
import type { BlockNode } from '../richtext/model';

/**
 * 'section': top-level paragraphs are numbered 1.1, 1.2 … and text aligns at TEXT_INDENT.
 * 'appendix': nothing is section-numbered and text starts at the margin.
 */
export type BodyMode = 'section' | 'appendix';

export interface BuildContext {
  readonly numbering: NumberingRegistry;
  /** What each data block prints, by block id (PaperBundle.blocks). */
  readonly blocks: Readonly<Record<string, BlockContent>>;
  /** Whether the Word section being built is landscape (wide blocks in appendices). */
  landscape: boolean;
  /** In a plan document's section: each sub-heading's level (documentHeadings) and whether headings are numbered; null elsewhere. */
  plan?: { readonly levels: ReadonlyMap<BlockNode, 2 | 3>; readonly numbered: boolean } | null;
}

export function createContext(blocks: Readonly<Record<string, BlockContent>> = {}): BuildContext {
  return { numbering: new NumberingRegistry(), blocks, landscape: false };
}
