import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RichDoc } from '../../shared/richtext/model';
import { createDebouncedSaver } from '../app/debounced-save';
import { getAsker } from '../ui/asker';
import { clearActiveEditor, setActiveEditor } from './active-editor';
import { commandShortcuts } from './commands';
import { LabelsExtension, setEditorLabels } from './labels-plugin';
import type { EditorLabels } from './labels-plugin';
import { paperSchemaExtensions } from './schema-extensions';
import { toRichDoc } from './to-rich-doc';

export interface RichTextEditorProps {
  /**
   * The stored body. The editor owns its document while mounted (key it by record id), except that a
   * newer stored body (another window's edit) is taken in when this editor is not focused and has no
   * unsaved edits of its own — see "Two windows" in docs/ARCHITECTURE.md.
   */
  readonly initial: RichDoc;
  /** The stored record's updatedAt: when it changes, `initial` may be newer than what is shown. */
  readonly version?: string;
  readonly labels: EditorLabels;
  readonly ariaLabel: string;
  readonly save: (body: RichDoc) => Promise<unknown>;
  readonly readOnly?: boolean;
  /** Shown in an empty editor: says what to do. */
  readonly placeholder?: string;
  /** Whether the author can add images here (papers and case studies; not text printed inside a table cell). */
  readonly images?: boolean;
}

export function RichTextEditor({ initial, version, labels, ariaLabel, save, readOnly = false, placeholder, images = false }: RichTextEditorProps) {
  const saveRef = useRef(save);
  saveRef.current = save;
  // Edits are numbered; `stored` is the number of the newest edit known to be written.
  const edits = useRef({ made: 0, stored: 0 });
  const adoptRef = useRef<() => void>(() => {});
  const saver = useMemo(
    () =>
      createDebouncedSaver<{ body: RichDoc; edit: number }>(({ body, edit }) =>
        saveRef.current(body).then((result) => {
          edits.current.stored = Math.max(edits.current.stored, edit);
          adoptRef.current();
          return result;
        }),
      ),
    [],
  );

  // Built once per editor: TipTap would otherwise compare (and re-apply) options on every render.
  const [extensions] = useState(() => [
    ...paperSchemaExtensions({ images }),
    LabelsExtension.configure({ initial: labels }),
    commandShortcuts(getAsker),
    Placeholder.configure({ placeholder: placeholder ?? 'Write here…', showOnlyCurrent: false }),
  ]);
  const [editorProps] = useState(() => ({
    attributes: { 'aria-label': ariaLabel, role: 'textbox', 'aria-multiline': 'true', class: 'rich-text', spellcheck: 'true' },
  }));
  const editor = useEditor({
    extensions,
    content: initial as unknown as Record<string, unknown>,
    editable: !readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps,
    // Only the author's edits are saved: setEditable and taking in a stored body also emit 'update'.
    onUpdate: ({ editor: e, transaction }) => {
      if (!e.isEditable || transaction.getMeta('preventUpdate') || !transaction.docChanged) return;
      saver.push({ body: toRichDoc(e.getJSON()), edit: ++edits.current.made });
    },
    onFocus: ({ editor: e }) => setActiveEditor(e),
    onBlur: () => setTimeout(() => adoptRef.current(), 0),
  });

  // Another window may have stored a newer body. Take it in only when that cannot lose anything here:
  // this editor is not focused and every edit made in it is stored. Otherwise wait (blur, save) and look again.
  const latest = useRef({ initial, version });
  latest.current = { initial, version };
  const shownVersion = useRef(version);
  const adoptNewerStoredBody = useCallback(() => {
    if (!editor || editor.isDestroyed || readOnly) return;
    const { initial: stored, version: storedVersion } = latest.current;
    if (storedVersion === undefined || storedVersion === shownVersion.current) return;
    if (editor.isFocused || edits.current.made !== edits.current.stored) return;
    shownVersion.current = storedVersion;
    if (JSON.stringify(toRichDoc(editor.getJSON())) === JSON.stringify(stored)) return; // our own save coming back
    // Not an edit made here: no update event (so no save), and not on this editor's undo stack.
    editor.chain().setMeta('addToHistory', false).setContent(stored as unknown as Record<string, unknown>, { emitUpdate: false }).run();
  }, [editor, readOnly]);
  adoptRef.current = adoptNewerStoredBody;
  useEffect(adoptNewerStoredBody, [adoptNewerStoredBody, version]);

  useEffect(() => {
    if (editor) setEditorLabels(editor, labels);
  }, [editor, labels]);

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  // Keep the accessible name in step when the section is renumbered or renamed.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const attributes = { ...editorProps.attributes, 'aria-label': ariaLabel };
    editorProps.attributes = attributes;
    editor.setOptions({ editorProps: { ...editorProps, attributes } });
  }, [editor, editorProps, ariaLabel]);

  // Save what is pending when the editor goes away (section removed, paper closed).
  useEffect(
    () => () => {
      saver.flush();
      if (editor) clearActiveEditor(editor);
    },
    [editor, saver],
  );

  return <EditorContent editor={editor} className="rich-text-host" />;
}
