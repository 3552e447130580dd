// Team sync: every sync document mirrored into Dexie (mirror.ts) and joined to the office's
// Hocuspocus server over one WebSocket. Without a connection nothing here runs; offline, the
// mirrors keep taking local changes into their saved Y state, and send them when the server is back.
import { keepAwarenessOnClientId } from './awareness-id';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { Dexie } from 'dexie';
import type { ObservabilitySet } from 'dexie';
import type { SyncDocument } from '../../shared/sync/documents';
import { SYNC_DOCUMENT_NAMES, SYNC_DOCUMENTS, documentOfTable, wireName } from '../../shared/sync/documents';
import type { SnapshotTable } from '../../shared/backup/tables';
import type { RemovedText } from '../../shared/sync/rich-text';
import type { FieldConflict } from '../../shared/sync/records';
import type { PanelwrightDb } from '../db/database';
import { DocMirror, LOCAL_ORIGIN } from './mirror';
import { parseIdentityMessage, personIdFor } from '../../shared/sync/ownership';
import type { IdentityMessage, PlansEntries } from '../../shared/sync/ownership';
import { loadIdentity, ownershipGuard, saveIdentity } from './ownership-guard';
import { bodyFragment, settleRemovedText } from './rich-text';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { getUserName } from '../db/settings-repo';
import type { SyncConnection } from './state';
import { dropDocCopy } from './state';
import { isRefusal } from '../../shared/sync/refusal';
import { isFormatRefusal, withFormat } from '../../shared/sync/format';

/** A document's copy is dropped after a refusal at most this often (while the plans catch up). */
const DROP_EVERY_MS = 3000;

export type LinkState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'connected' }
  | { readonly kind: 'offline'; readonly since: string }
  | { readonly kind: 'refused'; readonly message: string };

export interface SyncStatus {
  readonly link: LinkState;
  /** Records changed here not yet confirmed by the server. */
  readonly waiting: number;
  /** Records changed here that this person's role may not send. */
  readonly blocked: number;
  /** Documents this person may only read. */
  readonly readOnly: readonly SyncDocument[];
  readonly conflicts: readonly (FieldConflict & { readonly doc: SyncDocument })[];
  /** Records from the server that failed validation and were left out. */
  readonly refused: number;
  /** Who the server said this sign-in is (role and person), once it has. */
  readonly signedInAs: IdentityMessage | null;
  /** That person's Person id in the plans' people on this laptop (null: not found, or not known yet). */
  readonly signedInPersonId: string | null;
  /** Text typed here that a colleague's change removed (a paragraph deleted while it was typed in): Restore or Dismiss. */
  readonly removed: readonly RemovedText[];
}

/** A body's fragment an open editor may bind to; `bind` says it is bound (see DocMirror.bindBody). */
export interface LiveBody {
  readonly fragment: Y.XmlFragment;
  /** The document's awareness (where colleagues' carets are), or null before its provider is made. */
  readonly awareness: Awareness | null;
  /** Whether this person may change the record (an officer's update: the per-record rule). */
  readonly allowed: () => Promise<boolean>;
  readonly bind: () => ReturnType<DocMirror['bindBody']>;
}

export interface EngineOptions {
  /** Node has no WebSocket of its own before 22: tests pass `ws`. */
  readonly WebSocketPolyfill?: unknown;
  /** How long after a change the engine mirrors it (ms). */
  readonly settleMs?: number;
  /** The longest wait between two reconnection attempts (ms). */
  readonly maxDelay?: number;
}

export class SyncEngine {
  private readonly mirrors = new Map<SyncDocument, DocMirror>();
  private readonly providers = new Map<SyncDocument, HocuspocusProvider>();
  /** When each document's copy was last dropped after a refusal (at most one drop a few seconds). */
  private readonly dropped = new Map<SyncDocument, number>();
  private readonly unfollow: (() => void)[] = [];
  private socket: HocuspocusProviderWebsocket | null = null;
  private link: LinkState = { kind: 'connecting' };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private listeners = new Set<(s: SyncStatus) => void>();
  private stopped = false;
  /** Who the server said this token stands for (per-record ownership). */
  private identity: IdentityMessage | null = null;
  private personId: string | null = null;
  /** Documents with something to mirror since the last tick. */
  private readonly dirty = new Set<SyncDocument>();
  private readonly onStorage = (parts: ObservabilitySet) => {
    const prefix = `idb://${this.db.name}/`;
    for (const p of Object.keys(parts)) {
      if (!p.startsWith(prefix)) continue;
      const table = p.slice(prefix.length).split('/')[0] ?? '';
      const doc = SYNC_DOCUMENT_NAMES.find((d) => (SYNC_DOCUMENTS[d] as readonly string[]).includes(table));
      if (doc) this.schedule(doc);
    }
  };

  /** This person's name as Settings has it, for their caret in colleagues' editors. */
  private userName = '';

