// Documents kept in one SQLite file, through sql.js (SQLite compiled to WebAssembly: no native
// module to build on the office's VM). The database lives in memory and is written to disk after
// every store, atomically (a temporary file, fsync, rename), so a killed server leaves the last
// stored state or the one before, never a torn file. Clients resend anything the server lost.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';
import type { DocumentStore } from './document-store';

export class SqliteStore implements DocumentStore {
  private constructor(
    private readonly db: Database,
    readonly path: string,
  ) {}

  static async open(path: string): Promise<SqliteStore> {
    const SQL = await initSqlJs();
    const db = existsSync(path) ? new SQL.Database(readFileSync(path)) : new SQL.Database();
    db.run('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL, updated_at TEXT NOT NULL)');
    return new SqliteStore(db, path);
  }

  get where(): string {
    return this.path;
  }

  fetch(name: string): Promise<Uint8Array | null> {
    return Promise.resolve(this.fetchNow(name));
  }

  private fetchNow(name: string): Uint8Array | null {
    const st = this.db.prepare('SELECT data FROM documents WHERE name = ?');
    try {
      st.bind([name]);
      return st.step() ? (st.get()[0] as Uint8Array) : null;
    } finally {
      st.free();
    }
  }

  store(name: string, data: Uint8Array): Promise<void> {
    this.db.run(
      'INSERT INTO documents (name, data, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at',
      [name, data, new Date().toISOString()],
    );
    this.flush();
    return Promise.resolve();
  }

  names(): Promise<string[]> {
    const r = this.db.exec('SELECT name FROM documents ORDER BY name');
    return Promise.resolve((r[0]?.values ?? []).map((v) => String(v[0])));
  }

  private flush() {
    const bytes = this.db.export();
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}
