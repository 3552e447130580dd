// Every record is checked against the backup schema as it is written, so the database never holds
// anything a backup of it would refuse on restore (one bad record would make the whole file useless).
import type { z } from 'zod';
import { describeIssue } from '../../shared/backup/issues';
import { appendixSchema, committeeSchema, paperSchema, sectionSchema } from '../../shared/backup/schema';
import type { Appendix, Committee, Paper, Section } from '../../shared/papers/model';
import type { PaperBlock } from '../../shared/blocks/model';
import type { DatabaseSnapshot, SnapshotTable } from '../../shared/backup/snapshot';
import { paperBlockSchema } from '../../shared/backup/schema-blocks';
import { TABLES } from '../../shared/backup/tables';

export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

function check<T>(schema: z.ZodType<T>, table: string, record: T): T {
  const r = schema.safeParse(record, { reportInput: true });
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw new InvalidRecordError(`Not saved: ${first ? describeIssue({ ...first, path: [table, ...first.path] }) : 'invalid data'}`);
}

// The parsed copy is what gets stored: exactly the format's fields, nothing an editor added.
export const validPaper = (p: Paper): Paper => check(paperSchema, 'paper', p);
export const validSection = (s: Section): Section => check(sectionSchema, 'section', s);
export const validAppendix = (a: Appendix): Appendix => check(appendixSchema, 'appendix', a);
export const validCommittee = (c: Committee): Committee => check(committeeSchema, 'committee', c);
export const validBlock = (b: PaperBlock): PaperBlock => check(paperBlockSchema, 'block', b);

/** The record as it will be stored (exactly the format's fields, from its table's schema in shared/backup/tables.ts), or InvalidRecordError with a message. */
export function valid<T extends SnapshotTable>(table: T, record: DatabaseSnapshot[T][number]): DatabaseSnapshot[T][number] {
  return check(TABLES[table].schema as unknown as z.ZodType<DatabaseSnapshot[T][number]>, table, record);
}
