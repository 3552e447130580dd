// The backup file's schema: every field of every record and of the rich-text JSON, in zod.
// Documented field by field in docs/backup-format.md; keep the two in step. schema.types.test.ts
// fails to compile if a record type and its schema drift apart. Primitives are in schema-common.ts,
// rich text in schema-richtext.ts, each feature's records in schema-<feature>.ts, and which tables
// a backup holds in tables.ts.
import { z } from 'zod';
import { isoInstant, text } from './schema-common';
import type { SchemaOf, SnapshotTable } from './tables';
import { TABLE_NAMES, TABLES } from './tables';

export { LIMITS } from './schema-common';
export { blockSchema, inlineSchema, markSchema, richDocSchema } from './schema-richtext';

export { appendixSchema, committeeSchema, contactSchema, coverSchema, paperSchema, sectionSchema } from './schema-papers';

// ---- The data: one array per table of the registry (tables.ts) ----

type SnapshotShape = { readonly [T in SnapshotTable]: z.ZodArray<SchemaOf<T>> };
const snapshotShape = Object.fromEntries(TABLE_NAMES.map((t) => [t, z.array(TABLES[t].schema)])) as unknown as SnapshotShape;

/** Every table of the current format. Older files are first migrated up to it (migrate.ts). */
export const snapshotSchema = z.object(snapshotShape);

// ---- Envelope ----

export const BACKUP_FORMAT = 'panelwright-backup';
/** The format version this app writes, and the newest it reads. */
export const BACKUP_VERSION = 4;

const envelope = { format: z.literal(BACKUP_FORMAT), exportedAt: isoInstant, app: z.object({ name: text(100), version: text(50) }) };

/** The schema of the version this app writes (and, after migrate.ts, of every older file). */
export const backupSchema = z.object({ ...envelope, version: z.literal(BACKUP_VERSION), data: snapshotSchema });

export type Backup = z.output<typeof backupSchema>;
