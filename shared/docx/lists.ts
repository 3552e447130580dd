// Bullet and numbered lists with their own Word numbering definitions, indented under the text
// they belong to. Every top-level list is a new numbering instance, so each ordered list starts at 1
// (or its own start); a nested list of the same kind shares its parent's instance at a deeper level,
// which Word restarts after each parent item.
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
  readonly instance: number;
}

/**
 * The paragraphs of a list. `base` is where the list's marks start (the paragraph text column in a
 * section, the margin in an appendix). Blank items are left out so a draft prints no bare bullets.
 */
export function listParagraphs(list: BulletListNode | OrderedListNode, ctx: BuildContext, base: number, level = 0, owners: readonly Owner[] = []): Paragraph[] {
  const kind: ListKind = list.type === 'bulletList' ? 'bullet' : 'ordered';
  const lvl = Math.min(level, MAX_LEVEL);
  const inherited = owners.find((o) => o.kind === kind);
  const start = list.type === 'orderedList' && level === 0 ? (list.attrs?.start ?? 1) : 1;
  const owner: Owner = inherited ?? { kind, reference: ctx.numbering.reference(kind, base, start), instance: ctx.numbering.newInstance() };
  const nextOwners = inherited ? owners : [owner, ...owners];
  const out: Paragraph[] = [];

  for (const item of list.content) {
    let marked = false;
    for (const child of item.content) {
      if (child.type === 'paragraph') {
        if (isBlankInline(child.content)) continue;
        out.push(
          marked
            ? // later paragraphs of an item line up with its text, without a mark
              new Paragraph({ children: inlineChildren(child.content), indent: { left: listTextIndent(base, lvl) }, spacing: LIST_SPACING })
            : new Paragraph({
                children: inlineChildren(child.content),
                numbering: { reference: owner.reference, level: lvl, instance: owner.instance, custom: true },
                spacing: LIST_SPACING,
              }),
        );
        marked = true;
      } else {
        out.push(...listParagraphs(child, ctx, base, level + 1, nextOwners));
      }
    }
  }
  return out;
}
