// Taking a stored body into a mounted editor (another window's edit, a reviewer's change accepted or
// undone): only the range that differs is replaced, in one step that is neither saved nor on the
// editor's undo stack. The editor's own earlier undo steps outside that range keep applying, so
// Ctrl+Z still takes back what was typed elsewhere in the section.
import type { Editor } from '@tiptap/core';
import type { RichDoc } from '../../shared/richtext/model';

export function adoptBody(editor: Editor, stored: RichDoc): void {
  const json = stored as unknown as Record<string, unknown>;
  let next;
  try {
    next = editor.schema.nodeFromJSON(json);
    next.check();
  } catch {
    // Not in the editor's schema as it stands: the whole document, as TipTap would load it.
    editor.chain().setMeta('addToHistory', false).setContent(json, { emitUpdate: false }).run();
    return;
  }
  const { doc } = editor.state;
  const start = doc.content.findDiffStart(next.content);
  if (start === null) return;
  const end = doc.content.findDiffEnd(next.content);
  if (!end) return;
  let { a, b } = end;
  // A repeated run of text makes the two ends overlap: move the end on past the start.
  const overlap = start - Math.min(a, b);
  if (overlap > 0) {
    a += overlap;
    b += overlap;
  }
  editor.view.dispatch(editor.state.tr.replace(start, a, next.slice(start, b)).setMeta('addToHistory', false).setMeta('preventUpdate', true));
}
