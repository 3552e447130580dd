import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackupText } from '../db/backup-repo';
import { freshDb, reopen } from '../db/test-helpers';
import { forgetSync, loadConnection, saveConnection } from './state';

describe('the team connection on this computer', () => {
  it('is kept across a restart, never written into a backup, and forgotten on disconnect', async () => {
    const db = freshDb();
    const token = 'tok_3f9c1b7e2d4a6c8e0f1a3b5c7d9e1f2a';
    await saveConnection(db, { url: 'wss://sync.example.gov.uk', token });
    const again = reopen(db);
    expect(await loadConnection(again)).toEqual({ url: 'wss://sync.example.gov.uk', token });
    const backup = await exportBackupText(again, '0.1.0');
    expect(backup).not.toContain(token);
    expect(backup).not.toContain('sync.example.gov.uk');
    await forgetSync(again);
    expect(await loadConnection(again)).toBeNull();
  });
});
