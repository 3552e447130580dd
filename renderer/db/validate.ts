// Every record is checked against the backup schema as it is written, so the database never holds
// anything a backup of it would refuse on restore (one bad record would make the whole file useless).
import type { z } from 'zod';
import { describeIssue } from '../../shared/backup/issues';
import { appendixSchema, committeeSchema, paperSchema, sectionSchema } from '../../shared/backup/schema';
import type { Appendix, Committee, Paper, Section } from '../../shared/papers/model';

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
