import { Extension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RichDoc } from '../../shared/richtext/model';
import { undoDepth } from '@tiptap/pm/history';
import { createDebouncedSaver } from '../app/debounced-save';
import { adoptBody } from './adopt-body';
import { mergeBodies } from '../sync/merge-bodies';
import { useHistory } from '../undo/PaperHistory';
import { FindHighlight } from '../find/find-plugin';
import { noteEdited, registerFindTarget } from '../find/targets';
import type { JournalEntry } from '../app/unsaved-journal';
import { getAsker } from '../ui/asker';
import { clearActiveEditor, setActiveEditor } from './active-editor';
import { commandShortcuts } from './commands';
import { LabelsExtension, setEditorLabels } from './labels-plugin';
import { LeaveEditor } from './leave-editor';
import type { EditorLabels } from './labels-plugin';
import { paperSchemaExtensions } from './schema-extensions';
import { toRichDoc } from './to-rich-doc';
import { fromFragment, isLive, liveRedo, liveUndo, liveUndoDepth } from './live-binding';
import { useLiveBody } from './use-live-body';
import type { LiveBinding, LiveTarget } from './use-live-body';
import { sameJson } from '../../shared/merge/diff';
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { JSONContent } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';

/**
 * ProseMirror scrolls the caret into view after every keystroke by measuring it at once, which makes
 * the browser lay the page out in the middle of the keystroke and again for the frame (in a long
 * paper, most of a keystroke's time). Here the measuring waits for the frame, where the layout is
 * needed anyway: one scroll per frame, however many transactions came before it, still before paint.
 */
function scrollWhenPainting(): (view: EditorView) => boolean {
  let frame = 0;
  let now = false;
  return (view) => {
    if (now) return false; // ProseMirror's own scrolling, from the frame below
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (view.isDestroyed) return;
        now = true;
        try {
          (view as unknown as { scrollToSelection(): void }).scrollToSelection();
        } finally {
          now = false;
        }
      });
    return true;
  };
}
import { useEditLocked } from '../ui/edit-lock';

/** Handles Ctrl+Enter by doing nothing in the editor; the keydown still reaches the screen's own handler. */
const leaveOnModEnter = Extension.create({
  name: 'panelwrightLeaveOnModEnter',
  priority: 1000, // before the hard-break extension's own Mod-Enter
  addKeyboardShortcuts: () => ({ 'Mod-Enter': () => true }),
});

export interface RichTextEditorProps {
  /**
   * The stored body. The editor owns its document while mounted (key it by record id), except that a
   * newer stored body (another window's or a colleague's edit) is taken in when this editor has no
   * unsaved edits of its own, and its saves merge with one stored meanwhile — see "Two windows" in docs/ARCHITECTURE.md.
   */
  readonly initial: RichDoc;
  /** The stored record's updatedAt: when it changes, `initial` may be newer than what is shown. */
  readonly version?: string;
  readonly labels: EditorLabels;
  readonly ariaLabel: string;
  /**
   * Stores the body. `base` is the body this editor's text was made from (loaded, taken in, or its own
   * last stored save): a store that finds another body there merges the two changes (merge-bodies.ts).
   */
  readonly save: (body: RichDoc, base: RichDoc) => Promise<unknown>;
  readonly readOnly?: boolean;
  /** Shown in an empty editor: says what to do. */
  readonly placeholder?: string;
  /** Whether the author can add images here (papers and case studies; not text printed inside a table cell). */
  readonly images?: boolean;
  /**
   * Ctrl+Enter belongs to the screen around the editor (the lead officer's view: next deliverable), so
   * the editor must not also insert a line break with it (it printed as a blank line in Word).
   */
  readonly ctrlEnterLeaves?: boolean;
  /** How an unsaved body is put back after a reload (renderer/app/durable-edits.ts). */
  readonly journal?: ((body: RichDoc) => JournalEntry | null) | undefined;
  /**
   * Joins the paper's one undo history (renderer/undo/) under this key: each of the editor's undo groups
   * is a step of it, undone from anywhere by Ctrl+Z. Without a paper history the editor keeps its own undo.
   */
  readonly historyKey?: string;
  /**
   * The record and field this body is, for team sync: while the office's server is joined, the editor
   * is bound to the body's fragment (live-binding.ts), so colleagues' typing appears as it is typed.
   */
  readonly live?: LiveTarget;
}

