// Right-aligns the cells of a typed table's figure columns in the editor, as the export does: the
// shared rule (shared/tables/figures.ts) decides which columns hold figures; this only decorates.
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { TableMap } from '@tiptap/pm/tables';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { columnIsFigures } from '../../shared/tables/figures';
import { changedRanges } from './changed-ranges';

const key = new PluginKey<DecorationSet>('figureColumns');

function tableDecorations(table: PmNode, tablePos: number): Decoration[] {
  const map = TableMap.get(table);
  const headerRows = (() => {
    let n = 0;
    while (
      n < table.childCount &&
      table.child(n).childCount > 0 &&
      [...Array(table.child(n).childCount).keys()].every((i) => table.child(n).child(i).type.name === 'tableHeader')
    )
      n++;
    return n === table.childCount ? 0 : n;
  })();
  const body: string[][] = Array.from({ length: map.width }, () => []);
  const cells: { pos: number; node: PmNode; column: number; colspan: number }[] = [];
  table.forEach((row, rowOffset, r) => {
    row.forEach((cell, cellOffset) => {
      const pos = tablePos + 1 + rowOffset + 1 + cellOffset;
      const column = map.colCount(pos - tablePos - 1);
      const colspan = Number(cell.attrs.colspan ?? 1);
      cells.push({ pos, node: cell, column, colspan });
      if (r >= headerRows && colspan === 1 && cell.type.name === 'tableCell') body[column]!.push(cell.textContent);
    });
  });
  const figures = body.map((c) => columnIsFigures(c));
  return cells.filter((c) => c.colspan === 1 && figures[c.column]).map((c) => Decoration.node(c.pos, c.pos + c.node.nodeSize, { class: 'figure' }));
}

/** Every table's decorations, worked out afresh (opening the editor). */
export function decorate(doc: PmNode): DecorationSet {
  const out: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'table') return true;
    out.push(...tableDecorations(node, pos));
    return false;
  });
  return DecorationSet.create(doc, out);
}

export const FigureColumns = Extension.create({
  name: 'figureColumns',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc),
          // A keystroke outside tables only moves the decorations; only the tables the transaction
          // touched are worked out again (a table typed in, pasted or split).
          apply: (tr, old) => {
            if (!tr.docChanged) return old;
            let set = old.map(tr.mapping, tr.doc);
            const size = tr.doc.content.size;
            const touched = new Map<number, PmNode>();
            for (const { from, to } of changedRanges(tr))
              // One position either side: a change at a table's edge (a row added at its end) is the table's too.
              tr.doc.nodesBetween(Math.max(0, Math.min(from - 1, size)), Math.max(0, Math.min(to + 1, size)), (node, pos) => {
                if (node.type.name !== 'table') return true;
                touched.set(pos, node);
                return false;
              });
            for (const [pos, table] of touched) {
              set = set.remove(set.find(pos, pos + table.nodeSize));
              set = set.add(tr.doc, tableDecorations(table, pos));
            }
            return set;
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
