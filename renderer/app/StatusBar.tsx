import { usePaperLengthInfo } from './paper-length';
import { useSaveState } from './save-state';
import { formatBytes, useStorageInfo } from './storage';
import { TeamStatusLink } from '../sync/TeamStatusLink';

/** "All changes saved" is the app's promise; tests wait on it too (data-save-state). */
export function StatusBar() {
  const { pending, error } = useSaveState();
  const state = error ? 'error' : pending ? 'saving' : 'saved';
  const storage = useStorageInfo();
  // Chromium reports 0 until its first estimate lands; say nothing rather than "0 bytes".
  const used = storage.usedBytes ? ` · ${formatBytes(storage.usedBytes)} used` : '';
  const kept = storage.persisted === false ? ' · not protected from browser clean-up: keep backups' : '';
  const length = usePaperLengthInfo();
  return (
    <footer className="status-bar">
      <span className={`save-state save-${state}`} data-save-state={state} role={error ? 'alert' : 'status'}>
        {error ?? (pending ? 'Saving…' : 'All changes saved')}
      </span>
      {length && (
        <span
          className="paper-length"
          data-testid="paper-length"
          title="Estimated for A4, Arial 12, as the Word export lays it out; the report from the cover sheet to the contacts and footnotes, appendices apart."
        >
          {length.summary}
        </span>
      )}
      {length?.warning && (
        <span className="length-warning" role="status" title={length.warning}>
          <span aria-hidden="true">▲ </span>
          {length.warning}
        </span>
      )}
      <TeamStatusLink />
      <span className="muted status-storage" title={`Stored on this computer${used}${kept} · works offline`}>
        Stored on this computer{used}
        {kept} · works offline
      </span>
    </footer>
  );
}
