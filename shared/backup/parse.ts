// Reading and writing backup files. parseBackup never throws: every problem becomes a sentence a
// user can act on, naming where in the file it is. Nothing is returned unless the whole file is valid.
import { capped, describeIssue, describeValue } from './issues';
import { migrateBackup } from './migrate';
import type { JsonObject } from './migrate';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from './schema';
import type { DatabaseSnapshot } from './snapshot';
import { SNAPSHOT_TABLES } from './snapshot';
import { TABLES } from './tables';

/** `exportedAt` and `appVersion` say when and by which version of the app the file was written. */
export type BackupParseResult =
  { ok: true; snapshot: DatabaseSnapshot; version: number; exportedAt: string; appVersion: string } | { ok: false; errors: string[] };

/** Larger than any real database of papers; refuses a wrong or hostile file before parsing it. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;
/** Real backups nest about 20 deep (lists in lists); far deeper is damage or an attack on the stack. */
const MAX_DEPTH = 200;

const fail = (...errors: string[]): BackupParseResult => ({ ok: false, errors });

/**
 * Recursion is safe here: it stops at MAX_DEPTH frames. (An explicit stack of [value, depth] pairs
 * allocated one pair per value of the file, which in a 6 MB backup was most of this check's time.)
 */
function tooDeep(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return true;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const child of value) if (tooDeep(child, depth + 1)) return true;
  } else {
    for (const key in value) if (tooDeep((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/**
 * A file that is plainly something else, named in a sentence (a Word document is a zip: it starts "PK"),
 * before the JSON parser would answer with its own text ("Unexpected token 'P'").
 */
export function notABackupKind(text: string): string | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  const choose = 'Choose a backup file (.json) written by "Back up now" or kept under Automatic backups.';
  if (start.startsWith('PK')) return `This is a Word document, spreadsheet or other zip file, not a Panelwright backup. ${choose}`;
  if (start.startsWith('%PDF')) return `This is a PDF, not a Panelwright backup. ${choose}`;
  if (/^<(\?xml|!doctype|html)/i.test(start)) return `This is a web page or XML file, not a Panelwright backup. ${choose}`;
  if (start.length && start[0] !== '{' && start[0] !== '[')
    return `This file is not a Panelwright backup (a backup is a text file starting with “{”). ${choose}`;
  return null;
}

function readJson(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  const kind = notABackupKind(text);
  if (kind) return { ok: false, error: kind };
  try {
    return { ok: true, json: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    // V8 says "Unexpected end of JSON input" or "Unterminated string" when the text stops mid-way.
    // Or it stops at the very end of the text: "Expected double-quoted property name … at position N".
    const at = /at position (\d+)/.exec(detail);
    const failsAtEnd = at !== null && Number(at[1]) >= text.trimEnd().length;
    if ((failsAtEnd || /end of (JSON )?input|unterminated|unexpected end/i.test(detail)) && /^\s*[{[]/.test(text)) {
      return {
        ok: false,
        error: 'The file ends too early: it looks cut short (an interrupted copy or download?). Try the backup again from where it was saved.',
      };
    }
    return { ok: false, error: `The file is not valid JSON, so it is not a Panelwright backup (${detail}).` };
  }
}

/** Ids must be unique per table, and every reference (tables.ts `references`) must point at a record in the file. */
function checkReferences(s: DatabaseSnapshot): string[] {
  const errors: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const table of SNAPSHOT_TABLES) {
    const seen = new Map<string, number>();
    s[table].forEach((r, i) => {
      const first = seen.get(r.id);
      if (first !== undefined) errors.push(`${table}[${i}].id: the id ${r.id} is already used by ${table}[${first}]`);
      else seen.set(r.id, i);
    });
    ids.set(table, new Set(seen.keys()));
  }
  for (const table of SNAPSHOT_TABLES) {
    const def = TABLES[table] as { references?: Readonly<Record<string, string>>; referencesSkip?: (r: never) => boolean };
    const refs = def.references;
    if (!refs) continue;
    (s[table] as unknown as readonly Record<string, unknown>[]).forEach((r, i) => {
      if (def.referencesSkip?.(r as never)) return;
      for (const [field, target] of Object.entries(refs)) {
        const v = r[field];
        if (typeof v === 'string' && !ids.get(target)?.has(v)) errors.push(`${table}[${i}].${field}: no ${singular(target)} with id ${v} in this file`);
      }
    });
  }
  const committees = ids.get('committees') ?? new Set<string>();
  s.papers.forEach((p, i) => {
    if (p.cover.committeeId !== null && !committees.has(p.cover.committeeId))
      errors.push(`papers[${i}].cover.committeeId: no committee with id ${p.cover.committeeId} in this file`);
    const contactIds = new Set<string>();
    p.contacts.forEach((c, j) => {
      if (contactIds.has(c.id)) errors.push(`papers[${i}].contacts[${j}].id: the id ${c.id} is used twice in this paper`);
      contactIds.add(c.id);
    });
  });
  return errors;
}

/** "papers" → "paper", "appendices" → "appendix", "people" → "person", for messages. */
const singular = (table: string): string =>
  table === 'people'
    ? 'person'
    : table.endsWith('ices')
      ? `${table.slice(0, -4)}ix`
      : table.endsWith('ies')
        ? `${table.slice(0, -3)}y`
        : table.replace(/s$/, '');

function parseObject(json: unknown): BackupParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as JsonObject).format !== BACKUP_FORMAT) {
    return fail('This is not a Panelwright backup file (it has no "format": "panelwright-backup").');
  }
  const version = (json as JsonObject).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`version: expected a whole number like ${BACKUP_VERSION}, found ${version === undefined ? 'nothing' : describeValue(version)}.`);
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `This backup was made by a newer version of Panelwright (backup format version ${version}); this app reads up to version ${BACKUP_VERSION}. Update Panelwright, then restore it again.`,
    );
  }
  if (tooDeep(json)) return fail(`The file is nested more than ${MAX_DEPTH} levels deep, which no Panelwright backup is.`);
  const migrated = migrateBackup(json as JsonObject, version, BACKUP_VERSION);
  if (!migrated.ok) return fail(migrated.error);
  const result = backupSchema.safeParse(migrated.backup, { reportInput: true });
  if (!result.success) return fail(...capped(result.error.issues.map(describeIssue)));
  const snapshot: DatabaseSnapshot = result.data.data;
  const refErrors = checkReferences(snapshot);
  if (refErrors.length) return fail(...capped(refErrors));
  return { ok: true, snapshot, version, exportedAt: result.data.exportedAt, appVersion: result.data.app.version };
}

/** Reads a backup file's text. Never throws; `version` is the format version the file was written in. */
export function parseBackup(text: string): BackupParseResult {
  try {
    if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
    if (text.length > MAX_BACKUP_CHARS) return fail(`The file is too large to be a Panelwright backup (over ${MAX_BACKUP_CHARS / 1024 / 1024} MB).`);
    const read = readJson(text);
    return read.ok ? parseObject(read.json) : fail(read.error);
  } catch (e) {
    // Nothing above should throw; if something does, the user still gets a message, not a crash.
    return fail(`The file could not be read as a Panelwright backup (${e instanceof Error ? e.message : String(e)}).`);
  }
}

/** Pretty JSON with tables (and the envelope) in a fixed order, so the same data always gives the same text. */
export function serializeBackup(snapshot: DatabaseSnapshot, info: { appVersion: string; exportedAt: string }): string {
  const data = Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, snapshot[t]]));
  const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: info.exportedAt, app: { name: 'Panelwright', version: info.appVersion }, data };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