export function RichTextEditor({
  initial,
  version,
  labels,
  ariaLabel,
  save,
  readOnly: ownReadOnly = false,
  placeholder,
  images = false,
  ctrlEnterLeaves = false,
  journal,
  historyKey,
  live: liveTarget,
}: RichTextEditorProps) {
  const readOnly = useEditLocked(ownReadOnly);
  const saveRef = useRef(save);
  saveRef.current = save;
  // Edits are numbered; `stored` is the number of the newest edit known to be written.
  const edits = useRef({ made: 0, stored: 0 });
  // When this editor's latest stored save began: a stored body stamped before it is older than what is shown.
  const ownSaveStartedAt = useRef('');
  const adoptRef = useRef<() => void>(() => {});
  // The body this editor's text was made from, and the save in progress.
  const baseBody = useRef<RichDoc>(initial);
  const writes = useRef<Promise<unknown>>(Promise.resolve());
  // Saves handed on and not yet done: a stored body is taken in only between them (each stores against its base).
  const saving = useRef(0);
  const editorRef = useRef<Editor | null>(null);
  const live = useRef<LiveBinding | null>(null);
  const saver = useMemo(
    () =>
      // The editor's document is kept as it is (ProseMirror's are immutable) and turned into the stored
      // model only when it is saved, not on every keystroke.
      // Saves run one after another, so each knows the body the one before it stored (its base).
      createDebouncedSaver<{ doc: PmNode; edit: number }>(
        ({ doc, edit }) => {
          const run = async () => {
            const started = new Date().toISOString();
            let result: unknown;
            try {
              // Bound to team sync, the text shown now is the body (the fragment's, with colleagues'
              // typing): a save of an older text would be written after a newer one.
              const e = editorRef.current;
              const body = toRichDoc((live.current && e && !e.isDestroyed ? e.state.doc : doc).toJSON() as JSONContent);
              // Nothing new (the binding drawing the same text, or typing undone back to it): nothing to write.
              if (!sameJson(body, baseBody.current)) result = await saveRef.current(body, baseBody.current);
              baseBody.current = body;
              edits.current.stored = Math.max(edits.current.stored, edit);
              if (started > ownSaveStartedAt.current) ownSaveStartedAt.current = started;
            } finally {
              saving.current--;
            }
            adoptRef.current();
            return result;
          };
          saving.current++;
          const done = writes.current.then(run, run);
          writes.current = done.catch(() => undefined);
          return done;
        },
        undefined,
        undefined,
        { journal: journal && (({ doc }) => journal(toRichDoc(doc.toJSON() as JSONContent))) },
      ),
    [],
  );

  // Read when the placeholder is drawn, so a renamed section's hint names its new title.
  const placeholderRef = useRef(placeholder ?? 'Write here…');
  placeholderRef.current = placeholder ?? 'Write here…';
  // Built once per editor: TipTap would otherwise compare (and re-apply) options on every render.
  const [extensions] = useState(() => [
    ...paperSchemaExtensions({ images }),
    LabelsExtension.configure({ initial: labels }),
    commandShortcuts(getAsker),
    LeaveEditor,
    Placeholder.configure({ placeholder: () => placeholderRef.current, showOnlyCurrent: false }),
    ...(ctrlEnterLeaves ? [leaveOnModEnter] : []),
    FindHighlight,
  ]);
  const [editorProps] = useState(() => ({
    attributes: editorAttributes(ariaLabel, readOnly),
    handleScrollToSelection: scrollWhenPainting(),
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
      if (transaction.docChanged) noteEdited(); // the paper's Find looks again, whoever changed the text
      if (!e.isEditable || transaction.getMeta('preventUpdate') || !transaction.docChanged) return;
      // A colleague's change through the binding: saved too (the editor is the body's one writer while
      // bound), and the text as it stood kept, should it have removed typing of this person's.
      if (fromFragment(transaction)) live.current?.beforeRemote(() => toRichDoc(transaction.before.toJSON() as JSONContent));
      saver.push({ doc: e.state.doc, edit: ++edits.current.made });
    },
    onFocus: ({ editor: e }) => setActiveEditor(e),
    onBlur: () => setTimeout(() => adoptRef.current(), 0),
  });

  // Another window or a colleague (team sync) may have stored a newer body: take it in, focused or not —
  // a colleague typing in the same section must reach the author while the author types. With no edits
  // unsaved here it is shown as stored; with some, it is merged into them first (merge-bodies.ts, as the
  // next save would merge it) and that merged text becomes the next save. Never while a save is on its
  // way (it stores against the base it was given): it looks again when that save is done.
  const latest = useRef({ initial, version });
  latest.current = { initial, version };
  const shownVersion = useRef(version);
  const adoptNewerStoredBody = useCallback(() => {
    if (!editor || editor.isDestroyed || readOnly) return;
    const { initial: stored, version: storedVersion } = latest.current;
    if (storedVersion === undefined || storedVersion === shownVersion.current) return;
    if (saving.current > 0) return;
    shownVersion.current = storedVersion;
    // Written before this editor's own last save began (a rename of the section, read back before the
    // body saved after it arrived): older than what is shown, whatever its order of arrival.
    if (storedVersion < ownSaveStartedAt.current) return;
    const unsaved = edits.current.made !== edits.current.stored;
    const here = toRichDoc(editor.getJSON());
    const next = unsaved ? mergeBodies(baseBody.current, here, stored) : stored;
    baseBody.current = stored;
    if (JSON.stringify(here) === JSON.stringify(next)) return; // our own save coming back, or nothing new
    // Not an edit made here: no update event, and not on this editor's undo stack; only what differs is replaced.
    adoptBody(editor, next);
    // The save waiting to be made holds the text from before: it is this text now, stored against `stored`.
    if (unsaved) saver.push({ doc: editor.state.doc, edit: ++edits.current.made });
  }, [editor, readOnly, saver]);
  adoptRef.current = adoptNewerStoredBody;
  useEffect(() => {
    editorRef.current = editor;
  }, [editor]);
  // Team sync: bound to the body's fragment while it is offered (use-live-body.ts).
  const quiet = useCallback(() => edits.current.made === edits.current.stored && saving.current === 0, []);
  const onBound = useCallback((b: LiveBinding | null) => {
    live.current = b;
  }, []);
  useLiveBody(editor, liveTarget, !readOnly, quiet, onBound);
  useEffect(adoptNewerStoredBody, [adoptNewerStoredBody, version]);

  useEffect(() => {
    if (editor) setEditorLabels(editor, labels);
  }, [editor, labels]);

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  // Redraw the placeholder when its text changes: the placeholder plugin looks again at the cursor's block
  // when the selection is set (the shown placeholder is the empty editor's one block). No save, no undo step.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setSelection(editor.state.selection).setMeta('addToHistory', false));
  }, [editor, placeholder]);

  // Keep the accessible name in step when the section is renumbered or renamed, and say when it is read-only.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const attributes = editorAttributes(ariaLabel, readOnly);
    editorProps.attributes = attributes;
    editor.setOptions({ editorProps: { ...editorProps, attributes } });
  }, [editor, editorProps, ariaLabel, readOnly]);

  // The paper's history: this editor's undo groups are its steps (see historyKey).
  const history = useHistory();
  const labelRef = useRef(ariaLabel);
  labelRef.current = ariaLabel;
  useEffect(() => {
    if (!editor || !history || !historyKey) return;
    // Bound to team sync, the undo steps are the binding's (its own typing only).
    const depthOf = () => (isLive(editor) ? liveUndoDepth(editor) : (undoDepth(editor.state) as number));
    let depth = depthOf();
    const onTransaction = () => {
      const now = depthOf();
      if (now > depth) history.typed(historyKey, now - depth);
      else if (now < depth) history.forgetTyping(historyKey, depth - now);
      depth = now;
    };
    editor.on('transaction', onTransaction);
    // The paper's Find searches this editor too.
    const unregisterFind = registerFindTarget({ kind: 'editor', key: historyKey, editor });
    const unregister = history.registerEditor(historyKey, {
      get label() {
        const where = labelRef.current.replace(/:.*/, '');
        return `Typing in ${where.charAt(0).toLowerCase()}${where.slice(1)}`;
      },
      undo: () => !editor.isDestroyed && (isLive(editor) ? liveUndo(editor) : editor.commands.undo()),
      redo: () => !editor.isDestroyed && (isLive(editor) ? liveRedo(editor) : editor.commands.redo()),
      reveal: () => {
        if (editor.isDestroyed) return;
        editor.commands.focus(undefined, { scrollIntoView: false });
        editor.view.dom.scrollIntoView({ block: 'nearest' });
      },
    });
    return () => {
      editor.off('transaction', onTransaction);
      unregister();
      unregisterFind();
    };
  }, [editor, history, historyKey]);

  // Save what is pending when the editor goes away (section removed, paper closed).
  useEffect(
    () => () => {
      saver.flush();
      saver.dispose();
      if (editor) clearActiveEditor(editor);
    },
    [editor, saver],
  );

  return <EditorContent editor={editor} className="rich-text-host" />;
}

/** The editable element's attributes: a read-only editor says so (a textbox role alone reads as editable). */
function editorAttributes(ariaLabel: string, readOnly: boolean): Record<string, string> {
  return {
    'aria-label': ariaLabel,
    role: 'textbox',
    'aria-multiline': 'true',
    ...(readOnly ? { 'aria-readonly': 'true' } : {}),
    class: 'rich-text',
    spellcheck: 'true',
  };
}
