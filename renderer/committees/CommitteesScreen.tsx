import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isLive } from '../../shared/records/meta';
import { db } from '../db/database';
import { addCommittee, removeCommittee, renameCommittee } from '../db/committees-repo';
import { TextField } from '../ui/fields';
import { MeetingDates } from './MeetingDates';
import { CheckSettings } from './CheckSettings';

/** The reusable list of committees and panels that papers are addressed to. */
export function CommitteesScreen() {
  const committees = useLiveQuery(async () => (await db.committees.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name)), []);
  const [name, setName] = useState('');
  const add = async () => {
    if (!name.trim()) return;
    await addCommittee(db, name);
    setName('');
  };
  return (
    <div className="list-screen narrow">
      <div className="screen-header">
        <h1>Committees</h1>
      </div>
      <p>Papers pick the committee they are reported to from this list, so its name is spelt the same on every cover sheet.</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="new-committee">New committee or panel</label>
        <input id="new-committee" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Police and Crime Panel" />
        <button type="submit" disabled={!name.trim()}>
          Add
        </button>
      </form>
      {committees === undefined ? (
        <p className="loading">Loading…</p>
      ) : committees.length === 0 ? (
        <p className="muted">No committees yet. Add the panels you write papers for.</p>
      ) : (
        <ul className="plain-list">
          {committees.map((c) => (
            <li key={c.id} className="committee-row">
              <TextField label={<span className="visually-hidden">Committee name</span>} value={c.name} save={(v) => renameCommittee(db, c.id, v)} />
              <button type="button" className="danger" onClick={() => void removeCommittee(db, c.id)} aria-label={`Remove ${c.name}`}>
                Remove
              </button>
              <MeetingDates committee={c} />
              <CheckSettings committee={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
