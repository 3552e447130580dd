// The footnote dialog: a small editor for the note's text with Bold, Italic, Underline (Ctrl+B/I/U)
// and Link (Ctrl+K), since papers' footnotes are mostly sources with their address. Each line is a
// paragraph of the note in Word; lists and tables are not offered (Word footnotes hold plain
// paragraphs). Links follow the paper's one rule (https://, http://, mailto:).
import { EditorContent, useEditor } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { FootnoteInline } from '../../shared/richtext/model';
import { isStorableLink } from '../../shared/richtext/model';
import { footnoteEditorExtensions, footnoteEditorJson, footnotePiecesOf } from '../editor/footnote-content';
import type { FootnoteQuestion } from './asker';
import { takeDomSelection } from '../editor/dom-selection';

const MARKS = [
  { id: 'bold', label: 'Bold', keys: 'Ctrl+B', run: (e: Editor) => e.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'Italic', keys: 'Ctrl+I', run: (e: Editor) => e.chain().focus().toggleItalic().run() },
  { id: 'underline', label: 'Underline', keys: 'Ctrl+U', run: (e: Editor) => e.chain().focus().toggleUnderline().run() },
] as const;

/** "a@b.org" → "mailto:a@b.org"; anything else as typed (the rule then decides). */
const linkValue = (href: string) => (/^[^@\s/:]+@[^@\s]+\.[^@\s]+$/.test(href.trim()) ? `mailto:${href.trim()}` : href.trim());

export function FootnoteForm({ q, finish }: { q: FootnoteQuestion; finish: (pieces: readonly FootnoteInline[] | null) => void }) {
  const id = useId();
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const linkInput = useRef<HTMLInputElement>(null);
  const openLink = useRef<() => void>(() => {});

  const editor = useEditor({
    extensions: footnoteEditorExtensions(),
    content: footnoteEditorJson(q.initial),
    autofocus: 'end',
    immediatelyRender: true,
    editorProps: {
      attributes: {
        'aria-label': 'Footnote text',
        role: 'textbox',
        'aria-multiline': 'true',
        class: 'footnote-editor',
        spellcheck: 'true',
        'aria-describedby': `${id}-hint`,
      },
      handleKeyDown: (_view, event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
          return true;
        }
        if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          takeDomSelection(_view);
          openLink.current();
          return true;
        }
        return false;
      },
    },
    onSelectionUpdate: () => setTick((t) => t + 1),
    onTransaction: () => setTick((t) => t + 1),
  });

  // immediatelyRender: true, so the editor exists from the first render.
  const submit = () => {
    finish(footnotePiecesOf(editor.getJSON()));
  };

  const showLinkRow = () => {
    setHref(String(editor.getAttributes('link').href ?? ''));
    setLinkError(null);
    setLinkOpen(true);
    setTimeout(() => linkInput.current?.focus(), 0);
  };
  // Ctrl+K in the editor (its options are read once) opens the row with the newest state.
  useLayoutEffect(() => {
    openLink.current = showLinkRow;
  });

  const applyLink = () => {
    const value = linkValue(href);
    const chain = editor.chain().focus().extendMarkRange('link');
    if (value === '') chain.unsetLink().run();
    else if (!isStorableLink(value)) {
      setLinkError('Only https://, http:// and mailto: links can be added to a paper.');
      linkInput.current?.focus();
      return;
    } else if (editor.state.selection.empty && !editor.isActive('link')) {
      // nothing selected: the address itself becomes the linked text
      chain.insertContent({ type: 'text', text: value.replace(/^mailto:/, ''), marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else chain.setLink({ href: value }).run();
    setLinkOpen(false);
  };

  return (
    <form
      method="dialog"
      className="footnote-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="dialog-title">{q.title}</h2>
      <div className="footnote-toolbar" role="toolbar" aria-label="Footnote formatting">
        {MARKS.map((m) => (
          <button
            key={m.id}
            type="button"
            aria-pressed={editor.isActive(m.id)}
            title={`${m.label} (${m.keys})`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              m.run(editor);
            }}
          >
            {m.label}
          </button>
        ))}
        <button type="button" aria-pressed={editor.isActive('link')} title="Link (Ctrl+K)" onMouseDown={(e) => e.preventDefault()} onClick={showLinkRow}>
          Link…
        </button>
      </div>
      <EditorContent editor={editor} className="footnote-editor-host" />
      <div id={`${id}-hint`} className="field-hint">
        {q.editing ? 'Leave it empty to remove the footnote. ' : ''}Each line prints as a paragraph of the footnote. Ctrl+Enter inserts.
      </div>
      {linkOpen && (
        <div className="footnote-link-row">
          <label htmlFor={`${id}-href`}>Link address (https://… or mailto:…)</label>
          <input
            id={`${id}-href`}
            ref={linkInput}
            value={href}
            aria-invalid={linkError ? true : undefined}
            aria-describedby={linkError ? `${id}-href-error` : undefined}
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyLink();
              }
              if (e.key === 'Escape') {
                e.preventDefault();
                e.stopPropagation();
                setLinkOpen(false);
                editor.commands.focus();
              }
            }}
          />
          <button type="button" onClick={applyLink}>
            {href.trim() === '' ? 'Remove link' : 'Apply link'}
          </button>
          {linkError && (
            <div id={`${id}-href-error`} className="field-error" role="alert">
              {linkError}
            </div>
          )}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => finish(null)}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {q.confirmLabel}
        </button>
      </div>
    </form>
  );
}
