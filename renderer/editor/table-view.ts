// How a typed table is drawn in the editor: with the export's own column widths (shared rule in
// shared/docx/tables.ts: from content, never narrower than a column's longest word; widths the author
// dragged kept), as shares of the text width, so the editor and Word wrap alike. Replaces TipTap's
// TableView; column resizing (prosemirror-tables) still draws live widths while a border is dragged.
import type { Node as PmNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import { columnWidths, layoutTable } from '../../shared/docx/tables';
import { TEXT_WIDTH } from '../../shared/docx/constants';
import { toRichDoc } from './to-rich-doc';

function applyWidths(node: PmNode, colgroup: HTMLTableColElement): void {
  const stored = toRichDoc({ type: 'doc', content: [node.toJSON()] }).content[0];
  if (!stored || stored.type !== 'table') return;
  const { rows, columns } = layoutTable(stored);
  const widths = columns ? columnWidths(rows, columns, TEXT_WIDTH) : [];
  while (colgroup.children.length > widths.length) colgroup.lastElementChild!.remove();
  while (colgroup.children.length < widths.length) colgroup.appendChild(document.createElement('col'));
  widths.forEach((w, i) => {
    const col = colgroup.children[i] as HTMLElement;
    col.style.minWidth = '';
    col.style.width = `${((w / TEXT_WIDTH) * 100).toFixed(3)}%`;
  });
}

export class PaperTableView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly colgroup: HTMLTableColElement;

  constructor(
    private node: PmNode,
    _cellMinWidth: number,
    _view?: unknown,
    HTMLAttributes: Record<string, unknown> = {},
  ) {
    this.dom = document.createElement('div');
    this.dom.className = 'tableWrapper';
    this.table = this.dom.appendChild(document.createElement('table'));
    for (const [key, value] of Object.entries(HTMLAttributes))
      if (value !== undefined && value !== null && key !== 'style') this.table.setAttribute(key, String(value));
    this.colgroup = this.table.appendChild(document.createElement('colgroup'));
    applyWidths(node, this.colgroup);
    this.contentDOM = this.table.appendChild(document.createElement('tbody'));
  }

  update(node: PmNode): boolean {
    if (node.type !== this.node.type) return false;
    // ProseMirror also calls update when only the decorations on or inside the table changed: the same
    // node has the same widths, so they are not measured again.
    if (node === this.node) return true;
    this.node = node;
    applyWidths(node, this.colgroup);
    return true;
  }

  ignoreMutation(mutation: MutationRecord | { type: 'selection'; target: Node }): boolean {
    // the column widths are ours (and the resizing plugin's): not content
    return mutation.type === 'attributes' && (mutation.target === this.table || this.colgroup.contains(mutation.target));
  }
}
