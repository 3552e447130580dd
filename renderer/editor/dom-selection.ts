// Shift+Home, Shift+Arrow and the like move the browser's selection; ProseMirror hears of it from
// 'selectionchange', a task the browser may run after the next keydown (input comes first when the
// laptop is busy). A shortcut that reads the selection at once would see the old one: Ctrl+K right
// after Shift+Home would link nothing and type the address instead.
import type { EditorView } from '@tiptap/pm/view';

/** Takes the browser's current selection into the editor's state now (ProseMirror's own flush). */
export function takeDomSelection(view: EditorView): void {
  (view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
}
