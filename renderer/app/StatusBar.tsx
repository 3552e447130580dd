import { useSaveState } from './save-state';
import { formatBytes, useStorageInfo } from './storage';

/** "All changes saved" is the app's promise; tests wait on it too (data-save-state). */
export function StatusBar() {
  const { pending, error } = useSaveState();
  const state = error ? 'error' : pending ? 'saving' : 'saved';
  const storage = useStorageInfo();
  const used = storage.usedBytes === null ? '' : ` · ${formatBytes(storage.usedBytes)} used`;
  const kept = storage.persisted === false ? ' · storage not yet marked persistent' : '';
  return (
    <footer className="status-bar">
      <span className={`save-state save-${state}`} data-save-state={state} role={error ? 'alert' : 'status'}>
        {error ?? (pending ? 'Saving…' : 'All changes saved')}
      </span>
      <span className="muted">
        Stored on this computer{used}{kept} · works offline
      </span>
    </footer>
  );
}
