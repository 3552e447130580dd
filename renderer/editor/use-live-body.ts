// When team sync offers an open editor its body's fragment, bind to it (live-binding.ts); let go when
// the offer goes (disconnected, the document's copy dropped, a read-only role) or the editor does.
// Binding waits until it is safe: the editor has nothing unsaved and no save on its way, and the
// fragment holds exactly the body the editor shows (else the binding, which draws the editor from
// the fragment, would show an older text). Until then the editor saves and merges as without sync.
import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import type { SnapshotTable } from '../../shared/backup/tables';
import { sameJson } from '../../shared/merge/diff';
import type { RichDoc } from '../../shared/richtext/model';
import { fragmentBody } from '../sync/body-node';
import { onTeamChange, teamLiveBody } from '../sync/team';
import { bindEditor, unbindEditor } from './live-binding';
import { toRichDoc } from './to-rich-doc';
import type { JSONContent } from '@tiptap/core';

/** The record and field whose body an editor edits (a section's or appendix's body, an update's narrative). */
export interface LiveTarget {
  readonly table: SnapshotTable;
  readonly id: string;
  readonly field: string;
}

export interface LiveBinding {
  /** A colleague's change is about to reach the editor: the body as it stood (read only if needed). */
  readonly beforeRemote: (body: () => RichDoc) => void;
}

/**
 * Keeps `editor` bound while team sync offers its body and `enabled` holds. `quiet()` says the editor
 * has nothing unsaved and no save running; `bound` hears of the binding made and let go (null). Both
 * must be stable (useCallback).
 */
export function useLiveBody(
  editor: Editor | null,
  target: LiveTarget | undefined,
  enabled: boolean,
  quiet: () => boolean,
  bound: (binding: LiveBinding | null) => void,
): void {
  const table = target?.table;
  const id = target?.id;
  const field = target?.field;
  useEffect(() => {
    if (!editor || !table || !id || !field || !enabled) return;
    let held: { fragment: unknown; release: (body: RichDoc) => void } | null = null;
    const run = { disposed: false, running: false, again: false };
    // Read through a function: the look may be asked for again while it awaits.
    const again = () => run.again;
    const shown = () => toRichDoc(editor.getJSON() as JSONContent);
    const letGo = () => {
      if (!held) return;
      const b = held;
      held = null;
      bound(null);
      b.release(editor.isDestroyed ? toRichDoc(editor.state.doc.toJSON() as JSONContent) : shown());
      unbindEditor(editor);
    };
    const look = async () => {
      if (run.running) {
        run.again = true;
        return;
      }
      run.running = true;
      try {
        do {
          run.again = false;
          const offer = teamLiveBody(table, id, field);
          if (held && offer?.fragment === held.fragment) continue;
          letGo();
          if (!offer) continue;
          // Checked again after asking (a keystroke or a colleague's change may have come meanwhile).
          const ready = () => !run.disposed && !editor.isDestroyed && quiet() && sameJson(fragmentBody(offer.fragment), shown());
          if (!ready() || !(await offer.allowed()) || !ready()) continue;
          const handle = offer.bind();
          held = { fragment: offer.fragment, release: handle.release };
          bound({ beforeRemote: handle.beforeRemote });
          bindEditor(editor, offer.fragment, offer.awareness);
        } while (again());
      } catch (e) {
        console.error('Panelwright: could not bind the editor to team sync', e);
      } finally {
        run.running = false;
      }
    };
    const off = onTeamChange(() => void look());
    void look();
    return () => {
      run.disposed = true;
      off();
      letGo();
    };
  }, [editor, table, id, field, enabled, quiet, bound]);
}
