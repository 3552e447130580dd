import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { getUserName, setUserName } from '../db/settings-repo';
import { TextField } from '../ui/fields';
import { TeamSettings } from './TeamSettings';

export function SettingsScreen() {
  const name = useLiveQuery(() => getUserName(db), []);
  return (
    <div className="list-screen narrow">
      <div className="screen-header">
        <h1>Settings</h1>
      </div>
      {name === undefined ? (
        <p className="loading">Loading…</p>
      ) : (
        <TextField
          label="Your name"
          hint="Recorded against each change you make, so merged work from colleagues shows who changed what."
          value={name}
          save={(v) => setUserName(db, v)}
        />
      )}
      <TeamSettings />
    </div>
  );
}
