// Upgrading backups written by older versions of the format, one version at a time, before the
// result is validated against the current schema. A backup written by any released version must
// always restore in a later one; so steps are only ever appended, never edited.
//
// Tables a version added need no code: a file older than a table's `backupSince` (tables.ts) simply
// gets that table empty. A version that changes the shape of existing records also registers a
// step in FIELD_MIGRATIONS (raw JSON in, raw JSON out). The whole checklist is "Where a new feature
// goes" in docs/ARCHITECTURE.md.
import { migrateFinalPapers } from '../issued/from-final';
import { TABLE_NAMES, TABLES } from './tables';

export type JsonObject = Record<string, unknown>;
export type Migration = (backup: JsonObject) => JsonObject;

/**
 * Version 3: "Final" became "issued". Each paper marked Final gets an issued version 1 holding what
 * its blocks froze, and the blocks' own frozen copy is dropped (shared/issued/from-final.ts). Records
 * that are not well-formed are left as they are, for the schema to report.
 */
function finalPapersToIssued(backup: JsonObject): JsonObject {
  const data = backup.data as JsonObject;
  const arrays = ['papers', 'sections', 'appendices', 'committees', 'blocks'] as const;
  if (!arrays.every((t) => Array.isArray(data[t]))) return backup;
  const wellFormed = arrays.every((t) => (data[t] as unknown[]).every((r) => typeof r === 'object' && r !== null && typeof (r as JsonObject).id === 'string'));
  const papersOk = (data.papers as JsonObject[]).every((p) => typeof p.cover === 'object' && p.cover !== null);
  if (!wellFormed || !papersOk) return backup;
  const migrated = migrateFinalPapers(data as unknown as Parameters<typeof migrateFinalPapers>[0]);
  return {
    ...backup,
    data: {
      ...data,
      papers: migrated.papers,
      blocks: migrated.blocks,
      issuedVersions: [...((data.issuedVersions as unknown[] | undefined) ?? []), ...migrated.issuedVersions],
    },
  };
}

/** FIELD_MIGRATIONS[n] rewrites the records of a version-n file for version n+1 (after its new tables are added). */
const FIELD_MIGRATIONS: Readonly<Partial<Record<number, Migration>>> = { 2: finalPapersToIssued };

/** Adds the tables version `to` introduced, empty, to a version-(to-1) file's data. */
function addTablesOf(to: number): Migration {
  const added = TABLE_NAMES.filter((t) => TABLES[t].backupSince === to);
  return (backup) => {
    const data = typeof backup.data === 'object' && backup.data !== null ? (backup.data as JsonObject) : {};
    const filled = { ...data };
    for (const t of added) filled[t] ??= [];
    return { ...backup, data: filled };
  };
}

/** The step from version `from` to `from + 1`: new tables, then field changes, then the new number. */
export function stepFrom(from: number): Migration {
  return (backup) => {
    const withTables = addTablesOf(from + 1)(backup);
    const fields = FIELD_MIGRATIONS[from];
    return { ...(fields ? fields(withTables) : withTables), version: from + 1 };
  };
}

/** Applies each step from `fromVersion` up to `toVersion`; an error names the missing step. */
export function migrateBackup(
  backup: JsonObject,
  fromVersion: number,
  toVersion: number,
  steps?: Readonly<Partial<Record<number, Migration>>>,
): { ok: true; backup: JsonObject } | { ok: false; error: string } {
  let current = backup;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps ? steps[v] : stepFrom(v);
    if (!step) return { ok: false, error: `This app cannot read backup format version ${fromVersion}: there is no upgrade from version ${v} to ${v + 1}.` };
    current = step(current);
  }
  return { ok: true, backup: current };
}
