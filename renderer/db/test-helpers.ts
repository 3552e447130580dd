// Helpers for the database tests (imported by *.test.ts only). Each test gets its own database
// name, so tests never see each other's data; every database opened is closed and deleted after.
import { afterEach } from 'vitest';
import { openDatabase } from './database';
import type { PanelwrightDb } from './database';

const opened: PanelwrightDb[] = [];
let counter = 0;

afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((d) => d.name))) await openDatabase(name).delete();
});

export function freshDb(label = 'test'): PanelwrightDb {
  const db = openDatabase(`${label}-${++counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

/** Closes the database and opens it again by name: what survives this was really written. */
export function reopen(db: PanelwrightDb): PanelwrightDb {
  db.close();
  const again = openDatabase(db.name);
  opened.push(again);
  return again;
}

/** Lets the clock move on, so a later updatedAt is strictly later. */
export const tick = () => new Promise((r) => setTimeout(r, 3));

/** Every record of every object store (settings too), as text: equal text means nothing changed. */
export async function dumpDatabase(db: PanelwrightDb): Promise<string> {
  const out: [string, unknown[]][] = [];
  for (const t of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) out.push([t.name, await t.toArray()]);
  // Keys sorted: a restored record holds the same fields and values, but in the schema's key order.
  const canonical = (_k: string, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v;
  return JSON.stringify({ version: db.verno, tables: out }, canonical);
}

/** Text that has broken spreadsheets, XML writers and screens elsewhere: formulas, markup, bidi and control characters. */
export const HOSTILE_TEXT: readonly string[] = [
  '<script>alert(1)</script>',
  '=CMD|" /C calc"!A0',
  '+1+1',
  '@SUM(A1)',
  ']]>',
  '&amp;',
  '\u202e',
  'مرحبا',
  '👮‍♀️',
  '\u0000',
  '\u0008',
  'javascript:alert(1)',
];
