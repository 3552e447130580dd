// Focus after an action goes to what the user does next. New items appear only once their write has
// come back through a live query, so these helpers wait for the element (a few frames) before focusing.

const FRAME_LIMIT = 120; // about two seconds at 60 frames a second

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A field the user types in: once they have gone to one themselves, focus is theirs. */
const isField = (el: Element | null): boolean =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

/**
 * Waits until `find` returns an element, then focuses it and scrolls it into view. Resolves with the
 * element, or null if it never appeared (the action failed, or the screen was left).
 * `unlessMovedFrom`: the element that had focus when the action began (its button). If, while the new
 * element was being written, the user has gone into another field, focus stays there: on a busy
 * laptop an author clicking straight into the field they want must not have their typing taken away.
 */
export async function focusWhenShown(
  find: () => HTMLElement | null | undefined,
  opts: { block?: ScrollLogicalPosition; unlessMovedFrom?: Element | null } = {},
): Promise<HTMLElement | null> {
  for (let i = 0; i < FRAME_LIMIT; i++) {
    const el = find();
    if (el && el.isConnected) {
      const now = document.activeElement;
      if (opts.unlessMovedFrom !== undefined && now !== opts.unlessMovedFrom && now !== el && isField(now)) return null;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: opts.block ?? 'center' });
      return el;
    }
    await nextFrame();
  }
  return null;
}

/** The first field a user types in inside a container (an input, select, textarea or text editor). */
export function firstField(container: Element | null | undefined): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(
      'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"]',
    ) ?? null
  );
}

/** Where focus is now, to give it back after a dialog closes (null when it is on the page body). */
export function rememberFocus(): HTMLElement | null {
  const el = document.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}

/** Puts focus back on a remembered element if it is still on the page; returns whether it could. */
export function restoreFocus(el: HTMLElement | null): boolean {
  if (!el || !el.isConnected) return false;
  el.focus({ preventScroll: true });
  return document.activeElement === el;
}
