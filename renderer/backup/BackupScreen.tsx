import { useState } from 'react';
import { db } from '../db/database';
import { exportBackupText, restoreBackup } from '../db/backup-repo';
import { whenSaved } from '../app/save-state';
import { getHost } from '../host';
import { getAsker } from '../ui/asker';
import { showToast } from '../ui/toast';
import { APP_VERSION } from '../app/version';

type Outcome = { tone: 'success' | 'error'; title: string; lines: string[] } | null;

/** Back up everything to one JSON file, and restore from one (validated before anything changes). */
export function BackupScreen() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const backup = async () => {
    setBusy('Writing the backup…');
    try {
      await whenSaved();
      const text = await exportBackupText(db, APP_VERSION);
      const date = new Date().toISOString().slice(0, 10);
      const result = await getHost().saveFile({ suggestedName: `Panelwright backup ${date}.json`, data: new TextEncoder().encode(text), filter: { name: 'Panelwright backup', extensions: ['json'] } });
      if (result.saved) setOutcome({ tone: 'success', title: 'Backup written', lines: [`Saved to ${result.location}.`] });
    } catch (e) {
      setOutcome({ tone: 'error', title: 'The backup could not be written', lines: [e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(null);
    }
  };

  const restore = async () => {
    const file = await getHost().openFile({ name: 'Panelwright backup', extensions: ['json'] });
    if (!file) return;
    const ok = await getAsker().confirm({
      title: 'Replace everything with this backup?',
      message: `Restoring "${file.name}" replaces all papers and committees on this computer with the ones in the file. Make a backup first if you may want today's work back.`,
      confirmLabel: 'Restore backup',
      danger: true,
    });
    if (!ok) return;
    setBusy('Checking and restoring the backup…');
    try {
      await whenSaved();
      const result = await restoreBackup(db, new TextDecoder().decode(file.data));
      if (result.ok) {
        setOutcome({ tone: 'success', title: 'Backup restored', lines: Object.entries(result.counts).map(([table, n]) => `${n} ${table}`) });
        showToast({ tone: 'success', text: 'Backup restored.' });
      } else {
        setOutcome({ tone: 'error', title: `"${file.name}" was not restored: nothing on this computer has changed`, lines: result.errors });
      }
    } catch (e) {
      setOutcome({ tone: 'error', title: 'The backup could not be restored; nothing has changed', lines: [e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="list-screen narrow">
      <div className="screen-header">
        <h1>Backup &amp; restore</h1>
      </div>
      <p>Your papers are stored only on this computer. Keep a backup file somewhere safe (a network drive or an encrypted USB stick) before a deadline, and to move your papers to another computer.</p>
      <div className="button-row">
        <button type="button" className="primary" disabled={!!busy} onClick={() => void backup()}>
          Back up now…
        </button>
        <button type="button" disabled={!!busy} onClick={() => void restore()}>
          Restore from a backup…
        </button>
        {busy && (
          <span className="progress" role="progressbar" aria-label="Backup progress" aria-valuetext={busy}>
            <span className="spinner" aria-hidden="true" /> {busy}
          </span>
        )}
      </div>
      {outcome && (
        <div className={`message-bar ${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          <strong>{outcome.title}</strong>
          {outcome.lines.length > 0 && (
            <ul>
              {outcome.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
