// Upgrading backups written by older versions of the format, one version at a time, before the
// result is validated against the current schema. A backup written by any released version must
// always restore in a later one; so steps are only ever appended, never edited.
//
// To add format version 2:
//   1. export the v2 schema from schema.ts and set BACKUP_VERSION = 2;
//   2. write `function migrateV1toV2(backup: JsonObject): JsonObject` here (raw JSON in, raw JSON
//      out, setting `version: 2`) and register it as MIGRATIONS[1];
//   3. keep a v1 file as a test fixture and test that it parses as v2;
//   4. describe the change under "Versions" in docs/backup-format.md.

export type JsonObject = Record<string, unknown>;
type Migration = (backup: JsonObject) => JsonObject;

const V2_NEW_TABLES = ['blocks', 'people', 'plans', 'themes', 'deliverables', 'updates', 'customPeriods', 'measures', 'measureValues', 'caseStudies', 'forwardPlans', 'forwardPlanItems', 'dataTables', 'ambitions'];

/** Version 2 added tables (plans, measures, library, data blocks); a version-1 file simply has none of them. */
export function migrateV1toV2(backup: JsonObject): JsonObject {
  const data = typeof backup.data === 'object' && backup.data !== null ? (backup.data as JsonObject) : {};
  return { ...backup, version: 2, data: { ...data, ...Object.fromEntries(V2_NEW_TABLES.map((t) => [t, []])) } };
}

/** MIGRATIONS[n] turns a version-n backup into a version-(n+1) one. */
export const MIGRATIONS: Readonly<Partial<Record<number, Migration>>> = { 1: migrateV1toV2 };

/** Applies each step from `fromVersion` up to `toVersion`; an error names the missing step. */
export function migrateBackup(backup: JsonObject, fromVersion: number, toVersion: number, steps = MIGRATIONS): { ok: true; backup: JsonObject } | { ok: false; error: string } {
  let current = backup;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps[v];
    if (!step) return { ok: false, error: `This app cannot read backup format version ${fromVersion}: there is no upgrade from version ${v} to ${v + 1}.` };
    current = step(current);
  }
  return { ok: true, backup: current };
}
