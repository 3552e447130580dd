// A rich-text body between Dexie (ProseMirror JSON, the stored model) and its Y.XmlFragment in the
// sync document (y-prosemirror's shape). A local change goes in as the smallest edit that turns the
// fragment into the body (y-prosemirror's updateYFragment), so a colleague's concurrent typing
// elsewhere in the body stays; the body taken out is the fragment as stored JSON (toRichDoc). Runs
// in Node too (the two-laptop harness): the schema is rich-schema.ts, not the editor's extensions.
import * as Y from 'yjs';
import { prosemirrorToYXmlFragment, updateYFragment, ySyncPluginKey } from 'y-prosemirror';
import type { RichDoc } from '../../shared/richtext/model';
import type { SnapshotTable } from '../../shared/backup/tables';
import type { RemovedText } from '../../shared/sync/rich-text';
import { RICH_TEXT_FIELDS, fragmentName, removedBlocks, seedClientId } from '../../shared/sync/rich-text';
import { setAppendixBody, setSectionBody } from '../db/children-repo';
import type { PanelwrightDb } from '../db/database';
import { editRecord } from '../db/records';
import { hash53 } from '../../shared/sync/three-way';
import { stableJson } from '../../shared/merge/diff';
import { bodyNode, fragmentBody } from './body-node';

export { bodyNode, fragmentBody };

export const bodyFragment = (ydoc: Y.Doc, table: string, recordId: string, field: string): Y.XmlFragment =>
  ydoc.getXmlFragment(fragmentName(table, recordId, field));

/**
 * Writes a body into its fragment. A fragment that never held anything is seeded the same way on
 * every laptop (seedClientId): two laptops seeding one stored body write it once. Otherwise the
 * fragment is changed only where it differs from the body. Returns false for a body that is not
 * rich text (left to the field writes).
 */
export function writeBody(ydoc: Y.Doc, fragment: Y.XmlFragment, body: unknown, origin: unknown): boolean {
  const node = bodyNode(body);
  if (!node) return false;
  if (fragment._start === null) {
    const name = fragmentNameOf(fragment);
    const client = seedClientId(hash53(`${name}\u001f${stableJson(body)}`));
    // A seed this document already has (the body was emptied since): an ordinary edit instead.
    if (Y.getState(ydoc.store, client) === 0) {
      const seed = new Y.Doc();
      seed.clientID = client;
      prosemirrorToYXmlFragment(node, seed.getXmlFragment(name));
      Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(seed), origin);
      seed.destroy();
      return true;
    }
  }
  ydoc.transact(() => updateYFragment(ydoc, fragment, node, { mapping: new Map(), isOMark: new Map() }), origin);
  return true;
}

function fragmentNameOf(fragment: Y.XmlFragment): string {
  const doc = fragment.doc;
  if (doc) for (const [name, type] of doc.share) if ((type as unknown) === fragment) return name;
  throw new Error('fragment is not a top-level type of its document');
}

/**
 * A record as its field writes resolve, with each rich-text body taken from its fragment when the
 * fragment holds one (a body written the old way, as field writes, is read as it was).
 */
export function withBodies<R extends { readonly fields: Readonly<Record<string, unknown>>; readonly conflicts: readonly { readonly field: string }[] }>(
  ydoc: Y.Doc,
  table: string,
  recordId: string,
  res: R,
): R {
  const fields = RICH_TEXT_FIELDS[table as SnapshotTable];
  if (!fields) return res;
  let out = res;
  for (const f of fields) {
    const body = fragmentBody(bodyFragment(ydoc, table, recordId, f));
    if (body === undefined) continue;
    out = { ...out, fields: { ...out.fields, [f]: body }, conflicts: out.conflicts.filter((c) => c.field !== f) };
  }
  return out;
}

interface Watched {
  readonly clients: readonly number[];
  readonly removed: readonly RemovedText[];
}

const watchKey = (doc: string) => `rich:${doc}`;
/** Client ids remembered (one per session that typed): enough for months of sessions. */
const MAX_CLIENTS = 200;

/**
 * Watches a document for colleagues' changes that remove characters this laptop typed (any
 * session's: the client ids are remembered), and keeps what they took — the blocks as they stood
 * here — in a list the person sees (Settings → Team) with Restore. Saved in `syncState`.
 */