  constructor(
    private readonly db: PanelwrightDb,
    private readonly connection: SyncConnection,
    private readonly options: EngineOptions = {},
  ) {}

  async start(): Promise<void> {
    this.identity = await loadIdentity(this.db);
    this.userName = await getUserName(this.db);
    for (const d of SYNC_DOCUMENT_NAMES) await this.openMirror(d);
    // Whatever changed while the app was closed is taken into the documents before connecting.
    await this.flush();
    Dexie.on('storagemutated', this.onStorage);
    this.connect();
  }

  /** One WebSocket, every document's provider on it. */
  private connect() {
    this.socket = new HocuspocusProviderWebsocket({
      url: withFormat(this.connection.url),
      // Both set: `delay` without `minDelay` never reconnects in this provider.
      delay: 500,
      minDelay: 250,
      maxDelay: this.options.maxDelay ?? 5000,
      ...(this.options.WebSocketPolyfill ? { WebSocketPolyfill: this.options.WebSocketPolyfill } : {}),
      onStatus: ({ status }) => {
        if (status === WebSocketStatus.Connected) this.setLink({ kind: 'connected' });
        else if (status === WebSocketStatus.Disconnected && this.link.kind !== 'offline' && this.link.kind !== 'refused')
          this.setLink({ kind: 'offline', since: new Date().toISOString() });
      },
    });
    for (const m of this.mirrors.values()) this.attach(m);
  }

  private disconnect() {
    for (const p of this.providers.values()) p.destroy();
    this.providers.clear();
    for (const off of this.unfollow.splice(0)) off();
    this.socket?.destroy();
    this.socket = null;
  }

