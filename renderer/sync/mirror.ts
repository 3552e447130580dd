// One sync document mirrored into Dexie. Dexie stays the app's store; the Y.Doc carries the
// changes. A tick (one Dexie transaction over the document's tables and the sync state) sends what
// this laptop changed since it last agreed with the document, takes in what others changed, and
// saves the Y state and the agreed records together, so a crash or restart never half-applies one.
// Ticks are incremental: local records changed since the last tick (by their updatedAt index) and
// records whose writes changed in the document; a full pass on start, on joining and twice a minute.
import * as Y from 'yjs';
import type { SnapshotTable } from '../../shared/backup/tables';
import type { SyncDocument } from '../../shared/sync/documents';
import { SYNC_DOCUMENTS } from '../../shared/sync/documents';
import { parseWriteKey, writeKey } from '../../shared/sync/keys';
import type { FieldConflict } from '../../shared/sync/records';
import { groupWrites, resolveRecord } from '../../shared/sync/records';
import type { Fields } from '../../shared/sync/three-way';
import { hash53, pushesFor, sameSays, saysOf } from '../../shared/sync/three-way';
import type { PanelwrightDb } from '../db/database';
import { valid } from '../db/validate';
import type { SendGuard } from './ownership-guard';
import { RICH_TEXT_FIELDS, fragmentName, isRichTextField } from '../../shared/sync/rich-text';
import type { RemovedText } from '../../shared/sync/rich-text';
import { RemovedTextWatch, bodyFragment, fragmentBody, withBodies, writeBody } from './rich-text';
import { mergeBodies } from './merge-bodies';
import type { RichDoc } from '../../shared/richtext/model';
import { stableJson } from '../../shared/merge/diff';
import { loadDocState, saveDocState } from './state';
import type { Agreed, DocState } from './state';

/** Changes made by this laptop's engine carry this origin (the rest came from the server). */
export const LOCAL_ORIGIN = 'panelwright-local';

const FULL_PASS_MS = 30_000;
/** Local edits are found by updatedAt ≥ the previous tick's start, less this margin. */
const MARGIN_MS = 2000;

export interface TickReport {
  /** Records written into Dexie from the document. */
  readonly pulled: number;
  /** Records whose changes went into the document. */
  readonly pushed: number;
}

export interface MirrorView {
  readonly conflicts: readonly FieldConflict[];
  /** Records changed here and not yet confirmed by the server. */
  readonly waiting: number;
  /** Records changed here that this connection may not send (a read-only role): kept here, not lost. */
  readonly blocked: number;
  /** Records from the document that failed validation (a newer app's or a hostile client's): left out. */
  readonly refused: number;
  /** Text typed here that a colleague's change removed, kept to restore (rich-text.ts). */
  readonly removed: readonly RemovedText[];
}

type Row = Fields & { id: string; updatedAt?: unknown };

/**
 * The bodies as last agreed (the base's hashes say only that they changed): kept per fragment, so a
 * body changed here and by a colleague since is merged three ways rather than written over.
 */
const baseBodyKey = (table: string, id: string, field: string) => `base-body:${fragmentName(table, id, field)}`;

export class DocMirror {
  readonly ydoc = new Y.Doc();
  private state: DocState = { base: {}, waiting: [], scope: null, joined: false };
  private readonly waiting = new Set<string>();
  /** The Y document changed (from the server) since its state was last saved. */
  private unsaved = false;
  /** Per table, records whose writes changed since the last tick. */
  private readonly touched = new Map<string, Set<string>>();
  private readonly conflicts = new Map<string, readonly FieldConflict[]>();
  private readonly blockedIds = new Set<string>();
  private readonly refusedIds = new Set<string>();
  private lastFull = 0;
  private mark = '';
  /** Holds back the changes this person may not make (per-record ownership); set by the engine. */
  private guard: SendGuard | null = null;
  readonly removedText: RemovedTextWatch;
  /**
   * Fragments an open editor is bound to (live-binding.ts): the editor and the fragment change
   * together, keystroke by keystroke, and the editor saves the body into Dexie. The tick never puts
   * that body into the fragment (a save is older than what is shown: it would undo newer typing)
   * nor takes it out into Dexie. Per name: the body just before the first colleague's change since
   * the last tick (what a removed paragraph is recovered from).
   */
  private readonly bound = new Map<string, { before: RichDoc | null }>();
  /** Bodies of fragments whose editor let go, agreed at the next tick (the fragment held them then). */
  private readonly released = new Map<string, { table: string; id: string; field: string; body: RichDoc }>();

