// Test support: writes rows into a database using an OLD version's stores through plain Dexie,
// as that version of the app would have left it on a user's disk.
import { Dexie } from 'dexie';

export async function writeWithRawSchema(
  name: string,
  version: number,
  stores: Readonly<Record<string, string | null>>,
  rows: Readonly<Record<string, readonly unknown[]>>,
): Promise<void> {
  const raw = new Dexie(name);
  raw.version(version).stores(stores);
  await raw.transaction(
    'rw',
    Object.keys(rows).map((t) => raw.table(t)),
    async () => {
      for (const [table, records] of Object.entries(rows)) await raw.table(table).bulkAdd([...records]);
    },
  );
  raw.close();
}