  private async openMirror(d: SyncDocument): Promise<DocMirror> {
    const m = new DocMirror(this.db, d);
    await m.load();
    m.setGuard(ownershipGuard(d, this.identity, this.plansEntries));
    m.ydoc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) return;
      m.remoteChanged();
      this.schedule(d);
    });
    this.mirrors.set(d, m);
    return m;
  }

  private attach(m: DocMirror) {
    if (!this.socket) return;
    const provider: HocuspocusProvider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: wireName(m.doc),
      document: m.ydoc,
      token: this.connection.token,
      onAuthenticated: ({ scope }) => void m.setScope(scope).then(() => this.schedule(m.doc)),
      onAuthenticationFailed: ({ reason }) => this.setLink({ kind: 'refused', message: refusal(reason) }),
      onSynced: () => {
        void m.markJoined().then(() => {
          this.schedule(m.doc);
          this.confirmIfSent(provider, m);
        });
      },
      onUnsyncedChanges: () => this.confirmIfSent(provider, m),
      onStateless: ({ payload }) => void this.learnIdentity(payload),
      onClose: ({ event }) => {
        if (isRefusal(event.reason)) void this.dropCopy(m.doc);
      },
    });
    // The name colleagues see on this person's caret in a bound body (colleague-carets.ts).
    provider.awareness?.setLocalStateField('user', { name: this.userName });
    const unfollow = keepAwarenessOnClientId(provider.awareness, m.ydoc);
    this.unfollow.push(unfollow);
    provider.attach();
    this.providers.set(m.doc, provider);
  }

  /**
   * The server refused a change this laptop's copy of the document holds (its plans said this
   * person may make it; the server's, newer, said not). Yjs cannot take a change back, and the copy
   * would offer it again at every sync, so the copy is dropped and joined again from the server's:
   * the records stay in Dexie, and the next tick holds back what may not be sent (counted, not lost).
   */
  private async dropCopy(d: SyncDocument): Promise<void> {
    if (this.stopped) return;
    // Refused again soon after a drop (this laptop's plans had not caught up yet): drop again a little later.
    const wait = (this.dropped.get(d) ?? 0) + DROP_EVERY_MS - Date.now();
    if (wait > 0) {
      setTimeout(() => void this.dropCopy(d), wait);
      return;
    }
    this.dropped.set(d, Date.now());
    const done = this.running.then(async () => {
      // A provider made anew on a shared socket stalls (a Hocuspocus trap): the connection is made anew too.
      this.disconnect();
      this.mirrors.get(d)?.ydoc.destroy();
      await dropDocCopy(this.db, d);
      await this.openMirror(d);
      if (!this.stopped) this.connect();
    });
    this.running = done.catch(() => undefined);
    await done;
    this.emit();
  }

  /** The server said who this token stands for: kept, and every mirror's ownership guard renewed. */
  private async learnIdentity(payload: string) {
    const m = parseIdentityMessage(payload);
    if (!m || (this.identity?.role === m.role && this.identity.person === m.person)) return;
    this.identity = m;
    await saveIdentity(this.db, m);
    for (const mirror of this.mirrors.values()) {
      mirror.setGuard(ownershipGuard(mirror.doc, m, this.plansEntries));
      this.schedule(mirror.doc);
    }
    await this.flush();
  }

  /** This laptop's copy of the server's plans document, as the ownership guard reads it. */
  private readonly plansEntries = (): PlansEntries | null => {
    const plans = this.mirrors.get('plans')?.ydoc;
    return plans ? (t) => plans.getMap<unknown>(t).entries() : null;
  };

  /** Who this sign-in is, as the server said (null until it has). */
  get signedInAs(): IdentityMessage | null {
    return this.identity;
  }

  private confirmIfSent(p: HocuspocusProvider, m: DocMirror) {
    if (p.isSynced && !p.hasUnsyncedChanges) void m.confirmSent().then(() => this.emit());
  }

  /** Mirrors every document with something to mirror now, or every one (and waits for it). */
  flush(all = true): Promise<void> {
    const run = this.running.then(async () => {
      const docs = all ? SYNC_DOCUMENT_NAMES : [...this.dirty];
      for (const d of docs) this.dirty.delete(d);
      for (const d of docs) await this.mirrors.get(d)?.tick();
      if (this.identity && (all || docs.includes('plans'))) this.personId = personIdFor(await this.db.table('people').toArray(), this.identity.person);
    });
    this.running = run.catch(() => undefined);
    return run.then(() => this.emit());
  }

  private schedule(doc: SyncDocument) {
    this.dirty.add(doc);
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush(false).catch(() => undefined);
    }, this.options.settleMs ?? 120);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.onStorage);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.disconnect();
  }

  status(): SyncStatus {
    let waiting = 0;
    let blocked = 0;
    let refused = 0;
    const conflicts: SyncStatus['conflicts'][number][] = [];
    const readOnly: SyncDocument[] = [];
    const removed: RemovedText[] = [];
    for (const m of this.mirrors.values()) {
      const v = m.current;
      removed.push(...v.removed);
      waiting += v.waiting;
      blocked += v.blocked;
      refused += v.refused;
      conflicts.push(...v.conflicts.map((c) => ({ ...c, doc: m.doc })));
      if (m.scope === 'readonly') readOnly.push(m.doc);
    }
    return { link: this.link, waiting, blocked, refused, readOnly, conflicts, removed, signedInAs: this.identity, signedInPersonId: this.personId };
  }

  subscribe(fn: (s: SyncStatus) => void): () => void {
    this.listeners.add(fn);
    fn(this.status());
    return () => this.listeners.delete(fn);
  }

  /** A person picked which value stands; written into the document and then into Dexie. */
  async choose(conflict: FieldConflict, optionKey: string, by: string): Promise<boolean> {
    const doc = SYNC_DOCUMENT_NAMES.find((d) => (SYNC_DOCUMENTS[d] as readonly string[]).includes(conflict.table));
    const m = doc ? this.mirrors.get(doc) : undefined;
    if (!m?.choose(conflict, optionKey, by)) return false;
    await this.flush();
    return true;
  }

  /**
   * A body's fragment for an open editor to bind to (live-binding.ts), or null while the editor must
   * go on saving and merging without it: no copy of the server's document yet, a role that may only
   * read it, a fragment not yet holding the body, or a record this person may not change (the
   * server would refuse the whole document's changes).
   */
  liveBody(table: SnapshotTable, id: string, field: string): LiveBody | null {
    const m = this.mirrors.get(documentOfTable(table));
    if (this.stopped || !m || !m.joined || m.scope === 'readonly') return null;
    const fragment = bodyFragment(m.ydoc, table, id, field);
    if (fragment.length === 0) return null;
    return {
      fragment,
      awareness: this.providers.get(m.doc)?.awareness ?? null,
      // Asked only before binding (it reads the plans): an editor already bound keeps its offer.
      allowed: async () => {
        const guard = m.guardOfRecords;
        if (guard) {
          const row = (await this.db.table(table).get(id)) as Record<string, unknown> | undefined;
          const refusal = await guard.prepare();
          if (!row || refusal(table, row, [field], row)) return false;
        }
        return !this.stopped && this.mirrors.get(m.doc) === m; // not dropped meanwhile
      },
      bind: () => m.bindBody(table, id, field),
    };
  }

  /** Restore (put the block back where it stood, as this person's edit) or dismiss a removed block. */
  async settleRemoved(entry: RemovedText, restore: boolean): Promise<boolean> {
    const m = this.mirrors.get(documentOfTable(entry.table as SnapshotTable));
    if (!m || !(await settleRemovedText(this.db, m.removedText, entry, restore))) return false;
    this.emit();
    await this.flush();
    return true;
  }

  private setLink(l: LinkState) {
    this.link = l;
    this.emit();
  }

  private emit() {
    const s = this.status();
    for (const fn of this.listeners) fn(s);
  }
}

function refusal(reason: string): string {
  if (isFormatRefusal(reason)) return reason;
  return reason && reason !== 'permission-denied' ? `The server refused the sign-in: ${reason}` : 'The server refused the sign-in token.';
}
