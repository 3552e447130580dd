import { useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { getAsker } from '../ui/asker';
import { useActiveEditor } from './active-editor';
import { EDITOR_COMMANDS, shortcutLabel } from './commands';
import type { EditorCommand } from './commands';
import { ShortcutsDialog } from './ShortcutsDialog';

const ICONS: Record<string, string> = {
  undo: '↶',
  redo: '↷',
  bold: 'B',
  italic: 'I',
  underline: 'U',
  link: 'Link',
  subheading: 'Sub-heading',
  numbering: '1.1',
  bulletList: '•',
  orderedList: '1.',
  footnote: 'Footnote',
  image: 'Image',
  insertTable: 'Table',
};

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
export function Toolbar({ hint = "Click into a section's text to format it." }: { hint?: string }) {
  const editor = useActiveEditor();
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
    const later = () => setTimeout(check, 0);
    check();
    document.addEventListener('focusin', check);
    document.addEventListener('focusout', later);
    return () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('focusout', later);
    };
  }, [editor]);
  const states = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(
        EDITOR_COMMANDS.map((c) => [c.id, { active: e && c.isActive ? c.isActive(e) : false, enabled: !!e && e.isEditable && (c.canRun ? c.canRun(e) : true) }]),
      ) as Record<string, { active: boolean; enabled: boolean }>,
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  return (
    <div ref={bar} className="toolbar" role="toolbar" aria-label="Formatting">
      {GROUPS.map((g) => {
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
      <button type="button" className="tool tool-shortcuts" aria-label="Keyboard shortcuts" title={`Keyboard shortcuts (${shortcutLabel('Mod-/')})`} aria-keyshortcuts="Control+/" onClick={() => setHelp(true)}>
        Shortcuts
      </button>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  );
}
