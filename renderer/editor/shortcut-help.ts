// The keyboard shortcuts as the in-app list shows them (the Keyboard shortcuts dialog); the editor's
// come from the command registry, so the list cannot drift from what the keys do. README.md lists the same.
import { EDITOR_COMMANDS, shortcutLabel } from './commands';

export interface ShortcutRow {
  readonly keys: string;
  readonly does: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly rows: readonly ShortcutRow[];
}

export function shortcutGroups(mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)): ShortcutGroup[] {
  const k = (s: string) => shortcutLabel(s, mac);
  const editor = EDITOR_COMMANDS.filter((c) => c.shortcut && c.group !== 'history').map((c) => ({ keys: k(c.shortcut!), does: c.label.replace('…', '') }));
  return [
    {
      title: 'In the paper',
      rows: [
        {
          keys: `${k('Mod-z')} / ${k('Mod-Shift-z')} (or ${k('Mod-y')})`,
          does: 'Undo / redo the last change: typing, or moving, renaming, adding or removing a section, appendix, contact or block',
        },
        { keys: k('Mod-f'), does: 'Find in the whole paper (sections, footnotes, appendices, headings)' },
        { keys: k('Mod-h'), does: 'Find and replace' },
        { keys: k('Mod-Shift-i'), does: 'Insert data (plan update, measures, chart, case study, table …)' },
        { keys: k('Mod-Shift-e'), does: 'Export to Word' },
        { keys: k('Mod-/'), does: 'This list of shortcuts' },
      ],
    },
    {
      title: 'In the text',
      rows: [
        ...editor,
        { keys: 'Tab / Shift+Tab', does: 'In a list: indent / outdent the item. In a table: next / previous cell' },
        { keys: 'Esc, then Tab', does: 'Leave the text for the next control on the page (Esc, then Shift+Tab: the previous one)' },
      ],
    },
    {
      title: 'Lead officer updates',
      rows: [
        { keys: 'G / A / R / N (B)', does: 'With the status focused: set the status' },
        { keys: `Alt+↓ or ${k('Mod-Enter')}, Alt+↑`, does: 'Next / previous deliverable' },
      ],
    },
  ];
}
