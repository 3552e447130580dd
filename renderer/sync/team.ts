// Team sync as the app runs it: at most one engine, started from the connection saved on this
// computer (at start-up, or when Settings → Team connects), stopped when it disconnects. Screens
// read it through useTeamSync(); without a saved connection nothing here touches the network.
import { useSyncExternalStore } from 'react';
import { checkServerAddress, checkToken, probeFailureSentence } from '../../shared/sync/connection';
import { isFormatRefusal } from '../../shared/sync/format';
import type { SyncDocument } from '../../shared/sync/documents';
import { documentOfTable } from '../../shared/sync/documents';
import type { SnapshotTable } from '../../shared/backup/tables';
import type { PanelwrightDb } from '../db/database';
import { getUserName } from '../db/settings-repo';
import { getHost } from '../host';
import type { LiveBody, SyncStatus } from './engine';
import type { RemovedText } from '../../shared/sync/rich-text';
import { SyncEngine } from './engine';
import { probeServer } from './probe';
import { forgetSync, loadConnection, saveConnection } from './state';
import type { TeamRoles } from './window-roles';
import { followRoles, RolesAnnouncer } from './window-roles';

export interface TeamState {
  /** The server this computer syncs with (the token is never handed to screens). */
  readonly url: string | null;
  readonly status: SyncStatus | null;
  /** When this computer last had nothing waiting while connected (ISO). */
  readonly lastSynced: string | null;
  /** Another window of Panelwright on this computer runs team sync: this one shows what it brings in. */
  readonly elsewhere?: boolean;
  /** While another window syncs: the documents this sign-in may only read and who it is, so this window locks them too. */
  readonly roles?: TeamRoles;
}

const LAST_SYNCED = 'lastSynced';
const OFF: TeamState = { url: null, status: null, lastSynced: null };
/**
 * Team sync runs in one window at a time (a Web Lock, shared by the windows of one profile): two
 * engines on one database each saved their own copy of the same sync state over the other's, and a
 * window's words were lost or doubled. Another window waits, and takes over when the first closes;
 * meanwhile it sees every change through the shared database (see "Two windows").
 */
const ENGINE_LOCK = 'panelwright-team-sync';
let releaseEngineLock: (() => void) | null = null;
let lockWait: AbortController | null = null;
let stopFollowing: (() => void) | null = null;
let announcer: RolesAnnouncer | null = null;

/** The engine lock, now (`wait` false: null when another window holds it) or once free (null when given up). */
function engineLock(wait: boolean, signal?: AbortSignal): Promise<(() => void) | null> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
  if (!locks) return Promise.resolve(() => {});
  return new Promise((resolve) => {
    const held = (lock: Lock | null) => {
      if (!lock) {
        resolve(null);
        return undefined;
      }
      return new Promise<void>((release) => resolve(release));
    };
    (wait ? locks.request(ENGINE_LOCK, signal ? { signal } : {}, held) : locks.request(ENGINE_LOCK, { ifAvailable: true }, held)).catch(() => resolve(null));
  });
}

let state: TeamState = OFF;
let engine: SyncEngine | null = null;
let unsubscribe: (() => void) | null = null;
let savedAt = 0;
/** Start, connect and disconnect run one after another. */
let queue: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();

function set(next: TeamState) {
  state = next;
  for (const l of listeners) l();
}

