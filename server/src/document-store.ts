// Where the server keeps its documents (each a whole Y state): one SQLite file, or a PostgreSQL
// database for an office that runs one. Both keep the same one table; the server sees only this.
export interface DocumentStore {
  fetch(name: string): Promise<Uint8Array | null>;
  store(name: string, data: Uint8Array): Promise<void>;
  names(): Promise<string[]>;
  close(): Promise<void>;
  /** Said in the server's start-up line: "documents in /srv/sync.sqlite". */
  readonly where: string;
}
