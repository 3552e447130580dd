// Who may make a record write, per record (documents.ts decides per document). One rule for the
// laptop (a change it may not send is kept there, not sent) and the server (an update carrying such
// a write is refused):
// - author: every write;
// - officer: the updates of deliverables they lead or own (an action's owners), and only the fields an officer fills (status,
//   narrative, its date, the author; the deliverable and period when the update is new);
// - reviewer: the review document (comments, review requests, clearances);
// - reader: nothing.
import type { SnapshotTable } from '../backup/tables';
import type { SyncRole } from './documents';
import type { SyncDocument } from './documents';
import { documentOfTable, isSyncRole, mayWrite } from './documents';
import { groupWrites, resolveRecord } from './records';
import { deliverableOwners } from '../plans/actions';

/** A deliverable's owners from its fields as a document resolves them (anything not a Person id is left out). */
export function ownersOfFields(f: Readonly<Record<string, unknown>>): string[] {
  const lead = typeof f.leadPersonId === 'string' ? f.leadPersonId : null;
  const owners = Array.isArray(f.ownerPersonIds) ? f.ownerPersonIds.filter((x): x is string => typeof x === 'string') : undefined;
  return deliverableOwners({ leadPersonId: lead, ...(owners ? { ownerPersonIds: owners } : {}) });
}

/** The signed-in person: their role and their Person id in the plans (null: not found there). */
export interface SyncIdentity {
  readonly role: SyncRole;
  readonly personId: string | null;
}

/** One record's write: which fields change, the record before (null: new) and after. */
export interface RecordWrite {
  readonly table: SnapshotTable;
  readonly fields: readonly string[];
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>>;
}

/** A deliverable's owners (Person ids, lead first: shared/plans/actions.ts), none when it has none or is unknown. */
export type OwnersOf = (deliverableId: string) => readonly string[];

/** The fields of an update an officer fills, and the change stamps every edit moves. */
export const OFFICER_UPDATE_FIELDS: readonly string[] = ['statusId', 'narrative', 'narrativeDate', 'authorPersonId', 'updatedAt', 'updatedBy', 'deletedAt'];
/** Set once, when the officer creates the update. */
const OFFICER_NEW_UPDATE_FIELDS: readonly string[] = [...OFFICER_UPDATE_FIELDS, 'deliverableId', 'periodId', 'createdAt'];

/** Why this person may not make the write, in one sentence, or null when they may. */
export function writeRefusal(who: SyncIdentity, w: RecordWrite, ownersOf: OwnersOf): string | null {
  if (!mayWrite(who.role, documentOfTable(w.table))) return `A ${who.role} may not change ${w.table}.`;
  if (who.role !== 'officer' || w.table !== 'updates') return null;
  const allowed = w.before ? OFFICER_UPDATE_FIELDS : OFFICER_NEW_UPDATE_FIELDS;
  const other = w.fields.find((f) => !allowed.includes(f));
  if (other) return `An officer may not change an update's ${other}.`;
  for (const r of w.before ? [w.before, w.after] : [w.after]) {
    const d = typeof r.deliverableId === 'string' ? r.deliverableId : '';
    if (!who.personId || !d || !ownersOf(d).includes(who.personId)) return 'An officer may change only the updates of deliverables they lead or own.';
  }
  return null;
}

/** Does a write by this role to this document need the per-record rule (beyond documents.ts)? */
export const checksRecords = (role: SyncRole, doc: SyncDocument): boolean => role === 'officer' && doc === 'updates';

export const mayWriteRecord = (who: SyncIdentity, w: RecordWrite, ownersOf: OwnersOf): boolean => writeRefusal(who, w, ownersOf) === null;

/**
 * The Person a users-file entry stands for: its `person` (a Person id or name) or else its name,
 * matched against the plans' people by id, then by name or short name (case and spaces ignored).
 */
export function personIdFor(people: readonly { readonly id: string; readonly name?: unknown; readonly shortName?: unknown }[], who: string): string | null {
  const norm = (s: unknown) => (typeof s === 'string' ? s.trim().replace(/\s+/g, ' ').toLowerCase() : '');
  const w = norm(who);
  if (!w) return null;
  return people.find((p) => p.id === who.trim())?.id ?? people.find((p) => norm(p.name) === w)?.id ?? people.find((p) => norm(p.shortName) === w)?.id ?? null;
}

/** A plans document's table as its Y.Map entries (write key → stored write). */
export type PlansEntries = (table: 'people' | 'deliverables') => Iterable<readonly [string, unknown]>;

/**
 * Who leads each deliverable and who a person is, as a plans document says. The server reads its
 * own copy; a laptop reads its mirror of the server's (not its Dexie records), so both judge a write
 * against the same plans and the laptop never sends what the server would refuse.
 */
export function plansLookup(entries: PlansEntries): { ownersOf: OwnersOf; personId: (who: string) => string | null } {
  const deliverables = groupWrites(entries('deliverables'));
  const ownersOf: OwnersOf = (id) => {
    const w = deliverables.get(id);
    return w ? ownersOfFields(resolveRecord('deliverables', id, w).fields) : [];
  };
  const personId = (who: string) => {
    const people = [...groupWrites(entries('people'))].map(([id, w]) => resolveRecord('people', id, w).fields as { id: string });
    return personIdFor(people, who);
  };
  return { ownersOf, personId };
}

/** The message the server sends a connection once it is signed in: who the token stands for. */
export interface IdentityMessage {
  readonly panelwright: 'identity';
  readonly role: SyncRole;
  /** The users file's `person` (a Person id or name), or the person's name. */
  readonly person: string;
}

export function parseIdentityMessage(payload: string): IdentityMessage | null {
  try {
    const o = JSON.parse(payload) as Record<string, unknown>;
    if (o.panelwright !== 'identity' || typeof o.person !== 'string' || !isSyncRole(o.role)) return null;
    return { panelwright: 'identity', role: o.role, person: o.person };
  } catch {
    return null;
  }
}
