import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeKey } from '../../shared/sync/keys';
import { issuedChangeRefusal } from './issued-guard';
import { ownershipRefusal, plansLookupOf } from './ownership-guard';
import { hashToken, personOf, readUsers, userForToken } from './users';

const issuedDoc = () => {
  const doc = new Y.Doc();
  doc.getMap('issuedVersions').set(writeKey('v1', 'number', 'w1'), { v: 1, by: 'Kim', at: '2026-01-01' });
  return doc;
};
const updateFrom = (doc: Y.Doc, change: (m: Y.Map<unknown>) => void) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy.getMap('issuedVersions'));
  return Y.encodeStateAsUpdate(copy, before);
};

describe('the sync server', () => {
  it('refuses a change to an issued version but takes a new one, and the same values written again', () => {
    const doc = issuedDoc();
    expect(
      issuedChangeRefusal(
        doc,
        updateFrom(doc, (m) => m.set(writeKey('v1', 'number', 'w2'), { v: 2, by: 'X', at: '2026-02-01' })),
      ),
    ).toMatch(/cannot be changed/);
    expect(
      issuedChangeRefusal(
        doc,
        updateFrom(doc, (m) => m.delete(writeKey('v1', 'number', 'w1'))),
      ),
    ).toMatch(/cannot be removed/);
    expect(
      issuedChangeRefusal(
        doc,
        updateFrom(doc, (m) => m.set(writeKey('v2', 'number', 'w3'), { v: 2, by: 'Kim', at: '2026-02-01' })),
      ),
    ).toBeNull();
    expect(
      issuedChangeRefusal(
        doc,
        updateFrom(doc, (m) => m.set(writeKey('v1', 'number', 'w4'), { v: 1, by: 'Alex', at: '2026-01-01' })),
      ),
    ).toBeNull();
  });

  it('knows a person by the hash of their token only', () => {
    const users = [{ name: 'Kim', role: 'author' as const, tokenSha256: hashToken('secret') }];
    expect(userForToken(users, 'secret')?.name).toBe('Kim');
    expect(userForToken(users, 'Secret')).toBeNull();
  });

  it('refuses an officer’s change to another officer’s update and takes one to their own', () => {
    const plans = new Y.Doc();
    const w = (m: Y.Map<unknown>, id: string, field: string, v: unknown) => m.set(writeKey(id, field, `${id}-${field}`), { v, by: 'Kim', at: '2026-01-01' });
    const people = plans.getMap<unknown>('people');
    w(people, 'p-sam', 'name', 'Sam Patel');
    w(people, 'p-jo', 'name', 'Jo Green');
    const deliverables = plans.getMap<unknown>('deliverables');
    w(deliverables, 'd-sam', 'leadPersonId', 'p-sam');
    w(deliverables, 'd-jo', 'leadPersonId', 'p-jo');
    const updates = new Y.Doc();
    const u = updates.getMap<unknown>('updates');
    for (const [id, d] of [
      ['u-sam', 'd-sam'],
      ['u-jo', 'd-jo'],
    ] as const) {
      w(u, id, 'deliverableId', d);
      w(u, id, 'statusId', 'green');
    }
    const lookup = plansLookupOf(plans);
    const sam = { role: 'officer' as const, personId: lookup.personId('Sam Patel') };
    expect(sam.personId).toBe('p-sam');
    const setStatus = (id: string) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(updates));
      const before = Y.encodeStateVector(copy);
      const m = copy.getMap<unknown>('updates');
      m.delete(writeKey(id, 'statusId', `${id}-statusId`));
      m.set(writeKey(id, 'statusId', 'new'), { v: 'red', by: 'Sam', at: '2026-02-01' });
      return Y.encodeStateAsUpdate(copy, before);
    };
    expect(ownershipRefusal(updates, 'updates', setStatus('u-jo'), sam, lookup.ownersOf)).toBe(
      'An officer may change only the updates of deliverables they lead or own.',
    );
    expect(ownershipRefusal(updates, 'updates', setStatus('u-sam'), sam, lookup.ownersOf)).toBeNull();
    // A narrative is a rich-text fragment of its own: typing in another's is refused too.
    const typeIn = (id: string) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(updates));
      const before = Y.encodeStateVector(copy);
      const frag = copy.getXmlFragment(`rich\u001fupdates\u001f${id}\u001fnarrative`);
      const para = new Y.XmlElement('paragraph');
      para.insert(0, [new Y.XmlText('Typed by Sam')]);
      frag.insert(0, [para]);
      return Y.encodeStateAsUpdate(copy, before);
    };
    expect(ownershipRefusal(updates, 'updates', typeIn('u-jo'), sam, lookup.ownersOf)).toMatch(/they lead/);
    expect(ownershipRefusal(updates, 'updates', typeIn('u-sam'), sam, lookup.ownersOf)).toBeNull();
    // The author may change either.
    expect(ownershipRefusal(updates, 'updates', setStatus('u-jo'), { role: 'author', personId: null }, lookup.ownersOf)).toBeNull();
  });

  it('reads a users file’s person, and refuses an empty one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-users-'));
    const file = join(dir, 'users.json');
    writeFileSync(
      file,
      JSON.stringify({
        users: [
          { name: 'Sam Patel', role: 'officer', tokenSha256: hashToken('t'), person: ' KD ' },
          { name: 'Kim', role: 'author', tokenSha256: hashToken('u') },
        ],
      }),
    );
    const users = readUsers(file);
    expect(users.map(personOf)).toEqual(['KD', 'Kim']);
    writeFileSync(file, JSON.stringify({ users: [{ name: 'Sam', role: 'officer', tokenSha256: hashToken('t'), person: '' }] }));
    expect(() => readUsers(file)).toThrow('User "Sam" in');
    rmSync(dir, { recursive: true, force: true });
  });
});