export class RemovedTextWatch {
  private clients: number[];
  /** Per fragment, the runs of this laptop's characters a colleague's change removed. */
  private readonly hit = new Map<string, string[]>();
  removed: RemovedText[] = [];
  private dirty = false;

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly doc: string,
    localOrigin: unknown,
  ) {
    this.clients = [ydoc.clientID];
    ydoc.on('afterTransaction', (tr: Y.Transaction) => {
      // Yjs gives a document a new client id when a remote change touches its own (a copy of this
      // laptop's state coming back): every id it typed with is remembered.
      if (!this.clients.includes(ydoc.clientID)) {
        this.clients = [ydoc.clientID, ...this.clients].slice(0, MAX_CLIENTS);
        this.dirty = true;
      }
      // This laptop's own changes: the engine's, and an open editor's typing and undo (y-prosemirror's binding).
      if (tr.origin === localOrigin || tr.origin === ySyncPluginKey || tr.origin instanceof Y.UndoManager) return;
      const runs = new Map<unknown, string>();
      Y.iterateDeletedStructs(tr, tr.deleteSet, (s) => {
        if (!(s instanceof Y.Item) || !(s.content instanceof Y.ContentString) || !this.clients.includes(s.id.client)) return;
        runs.set(s.parent, (runs.get(s.parent) ?? '') + s.content.str);
      });
      for (const [parent, run] of runs) {
        const name = rootName(parent as Y.AbstractType<unknown>);
        if (!name?.startsWith('rich\u001f') || !run.trim()) continue;
        this.hit.set(name, [...(this.hit.get(name) ?? []), run.trim()]);
      }
    });
  }

  async load(db: PanelwrightDb): Promise<void> {
    const v = (await db.syncState.get(watchKey(this.doc)))?.value as Watched | undefined;
    if (!v) return;
    this.clients = [this.ydoc.clientID, ...v.clients.filter((c) => c !== this.ydoc.clientID)].slice(0, MAX_CLIENTS);
    this.removed = [...v.removed];
    this.dirty = true;
  }

  /** In the tick's transaction: the blocks of `local` a colleague's change took, if it took any of this laptop's typing. */
  taken(
    table: string,
    local: Readonly<Record<string, unknown>>,
    merged: Readonly<Record<string, unknown>>,
    fields = RICH_TEXT_FIELDS[table as SnapshotTable] ?? [],
  ): void {
    for (const field of fields) {
      const name = fragmentName(table, String(local.id), field);
      const runs = this.hit.get(name);
      if (!runs) continue;
      this.hit.delete(name);
      const at = new Date().toISOString();
      for (const r of removedBlocks(local[field], merged[field], runs)) this.removed.push({ table, recordId: String(local.id), field, ...r, at });
      this.dirty = true;
    }
  }

  /** The person restored or dismissed an entry. */
  drop(entry: RemovedText): void {
    this.removed = this.removed.filter((r) => r !== entry);
    this.dirty = true;
  }

  /** Saves in the caller's transaction (which must include db.syncState) when anything changed. */
  async save(db: PanelwrightDb): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const value: Watched = { clients: this.clients, removed: this.removed };
    await db.syncState.put({ key: watchKey(this.doc), value });
  }
}

function rootName(parent: Y.AbstractType<unknown> | Y.ID | string | null): string | null {
  if (!(parent instanceof Y.AbstractType)) return typeof parent === 'string' ? parent : null;
  let t: Y.AbstractType<unknown> = parent;
  while (t._item && t._item.parent instanceof Y.AbstractType) t = t._item.parent;
  return t._item ? null : Y.findRootTypeKey(t);
}

/** Puts a removed block back where it stood (or at the end of a shorter body). */
export function restoreBlock(body: unknown, entry: RemovedText): RichDoc {
  const content = Array.isArray((body as RichDoc | null)?.content) ? [...(body as RichDoc).content] : [];
  content.splice(Math.min(entry.index, content.length), 0, entry.block as RichDoc['content'][number]);
  return { type: 'doc', content };
}

const sameEntry = (a: RemovedText, b: RemovedText) =>
  a.table === b.table && a.recordId === b.recordId && a.field === b.field && a.index === b.index && a.at === b.at && a.text === b.text;

/**
 * Restore: the block goes back into the body where it stood, as this person's edit (through the
 * paper's own write path, so an issued paper refuses); then, or on Dismiss, it leaves the list.
 */
export async function settleRemovedText(db: PanelwrightDb, watch: RemovedTextWatch, entry: RemovedText, restore: boolean): Promise<boolean> {
  const e = watch.removed.find((r) => sameEntry(r, entry));
  if (!e) return false;
  if (restore) {
    const row = (await db.table(e.table).get(e.recordId)) as Record<string, unknown> | undefined;
    if (!row) return false;
    const body = restoreBlock(row[e.field], e);
    if (e.table === 'sections' && e.field === 'body') await setSectionBody(db, e.recordId, body);
    else if (e.table === 'appendices' && e.field === 'body') await setAppendixBody(db, e.recordId, body);
    else if (e.table === 'updates' && e.field === 'narrative') await editRecord(db, 'updates', e.recordId, { narrative: body });
    else return false;
  }
  watch.drop(e);
  await db.transaction('rw', db.syncState, () => watch.save(db));
  return true;
}
