// A Word paper's draft → the records of a new paper: the paper, its sections and appendices (and a
// new committee when no live one has its name), each checked against the backup schema, so the
// app stores them in one transaction and `npm run import` writes a backup that Restore accepts.
import { appendixSchema, committeeSchema, paperSchema, sectionSchema } from '../backup/schema';
import { describeIssue } from '../backup/issues';
import { blankCover } from '../papers/factory';
import type { Appendix, Committee, Paper, Section } from '../papers/model';
import { createMeta, isLive, newId } from '../records/meta';
import type { RichDoc } from '../richtext/model';
import type { z } from 'zod';
import type { WordPaperDraft } from './index';

export interface WordPaperRecords {
  readonly paper: Paper;
  readonly sections: Section[];
  readonly appendices: Appendix[];
  /** A committee to add, when the cover names one the database does not have. */
  readonly newCommittee: Committee | null;
}

const clean = (name: string) => name.replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => clean(a).toLocaleLowerCase('en-GB') === clean(b).toLocaleLowerCase('en-GB');

/** The live committee of that name (case and spacing ignored), else null. */
export function matchCommittee(name: string, committees: readonly Committee[]): Committee | null {
  return committees.find((c) => isLive(c) && same(c.name, name)) ?? null;
}

function check<T>(schema: z.ZodType<T>, what: string, record: T): T {
  const r = schema.safeParse(record);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  throw new Error(`The Word file gave ${what} the app cannot store (${first ? describeIssue({ ...first, path: [what, ...first.path] }) : 'invalid'}).`);
}

const body = (blocks: RichDoc['content']): RichDoc => ({ type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] });

export function wordPaperRecords(draft: WordPaperDraft, stamp: { by: string; at: string }, committees: readonly Committee[]): WordPaperRecords {
  const { by, at } = stamp;
  const name = clean(draft.committeeName);
  const existing = name ? matchCommittee(name, committees) : null;
  const newCommittee = name && !existing ? check(committeeSchema, 'a committee', { ...createMeta(by, at), name }) : null;
  const paper: Paper = check(paperSchema, 'a paper', {
    ...createMeta(by, at),
    title: draft.title,
    cover: { ...blankCover(), ...draft.cover, committeeId: existing?.id ?? newCommittee?.id ?? null },
    status: 'draft',
    footnoteStyle: draft.footnoteStyle,
    contacts: draft.contacts.map((c) => ({ id: newId(), ...c })),
  });
  const sections = draft.sections.map((s, i) =>
    check<Section>(sectionSchema, `section ${i + 1}`, {
      ...createMeta(by, at),
      paperId: paper.id,
      position: i + 1,
      title: s.title,
      kind: s.kind,
      body: body(s.body),
    }),
  );
  const appendices = draft.appendices.map((a, i) =>
    check<Appendix>(appendixSchema, `appendix ${i + 1}`, { ...createMeta(by, at), paperId: paper.id, position: i + 1, title: a.title, body: body(a.body) }),
  );
  return { paper, sections, appendices, newCommittee };
}