  constructor(
    private readonly db: PanelwrightDb,
    readonly doc: SyncDocument,
  ) {
    this.removedText = new RemovedTextWatch(this.ydoc, doc, LOCAL_ORIGIN);
    // A body's fragment changed (a colleague's typing, or a bound editor's here): its record is looked at.
    this.ydoc.on('afterTransaction', (tr: Y.Transaction) => {
      for (const type of tr.changedParentTypes.keys()) {
        if (type._item !== null) continue;
        const parts = Y.findRootTypeKey(type).split('\u001f');
        if (parts.length !== 4 || parts[0] !== 'rich') continue;
        const [, table, id] = parts as [string, string, string, string];
        let set = this.touched.get(table);
        if (!set) this.touched.set(table, (set = new Set()));
        set.add(id);
      }
    });
    for (const t of SYNC_DOCUMENTS[doc]) {
      this.ydoc.getMap<unknown>(t).observe((ev) => {
        let set = this.touched.get(t);
        if (!set) this.touched.set(t, (set = new Set()));
        for (const k of ev.keysChanged as Set<string>) {
          const id = parseWriteKey(k)?.recordId;
          if (id) set.add(id);
        }
      });
    }
  }

  /** Marks the document as changed by the server, so the next tick saves it. */
  remoteChanged(): void {
    this.unsaved = true;
  }

  /** Loads the Y state and agreed records this laptop saved (before any provider attaches). */
  async load(): Promise<void> {
    const { update, state } = await loadDocState(this.db, this.doc);
    if (update) Y.applyUpdate(this.ydoc, update, LOCAL_ORIGIN);
    this.state = state;
    for (const w of state.waiting) this.waiting.add(w);
    await this.removedText.load(this.db);
    this.lastFull = 0;
  }

  get current(): MirrorView {
    return {
      conflicts: [...this.conflicts.values()].flat(),
      waiting: this.waiting.size,
      blocked: this.blockedIds.size,
      refused: this.refusedIds.size,
      removed: this.removedText.removed,
    };
  }

  /** What the server said this connection may do; remembered so an offline start knows too. */
  get scope(): 'read-write' | 'readonly' | null {
    return this.state.scope;
  }

  async setScope(scope: 'read-write' | 'readonly'): Promise<void> {
    if (this.state.scope === scope) return;
    this.state = { ...this.state, scope };
    this.lastFull = 0;
    await this.save();
  }

  /** The per-record guard of this document (null: the document rule is enough). */
  get guardOfRecords(): SendGuard | null {
    return this.guard;
  }

  /** A new ownership guard (the server said who this is): the next tick looks at every record again. */
  setGuard(g: SendGuard | null): void {
    this.guard = g;
    this.lastFull = 0;
  }

  /** The server's copy has arrived once: from now on this laptop's changes go into the document. */
  async markJoined(): Promise<void> {
    if (this.state.joined) return;
    this.state = { ...this.state, joined: true };
    this.lastFull = 0;
    await this.save();
  }

  get joined(): boolean {
    return this.state.joined;
  }

  /** The server has everything sent so far: nothing is waiting. */
  async confirmSent(): Promise<void> {
    if (this.waiting.size === 0) return;
    this.waiting.clear();
    this.state = { ...this.state, waiting: [] };
    await this.save();
  }

  private save() {
    return this.db.transaction('rw', this.db.syncState, () => saveDocState(this.db, this.doc, this.ydoc, this.state));
  }

