// What the builder carries while it walks one paper: the numbering registry (one per document, so
// list definitions and instances are collected as the body is built), the page the text sits on
// (its text width and height, portrait or landscape), which sizes every table and image, and where
// the current text sits, which decides numbering and indents.
import { NumberingRegistry } from './numbering-config';
import type { BlockContent } from '../blocks/content';
import { MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './constants';
import type { HouseStyle } from '../house-style/model';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';
import type { BlockNode } from '../richtext/model';

/**
 * 'section': top-level paragraphs are numbered 1.1, 1.2 … and text aligns at TEXT_INDENT.
 * 'appendix': nothing is section-numbered and text starts at the margin.
 */
export type BodyMode = 'section' | 'appendix';

/** The text area of the Word section being built, in twips. */
export interface PageGeometry {
  readonly landscape: boolean;
  /** From the left margin to the right: what a table fills. */
  readonly textWidth: number;
  /** From the top margin to the bottom: what a row kept on one page must fit in. */
  readonly textHeight: number;
}

/** A4 with 2.54 cm margins, portrait (9026 × 13958 twips of text) or landscape (13958 × 9026). */
export function pageGeometry(landscape: boolean): PageGeometry {
  const [w, h] = landscape ? [PAGE_HEIGHT, PAGE_WIDTH] : [PAGE_WIDTH, PAGE_HEIGHT];
  return { landscape, textWidth: w - 2 * MARGIN, textHeight: h - 2 * MARGIN };
}

export interface BuildContext {
  readonly numbering: NumberingRegistry;
  /** What each data block prints, by block id (PaperBundle.blocks). */
  readonly blocks: Readonly<Record<string, BlockContent>>;
  /** The page of the Word section being built (landscape for wide appendices). */
  page: PageGeometry;
  /** The paper's house style (status cells, headings …). */
  readonly style: HouseStyle;
  /** In a plan document's section: each sub-heading's level (documentHeadings) and whether headings are numbered; null elsewhere. */
  plan?: { readonly levels: ReadonlyMap<BlockNode, 2 | 3>; readonly numbered: boolean } | null;
}

export function createContext(blocks: Readonly<Record<string, BlockContent>> = {}, style: HouseStyle = DEFAULT_HOUSE_STYLE): BuildContext {
  return { numbering: new NumberingRegistry(), blocks, page: pageGeometry(false), style };
}
