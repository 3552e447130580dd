// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { Chosen } from './use-chosen';
import { useChosen } from './use-chosen';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
type Item = { id: string; title: string };

/** Renders the hook over a list the test changes, as a live query would. */
function harness() {
  let latest: Chosen<Item> | null = null;
  function Probe({ items }: { items: Item[] | undefined }) {
    latest = useChosen(items);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  const show = async (items: Item[] | undefined) => {
    await act(async () => {
      root.render(<Probe items={items} />);
      await Promise.resolve();
    });
  };
  return { show, get: () => latest! };
}

const A = { id: 'a', title: 'Shoplifting' };
const B = { id: 'b', title: 'Knife Crime' };
const NEW = { id: 'n', title: 'Untitled case study' };

describe('the record a library tab shows', () => {
  it('shows the first record by default, and the one chosen', async () => {
    const h = harness();
    await h.show(undefined);
    expect(h.get().current).toBeUndefined();
    await h.show([A, B]);
    expect(h.get().current).toBe(A);
    act(() => {
      h.get().choose('b');
    });
    expect(h.get().current).toBe(B);
  });

  it('a just-created record is waited for: until the list has it nothing is shown, never another record', async () => {
    const h = harness();
    await h.show([A, B]);
    act(() => {
      h.get().chooseNew('n');
    });
    expect(h.get().current).toBeUndefined();
    expect(h.get().arriving).toBe(true);
    await h.show([A, B, NEW]);
    expect(h.get().current).toBe(NEW);
    expect(h.get().arriving).toBe(false);
  });

  it('from the moment a record starts being created, the one on screen is gone, and the new one comes when written', async () => {
    const h = harness();
    await h.show([A, B]);
    let written: (id: string) => void = () => {};
    let made: Promise<string | null> = Promise.resolve(null);
    act(() => {
      made = h.get().createAndChoose(() => new Promise<string>((resolve) => (written = resolve)));
    });
    // The write has not finished: typing now must not go into Shoplifting.
    expect(h.get().current).toBeUndefined();
    expect(h.get().arriving).toBe(true);
    await act(async () => {
      written('n');
      await made;
    });
    expect(h.get().current).toBeUndefined();
    await h.show([A, B, NEW]);
    expect(h.get().current).toBe(NEW);
    expect(h.get().arriving).toBe(false);
  });

  it('a create that fails shows the record that was there before', async () => {
    const h = harness();
    await h.show([A, B]);
    let made: Promise<string | null> = Promise.resolve(null);
    act(() => {
      made = h.get().createAndChoose(() => Promise.reject(new Error('disk full')));
    });
    await act(async () => {
      await expect(made).rejects.toThrow('disk full');
    });
    expect(h.get().current).toBe(A);
    expect(h.get().arriving).toBe(false);
  });

  it('a chosen record deleted elsewhere falls back to the first', async () => {
    const h = harness();
    await h.show([A, B]);
    act(() => {
      h.get().choose('b');
    });
    await h.show([A]);
    expect(h.get().current).toBe(A);
  });
});
