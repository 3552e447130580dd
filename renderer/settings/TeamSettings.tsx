// Settings → Team: connect this computer to the office's sync server (address and sign-in token),
// the connection's status in words, the values two people changed while apart, and Disconnect.
// Without a connection Panelwright works on this computer alone, exactly as before.
import { useId, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { statusInWords } from '../../shared/sync/connection';
import { SYNC_DOCUMENT_NAMES } from '../../shared/sync/documents';
import type { SyncDocument } from '../../shared/sync/documents';
import { db } from '../db/database';
import { getAsker } from '../ui/asker';
import { focusWhenShown } from '../ui/focus';
import { connectTeam, disconnectTeam, useTeamSync } from '../sync/team';
import { TeamConflicts } from './TeamConflicts';
import { TeamRemovedText } from './TeamRemovedText';

/** What each sync document holds, for "your sign-in may only read …". */
const DOCUMENT_WORDS: Readonly<Record<SyncDocument, string>> = {
  papers: 'papers and committees',
  issued: 'issued versions',
  plans: 'delivery plans and people',
  updates: 'delivery-plan updates',
  measures: 'measures',
  library: 'the library',
  review: 'review comments and clearances',
};

const listInWords = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1) ?? ''}`);

export function TeamSettings() {
  const team = useTeamSync();
  const statusRef = useRef<HTMLDivElement>(null);
  return (
    <section className="settings-section" aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <p className="muted">
        Share papers, delivery plans, updates, measures and the library with colleagues through your office’s own sync server. Without one, Panelwright works on
        this computer alone; nothing needs a network.
      </p>
      {team.url ? (
        <Connected
          statusRef={statusRef}
          url={team.url}
          onDisconnected={() => void focusWhenShown(() => document.getElementById('team-address'), { block: 'nearest' })}
        />
      ) : (
        <ConnectForm onConnected={() => void focusWhenShown(() => statusRef.current, { block: 'nearest' })} />
      )}
    </section>
  );
}

function ConnectForm({ onConnected }: { onConnected: () => void }) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: 'address' | 'token'; message: string } | null>(null);
  const tokenId = useId();
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await connectTeam(db, url, token).catch((err: unknown) => ({
      ok: false as const,
      field: 'address' as const,
      message: err instanceof Error ? `The connection could not be saved: ${err.message}` : 'The connection could not be saved.',
    }));
    setBusy(false);
    if (r.ok) {
      onConnected();
      return;
    }
    setError({ field: r.field, message: r.message });
    document.getElementById(r.field === 'address' ? 'team-address' : tokenId)?.focus();
  };
  return (
    <form className="team-connect" onSubmit={(e) => void submit(e)} aria-busy={busy}>
      <div className="field">
        <label htmlFor="team-address">Sync server address</label>
        <input
          id="team-address"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          aria-invalid={error?.field === 'address' ? true : undefined}
          aria-describedby={error?.field === 'address' ? 'team-error' : 'team-address-hint'}
        />
        <div id="team-address-hint" className="field-hint">
          Your IT team gives it, for example wss://sync.example.gov.uk.
        </div>
      </div>
      <div className="field">
        <label htmlFor={tokenId}>Sign-in token</label>
        <input
          id={tokenId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-invalid={error?.field === 'token' ? true : undefined}
          aria-describedby={error?.field === 'token' ? 'team-error' : `${tokenId}-hint`}
        />
        <div id={`${tokenId}-hint`} className="field-hint">
          Given to you once by your IT team. It is kept on this computer only, never in a backup.
        </div>
      </div>
      {error && (
        <p id="team-error" className="message-bar error" role="alert">
          {error.message}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
      </div>
    </form>
  );
}

function Connected({ url, statusRef, onDisconnected }: { url: string; statusRef: React.RefObject<HTMLDivElement | null>; onDisconnected: () => void }) {
  const { status, lastSynced, elsewhere, roles } = useTeamSync();
  const [busy, setBusy] = useState(false);
  const words = status
    ? statusInWords({ link: status.link, waiting: status.waiting, blocked: status.blocked, conflicts: status.conflicts.length, lastSynced })
    : elsewhere
      ? ['Another Panelwright window on this computer is syncing: this window shows what it sends and brings in. Its Settings → Team has the details.']
      : ['Starting…'];
  const readOnly = status?.readOnly ?? roles?.readOnly ?? [];
  const writable = SYNC_DOCUMENT_NAMES.filter((d) => !readOnly.includes(d));
  const disconnect = async () => {
    const waiting = status?.waiting ?? 0;
    if (waiting > 0) {
      const ok = await getAsker().confirm({
        title: 'Disconnect with changes not sent?',
        message: `${waiting === 1 ? '1 change' : `${waiting} changes`} made here ${waiting === 1 ? 'has' : 'have'} not reached the server yet. They stay on this computer, but colleagues will not get them unless you connect again.`,
        confirmLabel: 'Disconnect',
        danger: true,
      });
      if (!ok) return;
    }
    setBusy(true);
    await disconnectTeam(db);
    setBusy(false);
    onDisconnected();
  };
  return (
    <>
      <div ref={statusRef} tabIndex={-1} className="team-status" role="status" aria-live="polite" data-testid="team-status">
        <p>
          Syncing with <strong>{url}</strong>.
        </p>
        {words.map((w) => (
          <p key={w}>{w}</p>
        ))}
      </div>
      {readOnly.length > 0 && (
        <p className="message-bar" role="note" data-testid="team-read-only">
          Your sign-in may only read {listInWords(readOnly.map((d) => DOCUMENT_WORDS[d]))}: on this computer they are read-only while you are connected.
          {writable.length > 0 ? ` You can change ${listInWords(writable.map((d) => DOCUMENT_WORDS[d]))}.` : ''}
        </p>
      )}
      {status && status.conflicts.length > 0 && <TeamConflicts conflicts={status.conflicts} />}
      {status && status.removed.length > 0 && <TeamRemovedText removed={status.removed} />}
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void disconnect()}>
          Disconnect
        </button>
      </div>
      <p className="muted small">Disconnecting keeps every paper and plan on this computer as it is; only the link to the server is forgotten.</p>
    </>
  );
}
