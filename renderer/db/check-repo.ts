// Accepting a finding of the Check with a reason, and taking the acceptance back. Kept with the paper
// (Paper.acceptedFindings), so the finding stops nagging in the panel and is listed on Issue.
import type { Finding } from '../../shared/check/model';
import { touch } from '../../shared/records/meta';
import { userAction } from './action';
import type { PanelwrightDb } from './database';
import { editablePaper } from './paper-guard';
import { valid } from './validate';

export function acceptFinding(db: PanelwrightDb, paperId: string, finding: Pick<Finding, 'key' | 'ruleId' | 'message'>, reason: string): Promise<void> {
  const why = reason.trim();
  if (!why) return Promise.reject(new Error('Say why the finding is accepted, so the next reader knows.'));
  return userAction(db, [db.papers], async ({ by, at }) => {
    const p = await editablePaper(db, paperId);
    if (!p) return;
    const rest = (p.acceptedFindings ?? []).filter((a) => a.key !== finding.key);
    const entry = { key: finding.key, ruleId: finding.ruleId, message: finding.message.slice(0, 1000), reason: why.slice(0, 2000), acceptedAt: at, acceptedBy: by };
    await db.papers.put(valid('papers', touch(p, { acceptedFindings: [...rest, entry] }, by, at)));
  });
}

export function unacceptFinding(db: PanelwrightDb, paperId: string, key: string): Promise<void> {
  return userAction(db, [db.papers], async ({ by, at }) => {
    const p = await editablePaper(db, paperId);
    if (!p?.acceptedFindings?.some((a) => a.key === key)) return;
    await db.papers.put(valid('papers', touch(p, { acceptedFindings: p.acceptedFindings.filter((a) => a.key !== key) }, by, at)));
  });
}
