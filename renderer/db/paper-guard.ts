// Nothing changes a paper while it is issued: its latest issued version is the record of what the
// panel received, and the paper shows it. Every write to a paper, its sections, appendices, contacts
// and blocks goes through editablePaper inside its transaction (so the papers table must be in it);
// starting a revision (issued-repo.ts) is the only way back to a draft.
import type { Paper } from '../../shared/papers/model';
import { isLive } from '../../shared/records/meta';
import type { PanelwrightDb } from './database';

export class PaperIssuedError extends Error {
  override name = 'PaperIssuedError';
  constructor() {
    super('This paper has been issued, so it cannot be changed: the issued version stays exactly as it went out. Choose Revise to start a new draft of it.');
  }
}

/** The live paper, ready to change; throws PaperIssuedError while it is issued. Null when it is gone. */
export async function editablePaper(db: PanelwrightDb, paperId: string): Promise<Paper | null> {
  const paper = await db.papers.get(paperId);
  if (!paper || !isLive(paper)) return null;
  if (paper.status === 'issued') {
    throw new PaperIssuedError();
  }
  return paper;
}
