import { useCallback, useEffect, useRef, useState } from 'react';
import { AUTO_BACKUP_KEEP, type AutoBackupInfo } from '../../shared/host/api';
import { db } from '../db/database';
import { checkBackup, exportBackupText, restoreCheckedKeepingCopy, restoreOneKeepingCopy, snapshot } from '../db/backup-repo';
import type { CheckedBackup } from '../db/backup-repo';
import { restoreCandidates } from '../../shared/backup/restore-one';
import type { RestoreCandidate } from '../../shared/backup/restore-one';
import { joinInWords, summariseRecords } from '../../shared/backup/summary';
import { RestoreDialog } from './RestoreDialog';
import { onRestoreRequest, takeRestoreRequest } from './restore-request';
import type { RestoreChoice } from './RestoreDialog';
import { formatBytes } from '../app/storage';
import { describeReason } from './auto-backup';
import { whenSaved } from '../app/save-state';
import { getHost } from '../host';
import { showToast } from '../ui/toast';
import { APP_VERSION } from '../app/version';
import { formatShortDateTime } from '../../shared/text/dates';

type Outcome = { tone: 'success' | 'error'; title: string; lines: string[] } | null;
type Pending = { label: string; checked: CheckedBackup; here: string[]; candidates: RestoreCandidate[] };

