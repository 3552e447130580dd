// One simulated laptop for the two-laptop harness and the soak run: its own process, its own
// fake-indexeddb and Dexie, the app's real sync engine. Driven over IPC by the parent. "Restart"
// closes the database and the engine and opens them again: only what IndexedDB holds survives.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import type { SnapshotTable } from '../../shared/backup/tables';
import { seedSampleIfFirstRun } from '../../renderer/db/backup-repo';
import { openDatabase } from '../../renderer/db/database';
import type { PanelwrightDb } from '../../renderer/db/database';
import { editRecord } from '../../renderer/db/records';
import { setUserName } from '../../renderer/db/settings-repo';
import { valid } from '../../renderer/db/validate';
import { SyncEngine } from '../../renderer/sync/engine';
import { SYNC_DOCUMENTS, SYNC_DOCUMENT_NAMES } from '../../shared/sync/documents';
import type { SyncConnection } from '../../renderer/sync/state';

export type LaptopCommand =
  | { readonly cmd: 'open'; readonly name: string; readonly user: string; readonly seed: boolean }
  | { readonly cmd: 'connect'; readonly url: string; readonly token: string }
  | { readonly cmd: 'disconnect' }
  | { readonly cmd: 'restart' }
  | { readonly cmd: 'edit'; readonly table: SnapshotTable; readonly id: string; readonly fields: Record<string, unknown> }
  | { readonly cmd: 'put'; readonly table: SnapshotTable; readonly records: Record<string, unknown>[] }
  | { readonly cmd: 'get'; readonly table: SnapshotTable; readonly id: string }
  | { readonly cmd: 'count'; readonly table: SnapshotTable }
  | { readonly cmd: 'status' }
  | { readonly cmd: 'choose'; readonly conflict: number; readonly option: number }
  | { readonly cmd: 'restoreRemoved'; readonly index: number }
  | { readonly cmd: 'memory' }
  | { readonly cmd: 'digest' };

/**
 * A browser's WebSocket reports a failed attempt as an event; `ws` throws it when nobody listens.
 * Under load the provider gives up on a slow attempt and closes it, which must not end the laptop.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

let db: PanelwrightDb | null = null;
let engine: SyncEngine | null = null;
let connection: SyncConnection | null = null;
let dbName = '';

/** JSON with object keys sorted, so the same record always hashes the same. */
const stableJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : x,
  );

const need = () => {
  if (!db) throw new Error('no database open');
  return db;
};

async function startEngine() {
  if (!connection) return;
  engine = new SyncEngine(need(), connection, { WebSocketPolyfill: QuietWebSocket, settleMs: 50, maxDelay: 600 });
  await engine.start();
}

async function run(c: LaptopCommand): Promise<unknown> {
  switch (c.cmd) {
    case 'open':
      dbName = c.name;
      db = openDatabase(c.name);
      await db.open();
      await setUserName(db, c.user);
      if (c.seed) await seedSampleIfFirstRun(db);
      return null;
    case 'connect':
      connection = { url: c.url, token: c.token };
      await startEngine();
      return null;
    case 'disconnect':
      await engine?.stop();
      engine = null;
      connection = null;
      return null;
    case 'restart': {
      await engine?.stop();
      engine = null;
      need().close();
      db = openDatabase(dbName);
      await db.open();
      await startEngine();
      return null;
    }
    case 'edit':
      await editRecord(need(), c.table, c.id, c.fields as never);
      await engine?.flush();
      return null;
    case 'put':
      await need().transaction('rw', need().table(c.table), async () => {
        for (const r of c.records)
          await need()
            .table(c.table)
            .put(valid(c.table, r as never));
      });
      await engine?.flush();
      return null;
    case 'get':
      return (await need().table(c.table).get(c.id)) ?? null;
    case 'count':
      return need().table(c.table).count();
    case 'status':
      return engine?.status() ?? null;
    case 'choose': {
      if (!engine) throw new Error('not connected');
      const s = engine.status();
      const k = s.conflicts[c.conflict];
      const o = k?.options[c.option];
      if (!k || !o) throw new Error('no such conflict');
      return engine.choose(k, o.key, 'Chooser');
    }
    case 'restoreRemoved': {
      if (!engine) throw new Error('not connected');
      const r = engine.status().removed[c.index];
      if (!r) throw new Error('nothing removed');
      return engine.settleRemoved(r, true);
    }
    case 'memory':
      return process.memoryUsage().heapUsed;
    case 'digest': {
      // Every synced table's live and deleted records, in id order: two laptops that agree on this
      // hold the same data.
      const h = createHash('sha256');
      for (const doc of SYNC_DOCUMENT_NAMES)
        for (const table of SYNC_DOCUMENTS[doc]) {
          const rows = (await need().table(table).toArray()) as { id: string }[];
          rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          h.update(table).update(stableJson(rows));
        }
      return h.digest('hex');
    }
  }
}

process.on('message', (m: { id: number; c: LaptopCommand }) => {
  run(m.c).then(
    (result) => process.send?.({ id: m.id, ok: true, result }),
    (e: unknown) => process.send?.({ id: m.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});
process.send?.({ ready: true });
