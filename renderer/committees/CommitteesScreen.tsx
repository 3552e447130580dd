import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isLive } from '../../shared/records/meta';
import { db } from '../db/database';
import { addCommittee, removeCommittee, renameCommittee, restoreCommittee, setCommitteePageLimit } from '../db/committees-repo';
import { PageLimitField } from './PageLimitField';
import type { Committee } from '../../shared/papers/model';
import { committeeRemovalQuestion, papersUsingCommittee } from '../../shared/papers/committees';
import { getAsker } from '../ui/asker';
import { TextField } from '../ui/fields';
import { HouseStyleForm } from './HouseStyleForm';
import { showToast } from '../ui/toast';
import { MeetingDates } from './MeetingDates';
import { CheckSettings } from './CheckSettings';
import { TeamLock } from '../sync/TeamLock';

/** The reusable list of committees and panels that papers are addressed to. */
export function CommitteesScreen() {
  const committees = useLiveQuery(async () => (await db.committees.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name)), []);
  const [name, setName] = useState('');
  // A committee in use is removed only when the author confirms, told which papers keep it.
  const remove = async (c: Committee) => {
    const users = papersUsingCommittee(await db.papers.toArray(), c.id);
    if (users.length && !(await getAsker().confirm({ ...committeeRemovalQuestion(c.name, users), danger: true }))) return;
    await removeCommittee(db, c.id);
    showToast({
      text: `“${c.name}” removed from the list.${users.length ? ' Its papers keep it.' : ''}`,
      action: { label: 'Undo', run: () => restoreCommittee(db, c.id) },
    });
  };
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
      <p>
        Papers pick the committee they are reported to from this list, so its name is spelt the same on every cover sheet. A committee that limits the length of
        its papers can have a page limit: the status bar then warns when a paper to it runs over (appendices are not counted).
      </p>
      <TeamLock table="committees" what="committees and house styles" disableAll>
        <section className="house-style-section" aria-labelledby="org-style">
          <h2 id="org-style">Organisation house style</h2>
          <p className="muted">
            How every paper prints unless its committee sets otherwise. The first choice of each is how Panelwright prints papers out of the box.
          </p>
          <HouseStyleForm committeeId={null} name="the organisation" />
        </section>
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
          <>
            <div className="committee-row committee-head" aria-hidden="true">
              <span>Name, as it prints</span>
              <span>Page limit</span>
            </div>
            <ul className="plain-list">
              {committees.map((c) => (
                <li key={c.id} className="committee-row">
                  <TextField label={<span className="visually-hidden">Committee name</span>} value={c.name} save={(v) => renameCommittee(db, c.id, v)} />
                  <PageLimitField committeeName={c.name} value={c.pageLimit} save={(pages) => setCommitteePageLimit(db, c.id, pages)} />
                  <button type="button" className="danger" onClick={() => void remove(c)} aria-label={`Remove ${c.name}`}>
                    Remove
                  </button>
                  <MeetingDates committee={c} />
                  <details className="committee-style">
                    <summary>House style of {c.name}</summary>
                    <HouseStyleForm committeeId={c.id} name={c.name} />
                  </details>
                  <CheckSettings committee={c} />
                </li>
              ))}
            </ul>
          </>
        )}
      </TeamLock>
    </div>
  );
}