  /** An open editor binds to a body's fragment; the returned function lets go, with the body it shows then. */
  bindBody(table: string, id: string, field: string): { release: (body: RichDoc) => void; beforeRemote: (body: () => RichDoc) => void } {
    const name = fragmentName(table, id, field);
    const entry = { before: null as RichDoc | null };
    this.bound.set(name, entry);
    this.released.delete(name);
    return {
      release: (body) => {
        if (this.bound.get(name) !== entry) return;
        this.bound.delete(name);
        this.released.set(name, { table, id, field, body });
      },
      // Kept until the tick reads it: only the first since the last tick (the text as it stood here).
      beforeRemote: (body) => {
        if (this.bound.get(name) === entry && !entry.before) entry.before = body();
      },
    };
  }

  /** Whether an open editor is bound to this body's fragment. */
  isBound(table: string, id: string, field: string): boolean {
    return this.bound.has(fragmentName(table, id, field));
  }

  async tick(): Promise<TickReport> {
    if (!this.state.joined) return { pulled: 0, pushed: 0 };
    const tables = SYNC_DOCUMENTS[this.doc] as readonly SnapshotTable[];
    const canWrite = this.state.scope !== 'readonly';
    const full = Date.now() - this.lastFull > FULL_PASS_MS;
    const startedAt = new Date(Date.now() - MARGIN_MS).toISOString();
    const guard = canWrite ? this.guard : null;
    const reads = (guard?.reads ?? []).filter((t) => !tables.includes(t));
    return this.db.transaction('rw', [...[...tables, ...reads].map((t) => this.db.table(t)), this.db.syncState], async () => {
      const base: Record<string, Record<string, Agreed>> = { ...this.state.base };
      let pulled = 0;
      let pushed = 0;
      const baseBodies: { key: string; value: unknown }[] = [];
      // A body an editor let go of is what the fragment held then: agreed, so the save of it is not sent again.
      for (const [name, r] of this.released) {
        this.released.delete(name);
        const b = base[r.table]?.[r.id];
        if (!b) continue;
        const says = keepFields(b.says, saysOf({ [r.field]: r.body }), [r.field]);
        base[r.table] = { ...base[r.table], [r.id]: { at: b.at, says } };
        baseBodies.push({ key: baseBodyKey(r.table, r.id, r.field), value: r.body });
      }
      for (const t of tables) {
        const table = this.db.table<Row, string>(t);
        const ymap = this.ydoc.getMap<unknown>(t);
        const touched = this.touched.get(t) ?? new Set<string>();
        this.touched.set(t, new Set());
        const local = full ? await table.toArray() : await table.where('updatedAt').aboveOrEqual(this.mark).toArray();
        if (!full && local.length === 0 && touched.size === 0) continue;
        const localById = new Map(local.map((r) => [r.id, r]));
        const tbase: Record<string, Agreed> = { ...(base[t] ?? {}) };
        let writes = groupWrites(ymap.entries());
        const remoteOf = (id: string) => {
          const w = writes.get(id);
          if (!w) return undefined;
          const res = withBodies(this.ydoc, t, id, resolveRecord(t, id, w));
          return { res, says: saysOf(res.fields), updatedAt: res.fields.updatedAt };
        };
        const saysHere = (l: Row) => {
          const b = tbase[l.id];
          return b && b.at === l.updatedAt && !full ? b.says : saysOf(l);
        };

        // Bodies whose agreed value changed in this tick, kept as the next base.
        const bodyFields = RICH_TEXT_FIELDS[t] ?? [];
        const agreedBodies = (id: string, row: Row, says: Readonly<Record<string, string>>) => {
          for (const f of bodyFields)
            if (row[f] !== undefined && tbase[id]?.says[f] !== says[f]) baseBodies.push({ key: baseBodyKey(t, id, f), value: row[f] });
        };

        const sends: { l: Row; pushes: ReturnType<typeof pushesFor>; remote: ReturnType<typeof remoteOf> }[] = [];
        for (const l of local) {
          const b = afterBound(tbase[l.id], l, bodyFields, (f) => this.bound.has(fragmentName(t, l.id, f)));
          if (!full && b && b.at === l.updatedAt) continue;
          const remote = remoteOf(l.id);
          const pushes = pushesFor(l, saysOf(l), b?.says, remote).filter((p) => !this.bound.has(fragmentName(t, l.id, p.field)));
          if (pushes.length) sends.push({ l, pushes, remote });
          else this.blockedIds.delete(`${t}/${l.id}`);
        }
        if (guard && sends.length) {
          // A change this person may not make stays here, counted as not sent, like a read-only role's.
          const refusal = await guard.prepare();
          for (const s of sends.splice(0)) {
            if (
              refusal(
                t,
                s.l,
                s.pushes.map((p) => p.field),
                s.remote?.res.fields ?? null,
              )
            )
              this.blockedIds.add(`${t}/${s.l.id}`);
            else sends.push(s);
          }
        }
        // A body changed here and, since the agreed base, in the document too (a colleague's typing that
        // arrived between this laptop's save and this tick): this laptop's change goes in on top of theirs.
        for (const s of sends) {
          const b = tbase[s.l.id];
          if (!b || !s.remote) continue;
          for (const [i, p] of s.pushes.entries()) {
            if (!isRichTextField(t, p.field) || !p.has) continue;
            const there = s.remote.res.fields[p.field];
            if (there === undefined || s.remote.says[p.field] === b.says[p.field]) continue;
            const base = (await this.db.syncState.get(baseBodyKey(t, s.l.id, p.field)))?.value;
            if (base === undefined || hash53(stableJson(base)) !== b.says[p.field]) continue;
            s.pushes[i] = { ...p, value: mergeBodies(base, p.value as RichDoc, there) };
          }
        }
        if (canWrite && sends.length) {
          this.ydoc.transact(() => {
            for (const { l, pushes } of sends) {
              const by = typeof l.updatedBy === 'string' ? l.updatedBy : '';
              const at = typeof l.updatedAt === 'string' ? l.updatedAt : new Date().toISOString();
              const w = writes.get(l.id);
              for (const p of pushes) {
                // A rich-text body goes into its fragment (merged by character); its old field writes go.
                if (isRichTextField(t, p.field) && p.has && writeBody(this.ydoc, bodyFragment(this.ydoc, t, l.id, p.field), p.value, LOCAL_ORIGIN)) {
                  for (const old of w?.get(p.field) ?? []) ymap.delete(old.key);
                  continue;
                }
                if (p.replaces) for (const old of w?.get(p.field) ?? []) ymap.delete(old.key);
                ymap.set(writeKey(l.id, p.field, crypto.randomUUID()), p.has ? { v: p.value, by, at } : { by, at });
              }
              this.waiting.add(`${t}/${l.id}`);
              this.blockedIds.delete(`${t}/${l.id}`);
              pushed++;
            }
          }, LOCAL_ORIGIN);
          writes = groupWrites(ymap.entries());
        } else if (!canWrite) for (const s of sends) this.blockedIds.add(`${t}/${s.l.id}`);

        const ids = full ? [...writes.keys()] : [...new Set([...touched, ...sends.map((s) => s.l.id)])];
        for (const id of ids) {
          const key = `${t}/${id}`;
          const r = remoteOf(id);
          if (!r) continue;
          if (r.res.conflicts.length) this.conflicts.set(key, r.res.conflicts);
          else this.conflicts.delete(key);
          // A change this laptop may not send (a read-only role, or a record this person may not
          // change) stays as it is here (shown as blocked), never overwritten.
          if (this.blockedIds.has(key)) continue;
          const l = localById.get(id) ?? (await table.get(id));
          // A bound body is the open editor's to save: Dexie's copy is neither compared nor written
          // over. Its agreed base is the fragment's body (saved with the Y state in this tick), so after
          // a restart a save the fragment never got is sent, and one it had is not sent twice.
          const boundHere = l ? bodyFields.filter((f) => this.bound.has(fragmentName(t, id, f))) : [];
          const withFragment = (row: Row): Row => (boundHere.length ? { ...row, ...Object.fromEntries(boundHere.map((f) => [f, r.res.fields[f]])) } : row);
          if (l) {
            const ls = saysHere(l);
            if (boundHere.length) this.takeBoundRemovals(t, l, boundHere);
            const agreed = boundHere.length ? keepFields(ls, r.says, boundHere) : ls;
            if (sameSays(agreed, r.says)) {
              agreedBodies(id, withFragment(l), agreed);
              tbase[id] = { at: String(l.updatedAt), says: agreed, ...(boundHere.length ? { boundAt: new Date().toISOString() } : {}) };
              continue;
            }
          }
          let record: Row;
          try {
            const fields = l && boundHere.length ? { ...r.res.fields, ...Object.fromEntries(boundHere.map((f) => [f, l[f]])) } : r.res.fields;
            record = valid(t, fields as never) as unknown as Row;
          } catch {
            this.refusedIds.add(key);
            continue;
          }
          this.refusedIds.delete(key);
          if (l) this.removedText.taken(t, l, record);
          await table.put(record);
          agreedBodies(id, withFragment(record), r.says);
          tbase[id] = { at: String(record.updatedAt), says: r.says, ...(boundHere.length ? { boundAt: new Date().toISOString() } : {}) };
          pulled++;
        }
        base[t] = tbase;
      }
      if (baseBodies.length) await this.db.syncState.bulkPut(baseBodies);
      this.state = { ...this.state, base, waiting: [...this.waiting] };
      if (full) this.lastFull = Date.now();
      this.mark = startedAt;
      // Saved when anything moved: a change sent or taken in, or the document changed since the last save.
      if (pulled || pushed || this.unsaved || full) {
        this.unsaved = false;
        await saveDocState(this.db, this.doc, this.ydoc, this.state);
      }
      await this.removedText.save(this.db);
      return { pulled, pushed };
    });
  }

