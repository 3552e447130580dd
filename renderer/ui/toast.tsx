// A single status message with an optional action ("Section removed. Undo"), announced to screen readers.
import { useSyncExternalStore } from 'react';

export interface ToastMessage {
  readonly text: string;
  readonly tone?: 'info' | 'error' | 'success';
  readonly action?: { readonly label: string; readonly run: () => unknown };
}

let current: (ToastMessage & { id: number }) | null = null;
let seq = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(message: ToastMessage, ms = message.tone === 'error' ? 15000 : 8000): void {
  current = { ...message, id: ++seq };
  if (timer) clearTimeout(timer);
  timer = setTimeout(dismissToast, ms);
  emit();
}

export function dismissToast(): void {
  current = null;
  emit();
}

export function Toast() {
  const t = useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => current,
  );
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {t && (
        <div className={`toast toast-${t.tone ?? 'info'}`} key={t.id}>
          <span>{t.text}</span>
          {t.action && (
            <button
              type="button"
              onClick={() => {
                void t.action?.run();
                dismissToast();
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label="Dismiss message" onClick={dismissToast}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
