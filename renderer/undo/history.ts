// One undo history for a paper. Ctrl+Z takes back the most recent thing the user did, whatever it was
// and wherever focus is:
// - a structural action (move, rename, add or remove a section, appendix or contact; an appendix made
//   from a data block) is an entry whose undo and redo each run one user action (one Dexie transaction);
// - typing in a rich-text editor is one step per undo group of that editor's own ProseMirror history:
//   undoing it runs that editor's undo, focusing it and scrolling it into view, so the editor's undo and
//   this history never disagree about what comes next;
// - a group (replace all) is several steps undone and redone as one.
// A new action after undoing clears what could be redone, as in any editor.

export interface TypingTarget {
  /** Runs the editor's own undo / redo once; false when it had nothing to undo / redo. */
  undo(): boolean;
  redo(): boolean;
  /** Brings the editor into view with the cursor where the change was. */
  reveal(): void;
  readonly label: string;
}

export interface ActionEntry {
  readonly kind: 'action';
  readonly label: string;
  undo(): Promise<unknown>;
  redo(): Promise<unknown>;
}

interface TypingStep {
  readonly kind: 'typing';
  readonly key: string;
}

interface GroupEntry {
  readonly kind: 'group';
  readonly label: string;
  readonly steps: readonly (TypingStep | ActionEntry)[];
}

type Entry = ActionEntry | TypingStep | GroupEntry;

export interface HistoryState {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** "Undo Move section 4 up", for the toolbar's tooltip. */
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

export interface History {
  /** A structural action that has just been done; returns it, for undoEntry. */
  record(entry: Omit<ActionEntry, 'kind'>): ActionEntry;
  /**
   * Undoes that one action (a toast's Undo): as Ctrl+Z when it is still the newest; otherwise it alone
   * is undone and leaves the history, so what came after it stays.
   */
  undoEntry(entry: ActionEntry): Promise<string | null>;
  /** The editor `key` made `steps` new undo groups of its own (typing, formatting, a block inserted). */
  typed(key: string, steps?: number): void;
  /** The editor `key` lost its newest `steps` undo groups without us (rare): they leave this history too. */
  forgetTyping(key: string, steps: number): void;
  /** Editors register so their steps can be undone from anywhere; unregister when they go. */
  registerEditor(key: string, target: TypingTarget): () => void;
  /** Several changes made together (replace all): recorded while `run` runs, undone as one. */
  group<T>(label: string, run: () => Promise<T>): Promise<T>;
  undo(): Promise<string | null>;
  redo(): Promise<string | null>;
  state(): HistoryState;
  subscribe(listener: () => void): () => void;
  /** While the history itself runs an editor's undo/redo, that editor must not report it as typing. */
  isReplaying(key: string): boolean;
}

export function createHistory(): History {
  const done: Entry[] = [];
  const undone: Entry[] = [];
  const editors = new Map<string, TypingTarget>();
  const listeners = new Set<() => void>();
  let replaying: string | null = null;
  let collecting: (TypingStep | ActionEntry)[] | null = null;
  // Undo and redo run one at a time, in the order pressed.
  let queue: Promise<unknown> = Promise.resolve();
  let snapshot: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

  const labelOf = (e: Entry | undefined): string | null => {
    if (!e) return null;
    if (e.kind === 'typing') return editors.get(e.key)?.label ?? 'typing';
    return e.label;
  };
  const emit = () => {
    const next = { canUndo: done.length > 0, canRedo: undone.length > 0, undoLabel: labelOf(done.at(-1)), redoLabel: labelOf(undone.at(-1)) };
    if (
      next.canUndo !== snapshot.canUndo ||
      next.canRedo !== snapshot.canRedo ||
      next.undoLabel !== snapshot.undoLabel ||
      next.redoLabel !== snapshot.redoLabel
    )
      snapshot = next;
    for (const l of listeners) l();
  };
  const push = (e: TypingStep | ActionEntry) => {
    if (collecting) collecting.push(e);
    else done.push(e);
    undone.length = 0;
    emit();
  };
  const dropTypingOf = (key: string, stack: Entry[]) => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const e = stack[i];
      if (e?.kind === 'typing' && e.key === key) stack.splice(i, 1);
    }
  };

  /** Runs one step backwards or forwards; false when it could not (the editor is gone or had nothing). */
  async function run(step: TypingStep | ActionEntry, direction: 'undo' | 'redo'): Promise<boolean> {
    if (step.kind === 'action') {
      await (direction === 'undo' ? step.undo() : step.redo());
      return true;
    }
    const target = editors.get(step.key);
    if (!target) return false;
    replaying = step.key;
    try {
      target.reveal();
      return direction === 'undo' ? target.undo() : target.redo();
    } finally {
      replaying = null;
    }
  }

  async function move(from: Entry[], to: Entry[], direction: 'undo' | 'redo'): Promise<string | null> {
    for (let e = from.pop(); e; e = from.pop()) {
      if (e.kind === 'group') {
        const steps = direction === 'undo' ? [...e.steps].reverse() : e.steps;
        for (const s of steps) await run(s, direction);
        to.push(e);
        emit();
        return e.label;
      }
      if (await run(e, direction)) {
        to.push(e);
        emit();
        return labelOf(e);
      }
      // That editor is gone (its section was removed, the paper reloaded) or has nothing left: skip its steps.
      if (e.kind === 'typing') {
        dropTypingOf(e.key, from);
        dropTypingOf(e.key, to);
      }
      emit();
    }
    return null;
  }

  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    record(entry) {
      const e: ActionEntry = { kind: 'action', ...entry };
      push(e);
      return e;
    },
    undoEntry: (entry) =>
      enqueue(async () => {
        if (done.at(-1) === entry) return move(done, undone, 'undo');
        const i = done.indexOf(entry);
        if (i < 0) return null;
        done.splice(i, 1);
        emit();
        await entry.undo();
        return entry.label;
      }),
    typed(key, steps = 1) {
      if (replaying === key) return;
      for (let i = 0; i < steps; i++) push({ kind: 'typing', key });
    },
    forgetTyping(key, steps) {
      if (replaying === key) return;
      for (let n = 0, i = done.length - 1; i >= 0 && n < steps; i--) {
        const e = done[i];
        if (e?.kind === 'typing' && e.key === key) {
          done.splice(i, 1);
          n++;
        }
      }
      emit();
    },
    registerEditor(key, target) {
      editors.set(key, target);
      emit();
      return () => {
        if (editors.get(key) !== target) return;
        editors.delete(key);
        dropTypingOf(key, done);
        dropTypingOf(key, undone);
        emit();
      };
    },
    async group(label, runIt) {
      const outer = collecting;
      const steps: (TypingStep | ActionEntry)[] = [];
      collecting = steps;
      try {
        return await runIt();
      } finally {
        collecting = outer;
        if (steps.length) {
          if (outer) outer.push(...steps);
          else {
            done.push({ kind: 'group', label, steps });
            undone.length = 0;
          }
          emit();
        }
      }
    },
    undo: () => enqueue(() => move(done, undone, 'undo')),
    redo: () => enqueue(() => move(undone, done, 'redo')),
    state: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isReplaying: (key) => replaying === key,
  };
}
