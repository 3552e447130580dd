// The paper screen's undo history (history.ts) for the components inside it, and its keys: Ctrl+Z,
// Ctrl+Shift+Z and Ctrl+Y (⌘ on macOS), and the Edit menu's Undo/Redo (Electron sends them as commands),
// wherever focus is on the paper. Two exceptions keep the keys' ordinary meaning: a text field being
// typed in (its own undo takes back the typing; a rename is recorded here when the field is left), and
// an open dialog.
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { takeEditCommands } from '../app/edit-commands';
import { showToast } from '../ui/toast';
import { createHistory } from './history';
import type { History, HistoryState } from './history';

const HistoryContext = createContext<History | null>(null);

/** The paper's history, or null outside a paper (a case study's editor keeps its own undo). */
export function useHistory(): History | null {
  return useContext(HistoryContext);
}

const NONE: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export function useHistoryState(history: History | null): HistoryState {
  return useSyncExternalStore(
    (l) => (history ? history.subscribe(l) : () => {}),
    () => (history ? history.state() : NONE),
  );
}

/** Text fields being typed in keep their own undo until they are left. */
const edited = new WeakSet<EventTarget>();

function isTextField(el: Element | null): el is HTMLInputElement | HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'file'].includes(el.type));
}

/** Whether Ctrl+Z here belongs to the field or dialog that has focus rather than to the paper's history. */
export function keyBelongsToFocus(): boolean {
  const el = document.activeElement;
  if (el?.closest('dialog[open]')) return true;
  return isTextField(el) && edited.has(el);
}

function announce(what: 'Undone' | 'Redone', label: string | null): void {
  // Typing undone is visible where it happened; a structural change is said, for everyone to notice.
  if (label && !label.startsWith('Typing')) showToast({ text: `${what}: ${label}.` });
}

export function runUndo(history: History, direction: 'undo' | 'redo'): void {
  void (direction === 'undo' ? history.undo() : history.redo()).then(
    (label) => announce(direction === 'undo' ? 'Undone' : 'Redone', label),
    (e: unknown) =>
      showToast({ tone: 'error', text: `That could not be ${direction === 'undo' ? 'undone' : 'redone'}: ${e instanceof Error ? e.message : String(e)}` }),
  );
}

export function PaperHistory({ children }: { children: ReactNode }) {
  const [history] = useState(createHistory);
  useEffect(() => {
    const onInput = (e: Event) => {
      const t = e.target;
      if (t instanceof Element && isTextField(t)) edited.add(t);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (e.target) edited.delete(e.target);
    };
    const direction = (e: KeyboardEvent): 'undo' | 'redo' | null => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
      const k = e.key.toLowerCase();
      if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
      if (k === 'y' && !e.shiftKey) return 'redo';
      return null;
    };
    const onKey = (e: KeyboardEvent) => {
      const d = direction(e);
      if (!d || keyBelongsToFocus()) return;
      // Before the editors' own keymaps: the history decides which editor (if any) undoes.
      e.preventDefault();
      e.stopPropagation();
      runUndo(history, d);
    };
    // Undo from a menu or the system (beforeinput historyUndo in an editor) takes the same path.
    const onBeforeInput = (e: InputEvent) => {
      if (e.inputType !== 'historyUndo' && e.inputType !== 'historyRedo') return;
      if (keyBelongsToFocus() || isTextField(document.activeElement)) return;
      e.preventDefault();
      e.stopPropagation();
      runUndo(history, e.inputType === 'historyUndo' ? 'undo' : 'redo');
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    document.addEventListener('input', onInput, true);
    document.addEventListener('focusout', onFocusOut, true);
    const stopMenu = takeEditCommands((command) => {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only way to run the browser's own undo for a focused field; no replacement exists
      if (keyBelongsToFocus() || isTextField(document.activeElement)) document.execCommand(command);
      else runUndo(history, command);
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('focusout', onFocusOut, true);
      stopMenu();
    };
  }, [history]);
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}
