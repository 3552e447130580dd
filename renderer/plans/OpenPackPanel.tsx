// On the Delivery plans screen: "Open update pack…" (or drop a .pwpack here) for a lead officer who
// was sent a Panelwright pack, and the packs opened on this computer, each kept apart from the plans.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { DragEvent } from 'react';
import { MAX_OPEN_FILE_BYTES, TOO_LARGE_TO_OPEN } from '../../shared/host/api';
import { packProgress } from '../../shared/packs/opened';
import { PWPACK_EXTENSION } from '../../shared/packs/pwpack';
import { formatShortDate } from '../../shared/text/dates';
import { navigate } from '../app/route';
import { db } from '../db/database';
import { openPackFile, openedPacks, removeOpenedPack, restoreOpenedPack } from '../db/opened-packs-repo';
import { getHost } from '../host';
import { showToast } from '../ui/toast';
import { TeamLock } from '../sync/TeamLock';
import { useTeamReadOnly } from '../sync/team';

/** Opens a pack file's bytes; on success goes to the pack, else shows the one-line reason. */
export async function openPackBytes(name: string, data: Uint8Array, setError: (e: string | null) => void): Promise<void> {
  const r = await openPackFile(db, name, data);
  if (!r.ok) {
    setError(`${name}: ${r.error}`);
    return;
  }
  setError(null);
  if (r.already) showToast({ text: 'This pack was already open here: what you had written is kept.' });
  navigate({ name: 'pack', packId: r.id });
}

export function OpenPackPanel() {
  const packs = useLiveQuery(() => openedPacks(db), []);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  // A team sync role that may not write update packs (they travel in the plans document: the author's) cannot make, open or take them in here.
  const locked = useTeamReadOnly('updatePacks');

  const pick = async () => {
    try {
      const f = await getHost().openFile({ name: 'Panelwright update pack', extensions: [PWPACK_EXTENSION] });
      if (f) await openPackBytes(f.name, f.data, setError);
    } catch (e) {
      setError(e instanceof Error ? e.message : TOO_LARGE_TO_OPEN);
    }
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (!file || locked) return;
    if (file.size > MAX_OPEN_FILE_BYTES) {
      setError(`${file.name}: ${TOO_LARGE_TO_OPEN}`);
      return;
    }
    void file.arrayBuffer().then((b) => openPackBytes(file.name, new Uint8Array(b), setError));
  };
  const remove = async (id: string, title: string) => {
    await removeOpenedPack(db, id);
    showToast({ text: `"${title}" removed from this computer.`, action: { label: 'Undo', run: () => restoreOpenedPack(db, id) } });
  };

  return (
    <section
      className={`plan-section open-pack-panel${dragging ? ' is-dropping' : ''}`}
      aria-labelledby="open-pack-heading"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="open-pack-heading">Update packs sent to you</h2>
      <p className="muted small">
        A report author can send you a Panelwright update pack (.pwpack) to fill in your deliverables' updates. Open it here (or drop it on this box); it is
        kept apart from your own plans.
      </p>
      <TeamLock table="updatePacks" what="update packs" disableAll>
        <div className="button-row">
          <button type="button" id="open-update-pack" onClick={() => void pick()}>
            Open update pack…
          </button>
        </div>
      </TeamLock>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {packs && packs.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Update packs opened on this computer</caption>
          <thead>
            <tr>
              <th scope="col">Pack</th>
              <th scope="col">For</th>
              <th scope="col">Progress</th>
              <th scope="col">Return</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {packs.map((r) => {
              const { pack } = r.opened;
              const title = `${pack.plan.name}: ${pack.period.label}`;
              return (
                <tr key={r.id}>
                  <td>
                    <a className="paper-link" href={`#/pack/${r.id}`}>
                      {title}
                    </a>
                  </td>
                  <td>{pack.officer?.name ?? '—'}</td>
                  <td>{packProgress(pack, r.opened.answers).text}</td>
                  <td>{r.returnedAt ? `Saved ${formatShortDate(r.returnedAt.slice(0, 10))}` : 'Not saved yet'}</td>
                  <td className="row-actions">
                    <button type="button" disabled={locked} onClick={() => void remove(r.id, title)} aria-label={`Remove ${title}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