/** Back up everything to one JSON file, and restore from one (validated before anything changes). */
export function BackupScreen() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  // A new outcome takes focus, so it is read out and the user goes on from it.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const backup = async () => {
    setBusy('Writing the backup…');
    try {
      await whenSaved();
      const text = await exportBackupText(db, APP_VERSION);
      const date = new Date().toISOString().slice(0, 10);
      const result = await getHost().saveFile({
        suggestedName: `Panelwright backup ${date}.json`,
        data: new TextEncoder().encode(text),
        filter: { name: 'Panelwright backup', extensions: ['json'] },
      });
      if (result.saved) setOutcome({ tone: 'success', title: 'Backup written', lines: [`Saved to ${result.location}.`] });
    } catch (e) {
      setOutcome({ tone: 'error', title: 'The backup could not be written', lines: [e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(null);
    }
  };

  const [autoBackups, setAutoBackups] = useState<readonly AutoBackupInfo[] | null>(null);
  const [autoError, setAutoError] = useState<string | null>(null);
  const refreshAutoBackups = useCallback(async () => {
    try {
      setAutoBackups(await getHost().listAutoBackups());
      setAutoError(null);
    } catch (e) {
      setAutoError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void refreshAutoBackups();
  }, [refreshAutoBackups]);

  /**
   * The one restore path, for a chosen file and for an automatic backup: checks the whole file first
   * (a file that is not a backup is refused in a sentence, and nothing is asked), then asks with a
   * summary of what it holds (RestoreDialog), keeps a "before-restore" automatic backup of what is
   * here now, and restores everything or the one paper or plan chosen.
   */
  const restoreText = useCallback(async (label: string, read: () => Promise<string>) => {
    setBusy('Checking the backup…');
    try {
      await whenSaved();
      const checked = checkBackup(await read());
      if (!checked.ok) {
        setOutcome({ tone: 'error', title: `"${label}" was not restored: nothing on this computer has changed`, lines: checked.errors });
        return;
      }
      const here = await snapshot(db);
      setPending({ label, checked, here: summariseRecords(here), candidates: restoreCandidates(checked.snapshot, here) });
    } catch (e) {
      setOutcome({ tone: 'error', title: 'The backup could not be read; nothing has changed', lines: [e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(null);
    }
  }, []);

  // A backup double-clicked in the file manager (renderer/app/files-from-host.ts) takes the same path.
  useEffect(() => {
    const takeRequest = () => {
      const file = takeRestoreRequest();
      if (file) void restoreText(file.name, () => Promise.resolve(new TextDecoder().decode(file.data)));
    };
    takeRequest();
    return onRestoreRequest(takeRequest);
  }, [restoreText]);

  const runRestore = async ({ label, checked }: Pending, choice: RestoreChoice) => {
    setPending(null);
    setBusy('Restoring the backup…');
    const keepCopy = (current: string) => getHost().writeAutoBackup('before-restore', current);
    const copyNote = 'What was here before is kept under Automatic backups (Before a restore).';
    try {
      await whenSaved();
      if (choice.kind === 'all') {
        const result = await restoreCheckedKeepingCopy(db, checked, APP_VERSION, keepCopy);
        if (result.ok) {
          setOutcome({
            tone: 'success',
            title: 'Backup restored',
            lines: [`This computer now has ${joinInWords(summariseRecords(checked.snapshot))}, as in the backup.`, copyNote],
          });
          showToast({ tone: 'success', text: 'Backup restored.' });
        } else setOutcome({ tone: 'error', title: `"${label}" was not restored: nothing on this computer has changed`, lines: result.errors });
      } else {
        const result = await restoreOneKeepingCopy(db, checked, choice.kind, choice.id, APP_VERSION, keepCopy);
        if (result.ok) {
          setOutcome({
            tone: 'success',
            title: `Restored “${result.title}” from the backup`,
            lines: [...result.lines, 'Everything else on this computer is as it was.', copyNote],
          });
          showToast({ tone: 'success', text: `Restored “${result.title}”.` });
        } else setOutcome({ tone: 'error', title: 'Nothing was restored: nothing on this computer has changed', lines: [result.error] });
      }
    } catch (e) {
      setOutcome({ tone: 'error', title: 'The backup could not be restored; nothing has changed', lines: [e instanceof Error ? e.message : String(e)] });
    } finally {
      setBusy(null);
      void refreshAutoBackups();
    }
  };

  const restore = async () => {
    const file = await getHost().openFile({ name: 'Panelwright backup', extensions: ['json', 'panelwright'] });
    if (!file) return;
    await restoreText(file.name, async () => new TextDecoder().decode(file.data));
  };

  const restoreAuto = (b: AutoBackupInfo) =>
    restoreText(`${describeReason(b.reason)} backup of ${formatWhen(b.createdAt)}`, () => getHost().readAutoBackup(b.name));

  return (
    <div className="list-screen narrow">
      <div className="screen-header">
        <h1>Backup &amp; restore</h1>
      </div>
      {pending && (
        <RestoreDialog
          label={pending.label}
          madeAt={pending.checked.exportedAt}
          appVersion={pending.checked.appVersion}
          formatVersion={pending.checked.version}
          holds={summariseRecords(pending.checked.snapshot)}
          here={pending.here}
          candidates={pending.candidates}
          onCancel={() => setPending(null)}
          onRestore={(choice) => void runRestore(pending, choice)}
        />
      )}
      <p>
        Your papers are stored only on this computer. Keep a backup file somewhere safe (a network drive or an encrypted USB stick) before a deadline, and to
        move your papers to another computer.
      </p>
      <div className="button-row">
        <button type="button" className="primary" disabled={!!busy} onClick={() => void backup()}>
          Back up now…
        </button>
        <button type="button" id="restore-button" disabled={!!busy} onClick={() => void restore()}>
          Restore from a backup…
        </button>
        {busy && (
          <span className="progress" role="progressbar" aria-label="Backup progress" aria-valuetext={busy}>
            <span className="spinner" aria-hidden="true" /> {busy}
          </span>
        )}
      </div>
      {outcome && (
        <div ref={outcomeRef} tabIndex={-1} className={`message-bar ${outcome.tone}`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
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
      <h2 id="auto-backups-heading">Automatic backups</h2>
      <p>
        Panelwright also keeps backups by itself: one a day while you use it (the last {AUTO_BACKUP_KEEP.daily}), and one before each data upgrade and before
        each restore (the last {AUTO_BACKUP_KEEP['before-upgrade']} of each){' '}
        {getHost().kind === 'electron' ? 'in the "backups" folder of its data folder.' : 'in this browser’s storage for this app.'}
      </p>
      {autoError && (
        <div className="message-bar error" role="alert">
          <strong>The automatic backups could not be listed</strong>
          <ul>
            <li>{autoError}</li>
          </ul>
        </div>
      )}
      {autoBackups === null && !autoError ? (
        <p className="muted">Reading the list…</p>
      ) : autoBackups && autoBackups.length === 0 ? (
        <p className="muted">None yet: the first is written a few seconds after the app starts.</p>
      ) : (
        autoBackups && (
          <table className="data-table" aria-labelledby="auto-backups-heading">
            <thead>
              <tr>
                <th scope="col">Written</th>
                <th scope="col">Why</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {autoBackups.map((b) => (
                <tr key={b.name} data-auto-backup={b.reason}>
                  <td>{formatWhen(b.createdAt)}</td>
                  <td>{describeReason(b.reason)}</td>
                  <td>{formatBytes(b.size)}</td>
                  <td>
                    <button
                      type="button"
                      disabled={!!busy}
                      aria-label={`Restore automatic backup: ${describeReason(b.reason)}, ${formatWhen(b.createdAt)}`}
                      onClick={() => void restoreAuto(b)}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
    </div>
  );
}

const formatWhen = (iso: string): string => formatShortDateTime(iso, true);
