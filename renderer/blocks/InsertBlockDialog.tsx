// "Insert data…": choose what to insert (a plan theme's update, the RAGB summary, a case study …),
// pick its source in that kind's own form, then place it at the cursor or as a new appendix.
import { useEffect, useRef, useState } from 'react';
import type { BlockOptions, BlockSource } from '../../shared/blocks/model';
import { BlockOptionsForm } from './BlockOptionsForm';
import { db } from '../db/database';
import { createBlock } from '../db/blocks-repo';
import { insertBlockAsAppendixUndoable } from '../undo/paper-actions';
import { useHistory } from '../undo/PaperHistory';
import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { focusWhenShown, rememberFocus, restoreFocus } from '../ui/focus';
import { placeCaretAtEnd } from '../editor/active-editor';
import { showToast } from '../ui/toast';
import { INSERT_KINDS } from './insert-kinds';

/**
 * Puts the block at the cursor and the cursor after it, in a paragraph (added when there is none), so
 * typing goes on after the block instead of replacing it (ProseMirror leaves the new block selected).
 */
export function insertBlockAtCursor(editor: Editor, blockId: string): void {
  editor.chain().focus().insertContent({ type: 'dataBlock', attrs: { blockId } }).run();
  const sel = editor.state.selection;
  if (!(sel instanceof NodeSelection) || sel.node.type.name !== 'dataBlock') return;
  const after = sel.to;
  const next = editor.state.doc.resolve(after).nodeAfter;
  if (next?.isTextblock)
    editor
      .chain()
      .setTextSelection(after + 1)
      .run();
  else
    editor
      .chain()
      .insertContentAt(after, { type: 'paragraph' })
      .setTextSelection(after + 1)
      .run();
}

interface Props {
  readonly paperId: string;
  /** The section or appendix editor that had the cursor, if any. */
  readonly editor: Editor | null;
  readonly onClose: () => void;
}

export function InsertBlockDialog({ paperId, editor, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const history = useHistory();
  // Where focus was when the dialog opened (the editor at its cursor, or the button): it goes back there.
  const [returnTo] = useState(rememberFocus);
  const [kindId, setKindId] = useState(INSERT_KINDS[0]?.id ?? '');
  const [choice, setChoice] = useState<{ source: BlockSource; title: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [options, setOptions] = useState<BlockOptions>({});
  const kind = INSERT_KINDS.find((k) => k.id === kindId);
  const canInsertHere = editor !== null && !editor.isDestroyed && editor.isEditable;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  /** Closes, then puts focus back: in an editor at its cursor (after a block just inserted there), else where it was. */
  const close = (focusEditor: Editor | null = null) => {
    ref.current?.close();
    onClose();
    requestAnimationFrame(() => {
      const inEditor = focusEditor ?? (editor && !editor.isDestroyed && returnTo && editor.view.dom.contains(returnTo) ? editor : null);
      if (inEditor && !inEditor.isDestroyed) inEditor.commands.focus();
      else restoreFocus(returnTo);
    });
  };

  const groups = [...new Set(INSERT_KINDS.map((k) => k.group))];

  const insert = async (where: 'cursor' | 'appendix') => {
    if (!choice) return;
    setBusy(true);
    const source = { ...choice.source, ...options };
    try {
      if (where === 'appendix') {
        const id = await insertBlockAsAppendixUndoable(history, paperId, source, choice.title);
        close();
        // Into the new appendix's text, after the block it holds.
        void focusWhenShown(() => document.querySelector<HTMLElement>(`#appendix-${CSS.escape(id)} .ProseMirror`), { block: 'start' }).then((el) => {
          if (el) placeCaretAtEnd(el);
        });
      } else if (editor) {
        const blockId = await createBlock(db, paperId, source);
        insertBlockAtCursor(editor, blockId);
        close(editor);
      }
    } catch (e) {
      showToast({ text: e instanceof Error ? e.message : String(e), tone: 'error' });
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog insert-dialog" aria-labelledby="insert-title" onCancel={(e) => (e.preventDefault(), close())}>
      <h2 id="insert-title">Insert data</h2>
      {INSERT_KINDS.length === 0 ? (
        <p>Nothing to insert yet: add a delivery plan, measures or library items first.</p>
      ) : (
        <div className="insert-layout">
          <fieldset className="insert-kinds">
            <legend>What to insert</legend>
            {groups.map((g) => (
              <div key={g} role="group" aria-label={g}>
                <h3>{g}</h3>
                {INSERT_KINDS.filter((k) => k.group === g).map((k) => (
                  <label key={k.id} className="radio-row">
                    <input
                      type="radio"
                      name="insert-kind"
                      value={k.id}
                      checked={k.id === kindId}
                      onChange={() => (setKindId(k.id), setChoice(null), setOptions({}))}
                    />
                    <span>
                      {k.label}
                      <small className="muted"> — {k.description}</small>
                    </span>
                  </label>
                ))}
              </div>
            ))}
          </fieldset>
          <div className="insert-form">
            {kind && <kind.Form key={kind.id} paperId={paperId} onChange={setChoice} />}
            {kind && (
              <details className="insert-options" open>
                <summary>Wording and paragraph numbers</summary>
                <BlockOptionsForm kind={kind.id} value={options} onChange={setOptions} />
              </details>
            )}
          </div>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={() => close()}>
          Cancel
        </button>
        <button
          type="button"
          disabled={!choice || busy || !canInsertHere}
          title={canInsertHere ? undefined : 'Click into a section first to insert at the cursor'}
          onClick={() => void insert('cursor')}
          className={kind?.appendixByDefault ? undefined : 'primary'}
        >
          Insert at cursor
        </button>
        <button type="button" disabled={!choice || busy} onClick={() => void insert('appendix')} className={kind?.appendixByDefault ? 'primary' : undefined}>
          Insert as new appendix
        </button>
      </div>
    </dialog>
  );
}
