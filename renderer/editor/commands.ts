// Editor commands as data: the toolbar, the keyboard shortcuts and the tests all read this one
// registry (the Excalidraw "actions" pattern), so a command behaves the same however it is invoked.
import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { newId } from '../../shared/records/meta';
import { cleanFootnoteContent, footnoteAttrs, footnoteInlines } from '../../shared/richtext/footnote';
import type { Asker } from '../ui/asker';
import { imageCommand, imagesAllowed } from './images';
import { takeDomSelection } from './dom-selection';

export interface CommandContext {
  readonly editor: Editor;
  readonly ask: Asker;
}

export interface EditorCommand {
  readonly id: string;
  readonly label: string;
  /** ProseMirror key syntax, e.g. "Mod-k". */
  readonly shortcut?: string;
  /** True where TipTap already binds the shortcut (we only show it). */
  readonly builtInShortcut?: boolean;
  readonly group: 'history' | 'text' | 'block' | 'insert' | 'table';
  readonly isActive?: (editor: Editor) => boolean;
  readonly canRun?: (editor: Editor) => boolean;
  readonly run: (ctx: CommandContext) => void | Promise<void>;
}

const inTable = (e: Editor): boolean => e.isActive('table');

async function editLink(ctx: CommandContext): Promise<void> {
  const { editor } = ctx;
  const current = String(editor.getAttributes('link').href ?? '');
  const href = await ctx.ask.text({ title: 'Link', label: 'Web address or e-mail (https://… or mailto:…)', initial: current, confirmLabel: 'Apply' });
  if (href === null) return;
  const chain = editor.chain().focus().extendMarkRange('link');
  if (href.trim() === '') {
    chain.unsetLink().run();
    return;
  }
  const value = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(href.trim()) ? `mailto:${href.trim()}` : href.trim();
  if (!chain.setLink({ href: value }).run())
    await ctx.ask.notice({ title: 'Link not added', message: 'Only https://, http:// and mailto: links can be added to a paper.' });
}

/** Inserts a footnote, or edits the selected one (an empty text removes it). Notes take bold, italic, underline and links. */
export async function footnoteCommand(ctx: CommandContext): Promise<void> {
  const { editor } = ctx;
  const sel = editor.state.selection;
  const existing = sel instanceof NodeSelection && sel.node.type.name === 'footnote' ? sel.node : null;
  const pieces = await ctx.ask.footnote({
    title: existing ? 'Edit footnote' : 'Footnote',
    initial: existing ? footnoteInlines({ text: String(existing.attrs.text ?? ''), content: cleanFootnoteContent(existing.attrs.content) }) : [],
    confirmLabel: existing ? 'Save footnote' : 'Insert footnote',
    editing: existing !== null,
  });
  if (pieces === null) return;
  const attrs = footnoteAttrs(existing ? String(existing.attrs.id) : newId(), pieces);
  if (existing) {
    if (attrs.text === '') editor.chain().focus().deleteSelection().run();
    else
      editor
        .chain()
        .focus()
        .updateAttributes('footnote', { text: attrs.text, content: attrs.content ?? null })
        .run();
    return;
  }
  if (attrs.text === '') return;
  editor
    .chain()
    .focus()
    .insertContent({ type: 'footnote', attrs: { ...attrs, content: attrs.content ?? null } })
    .run();
}

