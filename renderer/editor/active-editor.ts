// The editor the toolbar acts on: the last one focused (a paper has one editor per section).
import type { Editor } from '@tiptap/core';
import { useSyncExternalStore } from 'react';

let active: Editor | null = null;
const listeners = new Set<() => void>();

export function setActiveEditor(editor: Editor | null): void {
  if (active === editor) return;
  active = editor;
  for (const l of listeners) l();
}

export function clearActiveEditor(editor: Editor): void {
  if (active === editor) setActiveEditor(null);
}

export function useActiveEditor(): Editor | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => active,
  );
}

/** Puts the cursor at the end of the text of the editor whose content element this is (focusing it). */
export function placeCaretAtEnd(contentElement: HTMLElement): void {
  const editor = (contentElement as HTMLElement & { editor?: Editor }).editor;
  if (editor && !editor.isDestroyed) editor.commands.focus('end');
  else contentElement.focus();
}
