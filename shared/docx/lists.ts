// Bullet and numbered lists with their own Word numbering definitions, indented under the text
// they belong to. Every top-level list is one logical list with its own abstract numbering
// definition (w:abstractNum) and instance (w:num), so each ordered list starts at 1 (or its own
// start) in Word as in LibreOffice: lists sharing an abstractNum can continue each other's numbers
// in Word even with a start override. A nested list of the same kind belongs to its parent's list,
// at a deeper level, which Word restarts after each parent item.
import { Paragraph } from 'docx';
import type { BulletListNode, OrderedListNode } from '../richtext/model';
import type { BuildContext } from './context';
import { inlineChildren, isBlankInline } from './inline';
import { listTextIndent } from './numbering-config';
import type { ListKind } from './numbering-config';

const MAX_LEVEL = 8;
const LIST_SPACING = { after: 80 };

interface Owner {
  readonly kind: ListKind;
  readonly reference: string;
}

export interface ListOptions {
  /** A paragraph style for every item (table cells use Table Text). */
  readonly style?: string;
  /** Every item bold (a header cell's list). */
  readonly bold?: boolean;
}

/**
 * The paragraphs of a list. `base` is where the list's marks start (the paragraph text column in a
 * section, the margin in an appendix or a table cell). Blank items are left out so a draft prints
 * no bare bullets.
 */
export function listParagraphs(list: BulletListNode | OrderedListNode, ctx: BuildContext, base: number, options: ListOptions = {}): Paragraph[] {
  return listLevel(list, ctx, base, options, 0, []);
}

function listLevel(
  list: BulletListNode | OrderedListNode,
  ctx: BuildContext,
  base: number,
  options: ListOptions,
  level: number,
  owners: readonly Owner[],
): Paragraph[] {
  const kind: ListKind = list.type === 'bulletList' ? 'bullet' : 'ordered';
  const lvl = Math.min(level, MAX_LEVEL);
  const inherited = owners.find((o) => o.kind === kind);
  const start = list.type === 'orderedList' && level === 0 ? (list.attrs?.start ?? 1) : 1;
  const owner: Owner = inherited ?? { kind, reference: ctx.numbering.newList(kind, base, start) };
  const nextOwners = inherited ? owners : [owner, ...owners];
  const style = options.style ? { style: options.style } : {};
  const fmt = options.bold ? { bold: true } : {};
  const out: Paragraph[] = [];

  for (const item of list.content) {
    let marked = false;
    for (const child of item.content) {
      if (child.type === 'paragraph') {
        if (isBlankInline(child.content)) continue;
        out.push(
          marked
            ? // later paragraphs of an item line up with its text, without a mark
              new Paragraph({ ...style, children: inlineChildren(child.content, fmt), indent: { left: listTextIndent(base, lvl) }, spacing: LIST_SPACING })
            : new Paragraph({
                ...style,
                children: inlineChildren(child.content, fmt),
                numbering: { reference: owner.reference, level: lvl, custom: true },
                spacing: LIST_SPACING,
              }),
        );
        marked = true;
      } else {
        out.push(...listLevel(child, ctx, base, options, level + 1, nextOwners));
      }
    }
  }
  return out;
}