  /**
   * A colleague's change removed text typed here from a bound body: the editor showed it at once, so
   * what it removed is read from the body as it stood just before (not from Dexie, which the editor
   * may have saved since).
   */
  private takeBoundRemovals(t: string, l: Row, fields: readonly string[]): void {
    for (const f of fields) {
      const entry = this.bound.get(fragmentName(t, l.id, f));
      if (!entry?.before) continue;
      const now = fragmentBody(bodyFragment(this.ydoc, t, l.id, f));
      this.removedText.taken(t, { ...l, [f]: entry.before }, { ...l, [f]: now }, [f]);
      entry.before = null;
    }
  }

  /**
   * A person chose which value of a guarded field stands: one new write replacing every write of
   * that field, stamped with who chose and when. The next tick writes it into Dexie.
   */
  choose(conflict: FieldConflict, optionKey: string, by: string): boolean {
    const ymap = this.ydoc.getMap<unknown>(conflict.table);
    const writes = groupWrites(ymap.entries()).get(conflict.recordId)?.get(conflict.field) ?? [];
    const pick = writes.find((w) => w.key === optionKey);
    if (!pick) return false;
    const at = new Date().toISOString();
    this.ydoc.transact(() => {
      for (const w of writes) ymap.delete(w.key);
      ymap.set(writeKey(conflict.recordId, conflict.field, crypto.randomUUID()), pick.has ? { v: pick.value, by, at } : { by, at });
    }, LOCAL_ORIGIN);
    return true;
  }
}

/**
 * A record whose body an editor was bound to when the app closed (it never let go): the editor and
 * the fragment were one, so whichever was written later holds everything — Dexie's save (sent, as the
 * base is the fragment's) or the Y state saved at the tick (Dexie's body counts as agreed, and the
 * fragment's is taken in). Nothing is merged, so nothing is doubled.
 */
function afterBound(b: Agreed | undefined, l: Row, bodyFields: readonly string[], boundNow: (f: string) => boolean): Agreed | undefined {
  if (!b?.boundAt) return b;
  const fields = bodyFields.filter((f) => !boundNow(f));
  if (!fields.length || String(l.updatedAt) > b.boundAt) return b;
  return { at: b.at, says: keepFields(b.says, saysOf(l), fields), boundAt: b.boundAt };
}

/** `says` with `fields` as `here` has them. */
function keepFields(says: Readonly<Record<string, string>>, here: Readonly<Record<string, string>>, fields: readonly string[]): Record<string, string> {
  const out = Object.entries(says).filter(([f]) => !fields.includes(f));
  for (const f of fields) if (here[f] !== undefined) out.push([f, here[f]]);
  return Object.fromEntries(out);
}