export const EDITOR_COMMANDS: readonly EditorCommand[] = [
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Mod-z',
    builtInShortcut: true,
    group: 'history',
    canRun: (e) => e.can().undo(),
    run: ({ editor }) => void editor.chain().focus().undo().run(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Mod-Shift-z',
    builtInShortcut: true,
    group: 'history',
    canRun: (e) => e.can().redo(),
    run: ({ editor }) => void editor.chain().focus().redo().run(),
  },
  {
    id: 'bold',
    label: 'Bold',
    shortcut: 'Mod-b',
    builtInShortcut: true,
    group: 'text',
    isActive: (e) => e.isActive('bold'),
    run: ({ editor }) => void editor.chain().focus().toggleBold().run(),
  },
  {
    id: 'italic',
    label: 'Italic',
    shortcut: 'Mod-i',
    builtInShortcut: true,
    group: 'text',
    isActive: (e) => e.isActive('italic'),
    run: ({ editor }) => void editor.chain().focus().toggleItalic().run(),
  },
  {
    id: 'underline',
    label: 'Underline',
    shortcut: 'Mod-u',
    builtInShortcut: true,
    group: 'text',
    isActive: (e) => e.isActive('underline'),
    run: ({ editor }) => void editor.chain().focus().toggleUnderline().run(),
  },
  { id: 'link', label: 'Link…', shortcut: 'Mod-k', group: 'text', isActive: (e) => e.isActive('link'), run: editLink },
  {
    id: 'subheading',
    label: 'Sub-heading',
    shortcut: 'Mod-Alt-2',
    group: 'block',
    isActive: (e) => e.isActive('subheading', { level: 2 }),
    run: ({ editor }) =>
      void (editor.isActive('subheading', { level: 2 })
        ? editor.chain().focus().setNode('paragraph').run()
        : editor.chain().focus().setNode('subheading', { level: 2 }).run()),
  },
  {
    // A heading under a sub-heading: Heading 3 in Word, 1.1.1 in a plan document with numbered headings.
    id: 'subheading3',
    label: 'Heading 3',
    shortcut: 'Mod-Alt-3',
    group: 'block',
    isActive: (e) => e.isActive('subheading', { level: 3 }),
    run: ({ editor }) =>
      void (editor.isActive('subheading', { level: 3 })
        ? editor.chain().focus().setNode('paragraph').run()
        : editor.chain().focus().setNode('subheading', { level: 3 }).run()),
  },
  {
    id: 'numbering',
    label: 'Numbered paragraph',
    shortcut: 'Mod-Alt-n',
    group: 'block',
    isActive: (e) => e.isActive('paragraph') && e.getAttributes('paragraph').numbered !== false,
    canRun: (e) => e.isActive('paragraph') && !e.isActive('listItem') && !inTable(e) && !e.isActive('blockquote'),
    run: ({ editor }) =>
      void editor
        .chain()
        .focus()
        .updateAttributes('paragraph', { numbered: editor.getAttributes('paragraph').numbered === false })
        .run(),
  },
  {
    id: 'quote',
    label: 'Quotation',
    shortcut: 'Mod-Shift-b',
    builtInShortcut: true,
    group: 'block',
    isActive: (e) => e.isActive('blockquote'),
    canRun: (e) => e.isActive('blockquote') || (!e.isActive('listItem') && !inTable(e) && !e.isActive('subheading')),
    run: ({ editor }) => void editor.chain().focus().toggleWrap('blockquote').run(),
  },
  {
    id: 'bulletList',
    label: 'Bulleted list',
    shortcut: 'Mod-Shift-8',
    builtInShortcut: true,
    group: 'block',
    isActive: (e) => e.isActive('bulletList'),
    run: ({ editor }) => void editor.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'Numbered list',
    shortcut: 'Mod-Shift-7',
    builtInShortcut: true,
    group: 'block',
    isActive: (e) => e.isActive('orderedList'),
    run: ({ editor }) => void editor.chain().focus().toggleOrderedList().run(),
  },
  { id: 'footnote', label: 'Footnote…', shortcut: 'Mod-Alt-f', group: 'insert', canRun: (e) => !e.isActive('subheading'), run: footnoteCommand },
  {
    id: 'image',
    label: 'Image…',
    shortcut: 'Mod-Alt-g',
    group: 'insert',
    // With an image selected, it edits that image's description and caption.
    canRun: imagesAllowed,
    run: imageCommand,
  },
  {
    id: 'insertTable',
    label: 'Table',
    shortcut: 'Mod-Alt-t',
    group: 'insert',
    canRun: (e) => !inTable(e),
    run: ({ editor }) => void editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
  },
  { id: 'addRow', label: 'Add row below', group: 'table', canRun: inTable, run: ({ editor }) => void editor.chain().focus().addRowAfter().run() },
  { id: 'deleteRow', label: 'Remove row', group: 'table', canRun: inTable, run: ({ editor }) => void editor.chain().focus().deleteRow().run() },
  { id: 'addColumn', label: 'Add column right', group: 'table', canRun: inTable, run: ({ editor }) => void editor.chain().focus().addColumnAfter().run() },
  { id: 'deleteColumn', label: 'Remove column', group: 'table', canRun: inTable, run: ({ editor }) => void editor.chain().focus().deleteColumn().run() },
  {
    id: 'toggleHeaderRow',
    label: 'Header row',
    group: 'table',
    canRun: inTable,
    isActive: (e) => inTable(e) && e.isActive('tableHeader'),
    run: ({ editor }) => void editor.chain().focus().toggleHeaderRow().run(),
  },
  { id: 'deleteTable', label: 'Remove table', group: 'table', canRun: inTable, run: ({ editor }) => void editor.chain().focus().deleteTable().run() },
];

export function commandById(id: string): EditorCommand {
  const c = EDITOR_COMMANDS.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown editor command: ${id}`);
  return c;
}

/** "Mod-Alt-f" → "Ctrl+Alt+F" (⌘⌥F on macOS) for tooltips. */
export function shortcutLabel(shortcut: string, mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)): string {
  return shortcut
    .split('-')
    .map((k) => (k === 'Mod' ? (mac ? '⌘' : 'Ctrl') : k === 'Alt' ? (mac ? '⌥' : 'Alt') : k === 'Shift' ? (mac ? '⇧' : 'Shift') : k.toUpperCase()))
    .join(mac ? '' : '+');
}

/**
 * Shortcuts of the screen around the editor (Insert data…). Inside an editor they are claimed and left
 * alone, so the keydown still reaches the screen's handler but ProseMirror does not fall back to the
 * unshifted key: Ctrl+Shift+I was also Ctrl+I, italic.
 */
export const SCREEN_SHORTCUTS: readonly string[] = ['Mod-Shift-i', 'Mod-Shift-I'];

/** Binds the registry's own shortcuts (those TipTap does not already bind) inside the editor. */
export function commandShortcuts(getAsk: () => Asker) {
  return Extension.create({
    name: 'panelwrightCommandShortcuts',
    // Ahead of the marks' own shortcuts (Mod-I is italic's).
    priority: 1000,
    addKeyboardShortcuts() {
      const bindings: Record<string, () => boolean> = {};
      for (const s of SCREEN_SHORTCUTS) bindings[s] = () => true;
      for (const c of EDITOR_COMMANDS) {
        if (!c.shortcut || c.builtInShortcut) continue;
        bindings[c.shortcut] = () => {
          takeDomSelection(this.editor.view);
          if (c.canRun && !c.canRun(this.editor)) return false;
          void c.run({ editor: this.editor, ask: getAsk() });
          return true;
        };
      }
      return bindings;
    },
  });
}
