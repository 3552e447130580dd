import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { getAsker } from '../ui/asker';
import { useActiveEditor } from './active-editor';
import { EDITOR_COMMANDS, shortcutLabel } from './commands';
import type { EditorCommand } from './commands';
import { ShortcutsDialog } from './ShortcutsDialog';
import { runUndo, useHistory, useHistoryState } from '../undo/PaperHistory';
import type { History } from '../undo/history';

const ICONS: Record<string, string> = {
  undo: '↶',
  redo: '↷',
  bold: 'B',
  italic: 'I',
  underline: 'U',
  link: 'Link',
  subheading: 'Sub-heading',
  subheading3: 'Heading 3',
  numbering: '1.1',
  bulletList: '•',
  orderedList: '1.',
  footnote: 'Footnote',
  image: 'Image',
  insertTable: 'Table',
};

/** Undo and Redo of the paper's one history (the same as Ctrl+Z): they say what they will take back. */
function HistoryButtons({ history }: { history: History }) {
  const s = useHistoryState(history);
  const button = (direction: 'undo' | 'redo', enabled: boolean, what: string | null, shortcut: string) => (
    <button
      type="button"
      className={`tool tool-${direction}`}
      aria-label={direction === 'undo' ? 'Undo' : 'Redo'}
      title={`${direction === 'undo' ? 'Undo' : 'Redo'}${what ? ` ${what}` : ''} (${shortcutLabel(shortcut)})`}
      disabled={!enabled}
      onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
      onClick={() => runUndo(history, direction)}
    >
      {ICONS[direction]}
    </button>
  );
  return (
    <div className="tool-group" role="group" aria-label="history">
      {button('undo', s.canUndo, s.undoLabel, 'Mod-z')}
      {button('redo', s.canRedo, s.redoLabel, 'Mod-Shift-z')}
    </div>
  );
}

function CommandButton({ command, editor, state }: { command: EditorCommand; editor: Editor | null; state: { active: boolean; enabled: boolean } }) {
  const title = command.shortcut ? `${command.label.replace('…', '')} (${shortcutLabel(command.shortcut)})` : command.label;
  const icon = ICONS[command.id];
  return (
    <button
      type="button"
      className={`tool tool-${command.id}`}
      title={title}
      aria-label={command.label.replace('…', '')}
      aria-pressed={command.isActive ? state.active : undefined}
      disabled={!state.enabled}
      onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
      onClick={() => editor && void command.run({ editor, ask: getAsker() })}
    >
      {icon ?? command.label}
    </button>
  );
}

const GROUPS: readonly EditorCommand['group'][] = ['history', 'text', 'block', 'insert', 'table'];

/** Formatting toolbar acting on the focused editor (a paper's section or appendix, a case study). */
export function Toolbar({ hint = "Click into a section's text to format it.", onFind }: { hint?: string; onFind?: () => void }) {
  const editor = useActiveEditor();
  // In a paper, Undo and Redo are the paper's history; elsewhere (a case study) the editor's own.
  const history = useHistory();
  const bar = useRef<HTMLDivElement>(null);
  // The table tools are for the table the cursor is in: once focus is elsewhere (a field, another part of
  // the page) the cursor has left the table, although the last editor keeps its selection.
  const [editing, setEditing] = useState(false);
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key === '/') {
        e.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    const check = () => {
      const at = document.activeElement;
      setEditing(!!editor && !editor.isDestroyed && !!at && (editor.view.dom.contains(at) || !!bar.current?.contains(at)));
    };
    // Focus leaving to nothing (a click on the page background) sends no focusin: look once it has settled.
    // While a button is pressed, wait for its release: hiding the tools on mousedown would move the page
    // under the pointer and the click would land elsewhere.
    let pressed = false;
    let waiting = false;
    const later = () => {
      if (pressed) waiting = true;
      else setTimeout(check, 0);
    };
    const down = () => void (pressed = true);
    const up = () => {
      pressed = false;
      if (waiting) ((waiting = false), setTimeout(check, 0));
    };
    check();
    document.addEventListener('focusin', later);
    document.addEventListener('focusout', later);
    document.addEventListener('pointerdown', down, true);
    document.addEventListener('pointerup', up, true);
    return () => {
      document.removeEventListener('focusin', later);
      document.removeEventListener('focusout', later);
      document.removeEventListener('pointerdown', down, true);
      document.removeEventListener('pointerup', up, true);
    };
  }, [editor]);
  const states = useEditorState({
    editor,
    selector: ({ editor: found }) => {
      // An editor just removed (its appendix undone) may still be the last one focused for a moment.
      const e = found && !found.isDestroyed ? found : null;
      return Object.fromEntries(
        EDITOR_COMMANDS.map((c) => [
          c.id,
          { active: e && c.isActive ? c.isActive(e) : false, enabled: !!e && e.isEditable && (c.canRun ? c.canRun(e) : true) },
        ]),
      );
    },
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  return (
    <div ref={bar} className="toolbar" role="toolbar" aria-label="Formatting">
      {GROUPS.map((g) => {
        if (g === 'history' && history) return <HistoryButtons key={g} history={history} />;
        const commands = EDITOR_COMMANDS.filter((c) => c.group === g);
        if (g === 'table' && !(editing && states?.addRow?.enabled)) return null;
        return (
          <div className="tool-group" key={g} role="group" aria-label={g}>
            {commands.map((c) => (
              <CommandButton key={c.id} command={c} editor={editor} state={states?.[c.id] ?? { active: false, enabled: false }} />
            ))}
          </div>
        );
      })}
      {!editor && <span className="toolbar-hint">{hint}</span>}
      {onFind && (
        <button
          type="button"
          className="tool tool-find"
          title={`Find and replace in the whole paper (${shortcutLabel('Mod-f')}, ${shortcutLabel('Mod-h')})`}
          aria-keyshortcuts="Control+F Control+H"
          onClick={onFind}
        >
          Find
        </button>
      )}
      <button
        type="button"
        className="tool tool-shortcuts"
        aria-label="Keyboard shortcuts"
        title={`Keyboard shortcuts (${shortcutLabel('Mod-/')})`}
        aria-keyshortcuts="Control+/"
        onClick={() => setHelp(true)}
      >
        Shortcuts
      </button>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
