import { describe, expect, it } from 'vitest';
import { createHistory } from './history';
import type { TypingTarget } from './history';

/** A stand-in editor with its own undo depth, as ProseMirror keeps it. */
function fakeEditor(label: string) {
  const log: string[] = [];
  let depth = 0;
  let redoDepth = 0;
  const target: TypingTarget = {
    label,
    undo: () => (depth > 0 ? (depth--, redoDepth++, log.push('undo'), true) : false),
    redo: () => (redoDepth > 0 ? (redoDepth--, depth++, log.push('redo'), true) : false),
    reveal: () => void log.push('reveal'),
  };
  return { target, log, type: () => (depth++, (redoDepth = 0)) };
}

/** A step that does `f` and settles at once (the history awaits every step). */
const resolved =
  (f: () => unknown = () => undefined) =>
  (): Promise<void> => {
    f();
    return Promise.resolve();
  };

describe('one undo history', () => {
  it('undoes the most recent thing: the structural action after typing, then the typing', async () => {
    const h = createHistory();
    const s4 = fakeEditor('Typing in section 4');
    h.registerEditor('s4', s4.target);
    s4.type();
    h.typed('s4');
    const moves: string[] = [];
    h.record({ label: 'Move section 2 up', undo: resolved(() => moves.push('down')), redo: resolved(() => moves.push('up')) });
    expect(h.state().undoLabel).toBe('Move section 2 up');
    expect(await h.undo()).toBe('Move section 2 up');
    expect(moves).toEqual(['down']);
    expect(s4.log).toEqual([]); // the typing is untouched
    expect(await h.undo()).toBe('Typing in section 4');
    expect(s4.log).toEqual(['reveal', 'undo']);
    expect(h.state().canUndo).toBe(false);
    expect(await h.redo()).toBe('Typing in section 4');
    expect(await h.redo()).toBe('Move section 2 up');
    expect(moves).toEqual(['down', 'up']);
  });

  it('routes typing steps to the editor they were typed in, whichever is focused', async () => {
    const h = createHistory();
    const a = fakeEditor('Typing in section 1');
    const b = fakeEditor('Typing in section 2');
    h.registerEditor('a', a.target);
    h.registerEditor('b', b.target);
    a.type();
    h.typed('a');
    b.type();
    h.typed('b');
    await h.undo();
    expect([a.log, b.log]).toEqual([[], ['reveal', 'undo']]);
    await h.undo();
    expect(a.log).toEqual(['reveal', 'undo']);
  });

  it('a new action after undoing clears what could be redone', async () => {
    const h = createHistory();
    h.record({ label: 'one', undo: resolved(), redo: resolved() });
    await h.undo();
    expect(h.state().canRedo).toBe(true);
    h.record({ label: 'two', undo: resolved(), redo: resolved() });
    expect(h.state().canRedo).toBe(false);
  });

  it('skips the steps of an editor that has gone (its section removed) and undoes the next thing', async () => {
    const h = createHistory();
    let undone = 0;
    h.record({ label: 'Add section', undo: resolved(() => undone++), redo: resolved() });
    const gone = fakeEditor('Typing in section 5');
    const unregister = h.registerEditor('gone', gone.target);
    gone.type();
    h.typed('gone');
    unregister();
    expect(await h.undo()).toBe('Add section');
    expect(undone).toBe(1);
  });

  it('does not record the editor’s own undo, run by the history, as new typing', async () => {
    const h = createHistory();
    const a = fakeEditor('Typing');
    h.registerEditor('a', { ...a.target, undo: () => (h.typed('a'), a.target.undo()) });
    a.type();
    h.typed('a');
    await h.undo();
    expect(h.state().canUndo).toBe(false);
    expect(h.state().canRedo).toBe(true);
  });

  it('a group (replace all) is undone and redone as one step', async () => {
    const h = createHistory();
    const a = fakeEditor('Typing in section 1');
    const b = fakeEditor('Typing in section 2');
    h.registerEditor('a', a.target);
    h.registerEditor('b', b.target);
    const titles: string[] = [];
    await h.group(
      'Replace all “PCC” with “Commissioner”',
      resolved(() => {
        a.type();
        h.typed('a');
        b.type();
        h.typed('b');
        h.record({ label: 'Rename', undo: resolved(() => titles.push('old')), redo: resolved(() => titles.push('new')) });
      }),
    );
    expect(h.state().undoLabel).toBe('Replace all “PCC” with “Commissioner”');
    await h.undo();
    expect([a.log.includes('undo'), b.log.includes('undo'), titles]).toEqual([true, true, ['old']]);
    expect(h.state().canUndo).toBe(false);
    await h.redo();
    expect(titles).toEqual(['old', 'new']);
  });

  it('runs undos one at a time, in order', async () => {
    const h = createHistory();
    const order: string[] = [];
    const slow = (name: string) => async () => {
      await new Promise((r) => setTimeout(r, 5));
      order.push(name);
    };
    h.record({ label: '1', undo: slow('undo 1'), redo: resolved() });
    h.record({ label: '2', undo: slow('undo 2'), redo: resolved() });
    await Promise.all([h.undo(), h.undo()]);
    expect(order).toEqual(['undo 2', 'undo 1']);
  });

  it('a toast’s Undo takes back its own action, even when something was done after it', async () => {
    const h = createHistory();
    const log: string[] = [];
    const removed = h.record({ label: 'Remove section 3', undo: resolved(() => log.push('restore 3')), redo: resolved() });
    h.record({ label: 'Move section 1 down', undo: resolved(() => log.push('move back')), redo: resolved() });
    expect(await h.undoEntry(removed)).toBe('Remove section 3');
    expect(log).toEqual(['restore 3']);
    expect(h.state().undoLabel).toBe('Move section 1 down');
    expect(await h.undoEntry(removed)).toBeNull(); // only once
  });
});
