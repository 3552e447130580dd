import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
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
  /** Initial content only: the editor owns its document while mounted (key it by record id). */
  readonly initial: RichDoc;
  readonly labels: EditorLabels;
  readonly ariaLabel: string;
  readonly save: (body: RichDoc) => Promise<unknown>;
  readonly readOnly?: boolean;
  /** Shown in an empty editor: says what to do. */
  readonly placeholder?: string;
}

export function RichTextEditor({ initial, labels, ariaLabel, save, readOnly = false, placeholder }: RichTextEditorProps) {
  const saveRef = useRef(save);
  saveRef.current = save;
  const saver = useMemo(() => createDebouncedSaver<RichDoc>((body) => saveRef.current(body)), []);

  // Built once per editor: TipTap would otherwise compare (and re-apply) options on every render.
  const [extensions] = useState(() => [
    ...paperSchemaExtensions(),
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
    onUpdate: ({ editor: e }) => saver.push(toRichDoc(e.getJSON())),
    onFocus: ({ editor: e }) => setActiveEditor(e),
  });

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
