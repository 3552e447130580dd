// Taking a stored body into a mounted editor (another window's edit, a colleague's typing, a
// reviewer's change accepted or undone): only what differs is replaced, in one step that is neither
// saved nor on the editor's undo stack. Each changed paragraph is replaced on its own when the
// paragraphs line up, so a caret in a paragraph nobody else touched stays where it is and the
// editor's own undo steps there keep applying (Ctrl+Z still takes back what was typed).
import type { Editor } from '@tiptap/core';
import type { Fragment, Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { RichDoc } from '../../shared/richtext/model';

/** Replaces, in `tr`, the smallest range of `a` (at `atA`) that differs from `b` (at `atB` in `next`). */
function replaceDifference(tr: Transaction, a: Fragment, b: Fragment, atA: number, atB: number, next: PmNode): void {
  const start = a.findDiffStart(b);
  if (start === null) return;
  const end = a.findDiffEnd(b);
  if (!end) return;
  let { a: endA, b: endB } = end;
  // A repeated run of text makes the two ends overlap: move the end on past the start.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  tr.replace(atA + start, atA + endA, next.slice(atB + start, atB + endB));
}

export function adoptBody(editor: Editor, stored: RichDoc): void {
  const json = stored as unknown as Record<string, unknown>;
  let next: PmNode;
  try {
    next = editor.schema.nodeFromJSON(json);
    next.check();
  } catch {
    // Not in the editor's schema as it stands: the whole document, as TipTap would load it.
    editor.chain().setMeta('addToHistory', false).setContent(json, { emitUpdate: false }).run();
    return;
  }
  const { doc } = editor.state;
  const tr = editor.state.tr;
  const a = doc.content;
  const b = next.content;
  // The blocks alike at the start and at the end; what lies between is what changed.
  let head = 0;
  while (head < a.childCount && head < b.childCount && a.child(head).eq(b.child(head))) head++;
  let tail = 0;
  while (tail < a.childCount - head && tail < b.childCount - head && a.child(a.childCount - 1 - tail).eq(b.child(b.childCount - 1 - tail))) tail++;
  const changedA = a.childCount - head - tail;
  if (changedA > 1 && changedA === b.childCount - head - tail) {
    // As many blocks on each side: each changed one on its own, the last first so earlier positions hold.
    let atA = 0;
    let atB = 0;
    for (let k = 0; k < head; k++) {
      atA += a.child(k).nodeSize;
      atB += b.child(k).nodeSize;
    }
    const spots: [PmNode, PmNode, number, number][] = [];
    for (let i = head; i < head + changedA; i++) {
      const x = a.child(i);
      const y = b.child(i);
      if (!x.eq(y)) spots.push([x, y, atA, atB]);
      atA += x.nodeSize;
      atB += y.nodeSize;
    }
    for (const [x, y, posA, posB] of spots.reverse()) {
      // A block that changed kind (a paragraph made a subheading) or attributes is replaced whole.
      if (x.sameMarkup(y) && !x.isLeaf) replaceDifference(tr, x.content, y.content, posA + 1, posB + 1, next);
      else tr.replace(posA, posA + x.nodeSize, next.slice(posB, posB + y.nodeSize));
    }
  } else {
    replaceDifference(tr, a, b, 0, 0, next);
  }
  if (!tr.docChanged) return;
  editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta('preventUpdate', true));
}
