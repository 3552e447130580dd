// The keyboard shortcuts, opened from the toolbar or with Ctrl+/; Esc or Close returns focus to where it was.
import { useEffect, useRef, useState } from 'react';
import { rememberFocus, restoreFocus } from '../ui/focus';
import { shortcutGroups } from './shortcut-help';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [returnTo] = useState(rememberFocus);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const close = () => {
    ref.current?.close();
    onClose();
    requestAnimationFrame(() => restoreFocus(returnTo));
  };
  return (
    <dialog ref={ref} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title" onCancel={(e) => (e.preventDefault(), close())}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {shortcutGroups().map((g) => (
        <table key={g.title} className="data-table shortcuts-table">
          <caption>{g.title}</caption>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Does</th>
            </tr>
          </thead>
          <tbody>
            {g.rows.map((r) => (
              <tr key={r.keys}>
                <td>
                  <kbd>{r.keys}</kbd>
                </td>
                <td>{r.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <p className="muted small">(⌘ instead of Ctrl on macOS.) There is no Save: every change is stored as you make it.</p>
      <div className="dialog-buttons">
        <button type="button" className="primary" autoFocus onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
