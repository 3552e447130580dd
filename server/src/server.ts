// The office's sync server: Hocuspocus on one port, documents in SQLite, tokens mapped to roles,
// per-document permissions, issued versions immutable, and GET /health for the office's monitoring.
import { refusedChange } from '../../shared/sync/refusal';
import { FORMAT_PARAMETER, formatRefusal } from '../../shared/sync/format';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { SyncRole } from '../../shared/sync/documents';
import { documentOfWireName, mayWrite, wireName } from '../../shared/sync/documents';
import type { IdentityMessage } from '../../shared/sync/ownership';
import { checksRecords } from '../../shared/sync/ownership';
import { issuedChangeRefusal, updateOfMessage } from './issued-guard';
import { ownershipRefusal, plansLookupOf } from './ownership-guard';
import type { DocumentStore } from './document-store';
import { openPostgres } from './postgres-store';
import { SqliteStore } from './sqlite-store';
import type { SyncUser } from './users';
import { personOf, userForToken } from './users';

/** What onAuthenticate hands Hocuspocus for the connection. */
interface Signed {
  readonly user: string;
  readonly role: SyncRole;
  readonly person: string;
}

export interface SyncServerOptions {
  readonly port: number;
  /** The address to listen on: 127.0.0.1 behind the office's TLS proxy. */
  readonly host: string;
  /** Where documents are kept: a SQLite file's path, or a postgres:// address. */
  readonly database: string;
  readonly users: () => readonly SyncUser[];
  readonly quiet?: boolean;
  /** Opens the store in place of `database` (tests hand in an in-process PostgreSQL). */
  readonly openStore?: () => Promise<DocumentStore>;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export async function startSyncServer(o: SyncServerOptions): Promise<RunningServer> {
  const store: DocumentStore = o.openStore
    ? await o.openStore()
    : /^postgres(ql)?:\/\//.test(o.database)
      ? await openPostgres(o.database)
      : await SqliteStore.open(o.database);
  const log = (s: string) => {
    if (!o.quiet) console.log(`${new Date().toISOString()} ${s}`);
  };
  /** The plans document as the server holds it now (loaded, or read from the store). */
  const plansDoc = async (): Promise<Y.Doc> => {
    const loaded = server.hocuspocus.documents.get(wireName('plans'));
    if (loaded) return loaded;
    const d = new Y.Doc();
    const state = await store.fetch(wireName('plans'));
    if (state) Y.applyUpdate(d, state);
    return d;
  };
  const server = new Server({
    name: 'panelwright-sync',
    port: o.port,
    address: o.host,
    quiet: true,
    stopOnSignals: false,
    // Stored soon after a change: a killed server loses at most this much, which clients resend.
    debounce: 300,
    maxDebounce: 2000,
    extensions: [
      new Database({
        fetch: ({ documentName }) => store.fetch(documentName),
        store: ({ documentName, state }) => store.store(documentName, state),
      }),
    ],
    onAuthenticate: ({ token, documentName, connectionConfig, requestParameters }) => {
      const doc = documentOfWireName(documentName);
      if (!doc) throw new Error('No such document.');
      // A laptop of another format would misread what this server holds (shared/sync/format.ts).
      const wrongFormat = formatRefusal(requestParameters.get(FORMAT_PARAMETER));
      if (wrongFormat) {
        log(`refused a laptop of sync format ${requestParameters.get(FORMAT_PARAMETER) ?? '1'} for ${documentName}`);
        // Hocuspocus sends an error's `reason` to the laptop, which shows it as it is.
        throw Object.assign(new Error(wrongFormat), { reason: wrongFormat });
      }
      const user = userForToken(o.users(), token);
      if (!user) {
        log(`refused an unknown token for ${documentName}`);
        throw new Error('Unknown token.');
      }
      connectionConfig.readOnly = !mayWrite(user.role, doc);
      log(`${user.name} (${user.role}) joined ${documentName}${connectionConfig.readOnly ? ' read-only' : ''}`);
      const signed: Signed = { user: user.name, role: user.role, person: personOf(user) };
      return Promise.resolve(signed);
    },
    // The laptop learns who its token stands for, so it holds back what the server would refuse.
    connected: ({ connection, context }) => {
      const c = context as Signed;
      const m: IdentityMessage = { panelwright: 'identity', role: c.role, person: c.person };
      connection.sendStateless(JSON.stringify(m));
      return Promise.resolve();
    },
    beforeHandleMessage: async ({ documentName, update, document, context, connection }) => {
      const docName = documentOfWireName(documentName);
      const c = context as Signed;
      if (docName && !connection.readOnly && checksRecords(c.role, docName)) {
        const y = updateOfMessage(update);
        if (!y) return;
        const plans = plansLookupOf(await plansDoc());
        const why = ownershipRefusal(document, docName, y, { role: c.role, personId: plans.personId(c.person) }, plans.ownersOf);
        if (why) {
          log(`refused ${c.user}'s change to ${documentName}: ${why}`);
          throw refusedChange(why);
        }
        return;
      }
      if (docName !== 'issued') return Promise.resolve();
      const y = updateOfMessage(update);
      const why = y ? issuedChangeRefusal(document, y) : null;
      if (why) {
        log(`refused a change to ${documentName}: ${why}`);
        return Promise.reject(refusedChange(why));
      }
      return Promise.resolve();
    },
    onRequest: async ({ request, response }) => {
      if (request.url !== '/health') return;
      let documents: number | null = null;
      try {
        documents = (await store.names()).length;
      } catch {
        /* the database is not answering: said below */
      }
      response.writeHead(documents === null ? 503 : 200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(documents === null ? { ok: false, error: 'The document store is not answering.' } : { ok: true, documents }));
      // Hocuspocus' way of saying "answered": reject with null.
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- Hocuspocus' onRequest contract: null means answered, not failed
      throw null;
    },
  });
  await server.listen();
  const port = server.address.port;
  log(`listening on ${o.host}:${port}, documents in ${store.where}`);
  return {
    url: `ws://${o.host}:${port}`,
    port,
    stop: async () => {
      await server.destroy();
      await store.close();
    },
  };
}