function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Tells the shell which server the page may open a socket to (Electron's request filter); the browser has nothing to tell. */
async function allowServer(url: string | null) {
  try {
    await getHost().setSyncServer(url);
  } catch (e) {
    console.error('Panelwright: the shell did not take the sync server address', e);
  }
}

async function run(db: PanelwrightDb, url: string, token: string) {
  await allowServer(url);
  const unlock = await engineLock(false);
  if (!unlock) {
    const last = (await db.syncState.get(LAST_SYNCED))?.value;
    set({ url, status: null, lastSynced: typeof last === 'string' ? last : null, elsewhere: true });
    const wait = new AbortController();
    lockWait = wait;
    stopFollowing = followRoles(db, (roles) => {
      if (lockWait === wait) set({ ...state, roles });
    });
    void engineLock(true, wait.signal).then((later) => {
      if (!later) return;
      // The other window closed: this one runs team sync now, unless it was disconnected meanwhile.
      void serial(async () => {
        if (lockWait !== wait) {
          later();
          return;
        }
        lockWait = null;
        stopFollowing?.();
        stopFollowing = null;
        await begin(db, url, token, later);
      });
    });
    return;
  }
  await begin(db, url, token, unlock);
}

async function begin(db: PanelwrightDb, url: string, token: string, unlock: () => void) {
  releaseEngineLock = unlock;
  const e = new SyncEngine(db, { url, token });
  engine = e;
  const last = (await db.syncState.get(LAST_SYNCED))?.value;
  set({ url, status: null, lastSynced: typeof last === 'string' ? last : null });
  await e.start();
  const roles = new RolesAnnouncer();
  announcer = roles;
  unsubscribe = e.subscribe((status) => {
    if (engine !== e) return;
    roles.announce(status);
    let lastSynced = state.lastSynced;
    if (status.link.kind === 'connected' && status.waiting === 0) {
      lastSynced = new Date().toISOString();
      // Kept for the next start (at most twice a minute: it is a status line, not a record).
      if (Date.now() - savedAt > 30_000) {
        savedAt = Date.now();
        void db.syncState.put({ key: LAST_SYNCED, value: lastSynced }).catch(() => undefined);
      }
    }
    set({ url, status, lastSynced });
  });
}

async function halt() {
  lockWait?.abort();
  lockWait = null;
  stopFollowing?.();
  stopFollowing = null;
  announcer?.close();
  announcer = null;
  unsubscribe?.();
  unsubscribe = null;
  const e = engine;
  engine = null;
  await e?.stop();
  releaseEngineLock?.();
  releaseEngineLock = null;
}

/** At start-up: a saved connection starts the engine; none, and nothing happens. */
export function startSavedTeamSync(db: PanelwrightDb): Promise<void> {
  return serial(async () => {
    if (engine || lockWait) return;
    const c = await loadConnection(db);
    if (c) await run(db, c.url, c.token);
  });
}

export type ConnectResult = { readonly ok: true } | { readonly ok: false; readonly field: 'address' | 'token'; readonly message: string };

/** Settings → Team's Connect: checks the address and token, signs in once, then saves and starts. */
export function connectTeam(db: PanelwrightDb, typedUrl: string, typedToken: string): Promise<ConnectResult> {
  return serial(async (): Promise<ConnectResult> => {
    const a = checkServerAddress(typedUrl);
    if (!a.ok) return { ok: false, field: 'address', message: a.message };
    const t = checkToken(typedToken);
    if (!t.ok) return { ok: false, field: 'token', message: t.message };
    await allowServer(a.url);
    const p = await probeServer(a.url, t.token);
    if (!p.ok) {
      if (!engine) await allowServer(null);
      return {
        ok: false,
        field: p.kind === 'refused' && !isFormatRefusal(p.reason) ? 'token' : 'address',
        message: probeFailureSentence(p.kind, a.url, p.reason),
      };
    }
    await halt();
    await saveConnection(db, { url: a.url, token: t.token });
    await run(db, a.url, t.token);
    return { ok: true };
  });
}

/** Disconnect: stops syncing and forgets the server and the sync state; every record stays as it is. */
export function disconnectTeam(db: PanelwrightDb): Promise<void> {
  return serial(async () => {
    await halt();
    await forgetSync(db);
    await allowServer(null);
    set(OFF);
  });
}

/** A person chose which value of a guarded field stands. */
export async function chooseTeamValue(db: PanelwrightDb, conflict: SyncStatus['conflicts'][number], optionKey: string): Promise<boolean> {
  if (!engine) return false;
  return engine.choose(conflict, optionKey, await getUserName(db));
}

/** A body's fragment an open editor may bind to now (engine.ts, liveBody), or null: no team sync, or not yet. */
export function teamLiveBody(table: SnapshotTable, id: string, field: string): LiveBody | null {
  return engine ? engine.liveBody(table, id, field) : null;
}

/** Called whenever team sync's state changes (started, stopped, a document mirrored): open editors look again. */
export function onTeamChange(l: () => void): () => void {
  return subscribe(l);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useTeamSync(): TeamState {
  return useSyncExternalStore(subscribe, () => state);
}

/** The sync documents this person may only read (a reviewer's papers and plans, a reader's everything). */
export function useReadOnlyDocuments(): readonly SyncDocument[] {
  const s = useTeamSync();
  return s.status?.readOnly ?? s.roles?.readOnly ?? NONE;
}
const NONE: readonly SyncDocument[] = [];

/** True when a change to this table would not be sent (the person's role may only read it). */
export function useTeamReadOnly(table: SnapshotTable): boolean {
  return useReadOnlyDocuments().includes(documentOfTable(table));
}

/** Restore (back into the text where it stood) or dismiss text a colleague's change removed while it was typed here. */
export async function settleRemovedTeamText(entry: RemovedText, restore: boolean): Promise<boolean> {
  if (!engine) return false;
  return engine.settleRemoved(entry, restore);
}
