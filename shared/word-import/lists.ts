// Consecutive list paragraphs → nested bullet and numbered lists. A paragraph's level is Word's
// ilvl (or 0 for a typed "•" / "1."); a deeper level opens a list inside the previous item, a
// shallower one closes lists, another kind or another Word list at the same level starts a new list.
import type { BlockNode, BulletListNode, InlineNode, ListItemNode, OrderedListNode } from '../richtext/model';
import { must } from '../records/must';

export interface ListEntry {
  readonly kind: 'bullet' | 'ordered';
  readonly level: number;
  readonly inline: readonly InlineNode[];
  /** The number Word (or the author) gave the item, for a list's start. */
  readonly value: number;
  /** Items of one Word list share a key; a new key at the same level is a new list. */
  readonly key: string;
}

interface OpenList {
  readonly kind: 'bullet' | 'ordered';
  readonly key: string;
  readonly start: number;
  readonly items: { content: ListItemNode['content'][number][] }[];
}

const MAX_DEPTH = 8;

export class ListBuilder {
  private stack: OpenList[] = [];

  get open(): boolean {
    return this.stack.length > 0;
  }

  add(e: ListEntry): void {
    const level = Math.max(0, Math.min(e.level, MAX_DEPTH, this.stack.length));
    while (this.stack.length > level + 1) this.closeTop();
    const top = this.stack[level];
    if (top && (top.kind !== e.kind || (e.kind === 'ordered' && top.key !== e.key))) {
      while (this.stack.length > level) this.closeTop();
    }
    if (!this.stack[level]) this.stack.push({ kind: e.kind, key: e.key, start: e.value, items: [] });
    const paragraph = e.inline.length ? { type: 'paragraph' as const, content: [...e.inline] } : { type: 'paragraph' as const };
    must(this.stack[level], 'this.stack[level]').items.push({ content: [paragraph] });
  }

  private static node(l: OpenList): BulletListNode | OrderedListNode {
    const content: ListItemNode[] = l.items.map((i) => ({ type: 'listItem', content: i.content }));
    if (l.kind === 'bullet') return { type: 'bulletList', content };
    return l.start !== 1 && Number.isInteger(l.start) && Math.abs(l.start) <= 100_000
      ? { type: 'orderedList', attrs: { start: l.start }, content }
      : { type: 'orderedList', content };
  }

  private closeTop(): BlockNode | null {
    const l = this.stack.pop();
    if (!l || !l.items.length) return null;
    const node = ListBuilder.node(l);
    const parent = this.stack[this.stack.length - 1];
    if (parent) {
      const last = parent.items[parent.items.length - 1];
      if (last) last.content.push(node);
      else parent.items.push({ content: [{ type: 'paragraph' }, node] });
      return null;
    }
    return node;
  }

  /** Closes every open list; the outermost list, if any, to add to the body. */
  close(): BlockNode | null {
    let out: BlockNode | null = null;
    while (this.stack.length) out = this.closeTop() ?? out;
    return out;
  }
}
