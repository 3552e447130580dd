import { useSaveState } from './save-state';

/** "All changes saved" is the app's promise; tests wait on it too (data-save-state). */
export function StatusBar() {
  const { pending, error } = useSaveState();
  const state = error ? 'error' : pending ? 'saving' : 'saved';
  return (
    <footer className="status-bar">
      <span className={`save-state save-${state}`} data-save-state={state} role={error ? 'alert' : 'status'}>
        {error ?? (pending ? 'Saving…' : 'All changes saved')}
      </span>
      <span className="muted">Stored on this computer · works offline</span>
    </footer>
  );
}
