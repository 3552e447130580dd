// A modal dialog drawn with the native <dialog> (focus trapped, page inert, Esc cancels) that gives
// focus back to whatever had it when it opened, as users of desktop apps expect.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  readonly titleId: string;
  readonly title: string;
  readonly onClose: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Modal({ titleId, title, onClose, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      // Back to where the user was (the button that opened it), unless it has gone from the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
