import { describe, expect, it } from 'vitest';
import type { RecordWrite, SyncIdentity } from './ownership';
import { checksRecords, ownersOfFields, parseIdentityMessage, personIdFor, writeRefusal } from './ownership';

const owners: Record<string, string[]> = { d1: ['sam'], d2: ['jo'], d3: ['jo', 'sam'] };
const leadOf = (id: string) => owners[id] ?? [];
const sam: SyncIdentity = { role: 'officer', personId: 'sam' };
const update = (deliverableId: string) => ({ id: 'u1', deliverableId, periodId: 'fy2017q2', statusId: 'amber' });
const edit = (deliverableId: string, fields: string[] = ['statusId', 'updatedAt', 'updatedBy']): RecordWrite => ({
  table: 'updates',
  fields,
  before: update(deliverableId),
  after: { ...update(deliverableId), statusId: 'red' },
});

describe('who may make a record write', () => {
  it('lets an officer change the update of a deliverable they lead, and create one', () => {
    expect(writeRefusal(sam, edit('d1'), leadOf)).toBeNull();
    expect(
      writeRefusal(
        sam,
        { table: 'updates', fields: ['deliverableId', 'periodId', 'statusId', 'createdAt', 'updatedAt'], before: null, after: update('d1') },
        leadOf,
      ),
    ).toBeNull();
  });

  it('refuses an officer the update of a deliverable another officer leads, in a sentence', () => {
    expect(writeRefusal(sam, edit('d2'), leadOf)).toBe('An officer may change only the updates of deliverables they lead or own.');
    expect(writeRefusal(sam, { table: 'updates', fields: ['deliverableId', 'statusId'], before: null, after: update('d2') }, leadOf)).toMatch(/they lead/);
    // Moving another's update onto one's own deliverable is refused too (and so is changing which one it is).
    expect(writeRefusal(sam, { table: 'updates', fields: ['statusId'], before: update('d2'), after: update('d1') }, leadOf)).toMatch(/they lead/);
    expect(writeRefusal(sam, edit('d1', ['deliverableId']), leadOf)).toBe("An officer may not change an update's deliverableId.");
    // A deliverable with no lead, or an officer the plans do not know, is nobody's to change.
    expect(writeRefusal(sam, edit('d9'), leadOf)).toMatch(/they lead/);
    expect(writeRefusal({ role: 'officer', personId: null }, edit('d1'), leadOf)).toMatch(/they lead/);
  });

  it('lets every owner of an action change its update, not only the lead', () => {
    expect(writeRefusal(sam, edit('d3'), leadOf)).toBeNull();
    expect(writeRefusal({ role: 'officer', personId: 'kim' }, edit('d3'), leadOf)).toMatch(/they lead or own/);
  });

  it('reads owners from a deliverable as a document resolves it: the owners list, else the lead', () => {
    expect(ownersOfFields({ leadPersonId: 'jo', ownerPersonIds: ['jo', 'sam', 7] })).toEqual(['jo', 'sam']);
    expect(ownersOfFields({ leadPersonId: 'jo' })).toEqual(['jo']);
    expect(ownersOfFields({ leadPersonId: null })).toEqual([]);
  });

  it('refuses an officer anything outside the updates document', () => {
    expect(writeRefusal(sam, { table: 'deliverables', fields: ['activity'], before: { id: 'd1' }, after: { id: 'd1' } }, leadOf)).toBe(
      'A officer may not change deliverables.',
    );
  });

  it('lets the author change every record, anyone’s update included', () => {
    const kim: SyncIdentity = { role: 'author', personId: null };
    expect(writeRefusal(kim, edit('d2'), leadOf)).toBeNull();
    expect(writeRefusal(kim, { table: 'sections', fields: ['body'], before: { id: 's' }, after: { id: 's' } }, leadOf)).toBeNull();
  });

  it('lets a reviewer write review comments and clearances only', () => {
    const rev: SyncIdentity = { role: 'reviewer', personId: 'jo' };
    expect(writeRefusal(rev, { table: 'reviewItems', fields: ['comment'], before: null, after: { id: 'r1' } }, leadOf)).toBeNull();
    expect(writeRefusal(rev, { table: 'clearances', fields: ['signOff'], before: null, after: { id: 'c1' } }, leadOf)).toBeNull();
    expect(writeRefusal(rev, edit('d2'), leadOf)).toMatch(/reviewer may not change updates/);
    expect(writeRefusal(rev, { table: 'sections', fields: ['body'], before: { id: 's' }, after: { id: 's' } }, leadOf)).toMatch(/may not/);
    expect(writeRefusal({ role: 'reader', personId: null }, { table: 'reviewItems', fields: ['comment'], before: null, after: { id: 'r1' } }, leadOf)).toMatch(
      /may not/,
    );
  });

  it('checks records only where the document rule is not enough', () => {
    expect(checksRecords('officer', 'updates')).toBe(true);
    expect(checksRecords('author', 'updates')).toBe(false);
    expect(checksRecords('reviewer', 'review')).toBe(false);
  });

  it('finds the person a users-file entry stands for by id, name or short name', () => {
    const people = [
      { id: 'p1', name: 'Sam  Patel', shortName: 'SP' },
      { id: 'p2', name: 'Jo Green', shortName: 'KD' },
    ];
    expect(personIdFor(people, 'p2')).toBe('p2');
    expect(personIdFor(people, 'sam patel')).toBe('p1');
    expect(personIdFor(people, 'KD')).toBe('p2');
    expect(personIdFor(people, 'Nobody')).toBeNull();
    expect(personIdFor(people, '  ')).toBeNull();
  });

  it('reads the server’s identity message and refuses anything else', () => {
    expect(parseIdentityMessage('{"panelwright":"identity","role":"officer","person":"KD"}')).toEqual({
      panelwright: 'identity',
      role: 'officer',
      person: 'KD',
    });
    expect(parseIdentityMessage('{"panelwright":"identity","role":"admin","person":"KD"}')).toBeNull();
    expect(parseIdentityMessage('not json')).toBeNull();
  });
});
