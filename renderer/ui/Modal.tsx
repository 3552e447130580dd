// A modal dialog drawn with the native <dialog> (focus trapped, page inert, Esc cancels) that gives
// focus back to whatever had it when it opened, as users of desktop apps expect.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  readonly titleId: string;
  readonly title: string;
  readonly onClose: () => void;
  readonly className?: string;
  /**
   * Where focus goes on closing instead of back to the opener: set it once the dialog has done
   * something that removes its opener (an Issue button an issued paper no longer shows).
   */
  readonly focusOnClose?: string | null;
  readonly children: ReactNode;
}

export function Modal({ titleId, title, onClose, className, focusOnClose = null, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const target = useRef(focusOnClose);
  useLayoutEffect(() => {
    target.current = focusOnClose;
  });
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      // Back to where the user was (the button that opened it); if that has gone, to what comes next.
      // The next thing may appear a moment later (the screen re-renders from the database): look for it a few times.
      let tries = 0;
      const restore = () => {
        const selector = target.current;
        if (!selector) {
          if (opener?.isConnected) opener.focus();
          return;
        }
        const next = document.querySelector<HTMLElement>(selector);
        if (next) {
          next.focus();
          return;
        }
        if (++tries < 40) setTimeout(restore, 25);
      };
      requestAnimationFrame(restore);
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
