import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-helpers';
import { saveIdentity } from './ownership-guard';
import { saveDocState } from './state';
import { parseRoles, storedRoles } from './window-roles';

describe('the roles a waiting window locks by', () => {
  it('are read from the sync state the running window saved: the read-only documents and the officer it signed in as', async () => {
    const db = freshDb();
    await db.people.put({ id: 'p-gm', name: 'Gail Moss', shortName: 'GM', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'test' } as never);
    await db.transaction('rw', db.syncState, async () => {
      await saveDocState(db, 'papers', new Y.Doc(), { base: {}, waiting: [], scope: 'readonly', joined: true });
      await saveDocState(db, 'updates', new Y.Doc(), { base: {}, waiting: [], scope: 'read-write', joined: true });
    });
    await saveIdentity(db, { panelwright: 'identity', role: 'officer', person: 'GM' });
    expect(await storedRoles(db)).toEqual({
      readOnly: ['papers'],
      signedInAs: { panelwright: 'identity', role: 'officer', person: 'GM' },
      signedInPersonId: 'p-gm',
    });
  });

  it('know nothing on a computer that never synced', async () => {
    expect(await storedRoles(freshDb())).toEqual({ readOnly: [], signedInAs: null, signedInPersonId: null });
  });

  it('take from another window only what they understand', () => {
    expect(
      parseRoles({
        kind: 'roles',
        readOnly: ['papers', 'nonsense', 3],
        signedInAs: '{"panelwright":"identity","role":"reviewer","person":"Rhys"}',
        signedInPersonId: null,
      }),
    ).toEqual({
      readOnly: ['papers'],
      signedInAs: { panelwright: 'identity', role: 'reviewer', person: 'Rhys' },
      signedInPersonId: null,
    });
    expect(parseRoles({ kind: 'roles', readOnly: [], signedInAs: '{"role":"god"}' })?.signedInAs).toBeNull();
    for (const junk of [null, 'roles', { kind: 'ask' }, { kind: 'roles', readOnly: 'papers' }]) expect(parseRoles(junk)).toBeNull();
  });
});
