import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { getAsker } from '../ui/asker';
import { useActiveEditor } from './active-editor';
import { EDITOR_COMMANDS, shortcutLabel } from './commands';
import type { EditorCommand } from './commands';

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
  const states = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      Object.fromEntries(
        EDITOR_COMMANDS.map((c) => [c.id, { active: e && c.isActive ? c.isActive(e) : false, enabled: !!e && e.isEditable && (c.canRun ? c.canRun(e) : true) }]),
      ) as Record<string, { active: boolean; enabled: boolean }>,
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {GROUPS.map((g) => {
        const commands = EDITOR_COMMANDS.filter((c) => c.group === g);
        if (g === 'table' && !states?.addRow?.enabled) return null;
        return (
          <div className="tool-group" key={g} role="group" aria-label={g}>
            {commands.map((c) => (
              <CommandButton key={c.id} command={c} editor={editor} state={states?.[c.id] ?? { active: false, enabled: false }} />
            ))}
          </div>
        );
      })}
      {!editor && <span className="toolbar-hint">{hint}</span>}
    </div>
  );
}
