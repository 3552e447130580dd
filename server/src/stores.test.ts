// The two document stores keep what the server gives them, byte for byte, across a reopen; and a
// server on PostgreSQL gives a laptop back what another wrote before the server restarted.
// PostgreSQL here is PGlite (PostgreSQL compiled to WebAssembly: the real SQL dialect and bytea);
// set PANELWRIGHT_TEST_POSTGRES_URL to run the same checks against a PostgreSQL server too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { withFormat } from '../../shared/sync/format';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { DocumentStore } from './document-store';
import { PostgresStore, openPostgres } from './postgres-store';
import { startSyncServer } from './server';
import { SqliteStore } from './sqlite-store';
import { hashToken } from './users';

const dir = mkdtempSync(join(tmpdir(), 'pw-stores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 256);

async function contract(open: () => Promise<DocumentStore>) {
  const a = await open();
  expect(await a.fetch('panelwright/plans')).toBeNull();
  await a.store('panelwright/plans', bytes(5000, 1));
  await a.store('panelwright/papers', bytes(10, 2));
  await a.store('panelwright/plans', bytes(7000, 3)); // replaced, not added
  await a.close();
  const b = await open();
  expect(await b.names()).toEqual(['panelwright/papers', 'panelwright/plans']);
  expect(await b.fetch('panelwright/plans')).toEqual(bytes(7000, 3));
  expect(await b.fetch('panelwright/papers')).toEqual(bytes(10, 2));
  await b.close();
}

describe('document stores', () => {
  it('SQLite keeps each document whole across a reopen', async () => {
    await contract(() => SqliteStore.open(join(dir, 'sync.sqlite')));
  });

  it('PostgreSQL keeps each document whole across a reopen (PGlite)', async () => {
    const pg = new PGlite();
    await contract(() => PostgresStore.open(pg, 'pglite'));
    await pg.close();
  });

  it.skipIf(!process.env.PANELWRIGHT_TEST_POSTGRES_URL)('PostgreSQL server at PANELWRIGHT_TEST_POSTGRES_URL (skipped when it is not set)', async () => {
    await contract(() => openPostgres(process.env.PANELWRIGHT_TEST_POSTGRES_URL ?? ''));
  });

  it('a server on PostgreSQL gives back after a restart what a laptop wrote before it', async () => {
    const pg = new PGlite();
    const users = () => [{ name: 'Kim', role: 'author' as const, tokenSha256: hashToken('t') }];
    // The server opens its store from an address; this one hands it the PGlite database instead.
    const serve = () =>
      startSyncServer({ port: 0, host: '127.0.0.1', database: 'pglite', users, quiet: true, openStore: () => PostgresStore.open(pg, 'pglite') });
    const connect = (port: number) => {
      const doc = new Y.Doc();
      const socket = new HocuspocusProviderWebsocket({ url: withFormat(`ws://127.0.0.1:${port}`), WebSocketPolyfill: WebSocket });
      const provider = new HocuspocusProvider({ websocketProvider: socket, name: 'panelwright/plans', document: doc, token: 't' });
      const synced = new Promise<void>((ok) => provider.on('synced', () => ok()));
      provider.attach(); // a provider given its socket joins when attached
      const close = () => {
        provider.destroy();
        socket.destroy();
      };
      return { doc, synced, close };
    };
    const first = await serve();
    const kim = connect(first.port);
    await kim.synced;
    kim.doc.getMap('plans').set('p1\u0000name\u0000w1', { v: 'Police and Crime Plan', by: 'Kim', at: '2026-12-02' });
    // Stored on the server's debounce (at most 2 s after the change): read back from PostgreSQL itself.
    const stored = async () => {
      const row = (await pg.query<{ data: Uint8Array }>("SELECT data FROM panelwright_documents WHERE name = 'panelwright/plans'")).rows[0];
      if (!row) return undefined;
      const copy = new Y.Doc();
      Y.applyUpdate(copy, row.data);
      return copy.getMap('plans').get('p1\u0000name\u0000w1');
    };
    await expect.poll(stored, { timeout: 10_000 }).toEqual({ v: 'Police and Crime Plan', by: 'Kim', at: '2026-12-02' });
    kim.close();
    await first.stop();

    const second = await serve();
    const alex = connect(second.port);
    await alex.synced;
    expect(alex.doc.getMap('plans').get('p1\u0000name\u0000w1')).toEqual({ v: 'Police and Crime Plan', by: 'Kim', at: '2026-12-02' });
    alex.close();
    await second.stop();
    await pg.close();
  }, 30_000);
});
