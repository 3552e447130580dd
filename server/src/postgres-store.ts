// Documents kept in PostgreSQL, for an office that already runs one (backups, replication and
// monitoring as for its other databases). One table; each store is one upsert, so PostgreSQL's own
// transaction makes it whole or absent. The client is anything with pg's query(text, params):
// node-postgres' Pool in service, PGlite (PostgreSQL in WebAssembly) in the tests.
import type { DocumentStore } from './document-store';

export interface Queryable {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

const TABLE = 'panelwright_documents';

export class PostgresStore implements DocumentStore {
  private constructor(
    private readonly db: Queryable,
    readonly where: string,
    private readonly end: () => Promise<void>,
  ) {}

  static async open(db: Queryable, where: string, end: () => Promise<void> = () => Promise.resolve()): Promise<PostgresStore> {
    await db.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, data BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    return new PostgresStore(db, where, end);
  }

  async fetch(name: string): Promise<Uint8Array | null> {
    const r = await this.db.query(`SELECT data FROM ${TABLE} WHERE name = $1`, [name]);
    const data = r.rows[0]?.data;
    return data instanceof Uint8Array ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
  }

  async store(name: string, data: Uint8Array): Promise<void> {
    // A Buffer view of the same bytes: node-postgres sends Buffers as bytea.
    await this.db.query(
      `INSERT INTO ${TABLE} (name, data, updated_at) VALUES ($1, $2, now()) ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
      [name, Buffer.from(data.buffer, data.byteOffset, data.byteLength)],
    );
  }

  async names(): Promise<string[]> {
    const r = await this.db.query(`SELECT name FROM ${TABLE} ORDER BY name`);
    return r.rows.map((row) => String(row.name));
  }

  close(): Promise<void> {
    return this.end();
  }
}

/** The store for a postgres:// address, through node-postgres (loaded only when asked for). */
export async function openPostgres(url: string): Promise<PostgresStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // The address without its password, for the log.
  const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return PostgresStore.open(pool, shown, () => pool.end());
}
