// A Word paper opened as a new paper: its records (and its committee, matched by name or created)
// written in one transaction, each validated against the backup schema on the way in.
import type { WordPaperDraft } from '../../shared/word-import/index';
import { wordPaperRecords } from '../../shared/word-import/records';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { validAppendix, validCommittee, validPaper, validSection } from './validate';

/** Stores the paper; returns its id. Nothing is written if any record is refused. */
export function createPaperFromWord(db: PanelwrightDb, draft: WordPaperDraft): Promise<string> {
  return userAction(db, [db.papers, db.sections, db.appendices, db.committees], async ({ by, at }) => {
    const committees = await db.committees.toArray();
    const r = wordPaperRecords(draft, { by, at }, committees);
    if (r.newCommittee) await db.committees.add(validCommittee(r.newCommittee));
    await db.papers.add(validPaper(r.paper));
    await db.sections.bulkAdd(r.sections.map(validSection));
    await db.appendices.bulkAdd(r.appendices.map(validAppendix));
    return r.paper.id;
  });
}
