// The window closes only once the page says its latest changes are stored (it flushes them when asked);
// if they cannot be, the author is asked first. Electron is faked: the guard gets its APIs injected.
import { describe, expect, it } from 'vitest';
import { CLOSE_TIMEOUT_MS, guardWindowClose } from './close-guard';
import type { CloseGuardDeps } from './close-guard';

function setup(opts: { closeAnyway?: boolean } = {}) {
  const closeListeners: ((e: { preventDefault(): void }) => void)[] = [];
  const sent: number[] = [];
  let answerListener: ((requestId: unknown, answer: unknown) => void) | null = null;
  const timers: { fn: () => void; ms: number }[] = [];
  const asked: string[] = [];
  let closed = 0;
  const deps: CloseGuardDeps = {
    onClose: (l) => void closeListeners.push(l),
    close: () => {
      closed++;
      // A real close() fires 'close' again: the guard must let this one through.
      tryClose();
    },
    askRenderer: (id) => void sent.push(id),
    onAnswer: (l) => void (answerListener = l),
    askCloseAnyway: (message) => {
      asked.push(message);
      return Promise.resolve(opts.closeAnyway ?? false);
    },
    setTimer: (fn, ms) => (timers.push({ fn, ms }), timers.length),
    clearTimer: () => {},
  };
  let prevented = 0;
  const tryClose = () => {
    const close = { prevented: false };
    for (const l of closeListeners) l({ preventDefault: () => void (close.prevented = true) });
    if (close.prevented) prevented++;
    return !close.prevented;
  };
  guardWindowClose(deps);
  const answer = (id: unknown, a: unknown) => answerListener!(id, a);
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { tryClose, sent, answer, timers, asked, closed: () => closed, prevented: () => prevented, settle };
}

describe('closing the window', () => {
  it('waits for the page to store its changes, then closes', async () => {
    const g = setup();
    expect(g.tryClose()).toBe(false);
    expect(g.sent).toEqual([1]);
    expect(g.closed()).toBe(0);
    g.answer(1, { unsaved: false });
    await g.settle();
    expect(g.closed()).toBe(1);
    expect(g.asked).toEqual([]);
  });

  it('asks the author when the page says a change could not be stored, and stays open if they say so', async () => {
    const g = setup({ closeAnyway: false });
    g.tryClose();
    g.answer(1, { unsaved: true });
    await g.settle();
    expect(g.asked[0]).toMatch(/not saved/);
    expect(g.closed()).toBe(0);
    // Trying again asks the page again.
    g.tryClose();
    expect(g.sent).toEqual([1, 2]);
  });

  it('closes when the author chooses to close anyway', async () => {
    const g = setup({ closeAnyway: true });
    g.tryClose();
    g.answer(1, { unsaved: true });
    await g.settle();
    expect(g.closed()).toBe(1);
  });

  it('asks, rather than hangs, when the page does not answer in time', async () => {
    const g = setup({ closeAnyway: true });
    g.tryClose();
    expect(g.timers[0]!.ms).toBe(CLOSE_TIMEOUT_MS);
    g.timers[0]!.fn();
    await g.settle();
    expect(g.asked[0]).toMatch(/did not confirm/);
    expect(g.closed()).toBe(1);
  });

  it('ignores answers that are not to the current request, or malformed (the page is untrusted)', async () => {
    const g = setup();
    g.tryClose();
    g.answer(7, { unsaved: false });
    g.answer(1, 'yes');
    await g.settle();
    expect(g.closed()).toBe(0);
    g.answer(1, { unsaved: false });
    await g.settle();
    expect(g.closed()).toBe(1);
  });

  it('a second close while waiting does not ask the page twice', () => {
    const g = setup();
    g.tryClose();
    g.tryClose();
    expect(g.sent).toEqual([1]);
  });
});
