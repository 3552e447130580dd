// Accepting a finding of the Check with a reason, and taking the acceptance back. Kept with the paper
// (Paper.acceptedFindings), so the finding stops nagging in the panel and is listed on Issue.
import type { Clearance } from '../../shared/clearance/model';
import type { Finding } from '../../shared/check/model';
import { latestVersion } from '../../shared/issued/versions';
import type { PaperBundle } from '../../shared/papers/model';
import { listClearances } from './clearance-repo';
import { loadExportBundle } from './papers-repo';
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
    const entry = {
      key: finding.key,
      ruleId: finding.ruleId,
      message: finding.message.slice(0, 1000),
      reason: why.slice(0, 2000),
      acceptedAt: at,
      acceptedBy: by,
    };
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

/** What the Check reads for a paper besides the paper itself (the clearance rule's records, an issued version's reason). */
export interface CheckInput {
  readonly bundle: PaperBundle;
  readonly clearances: readonly Clearance[];
  /** For an issued paper: the reason its latest version went out without a clearance, which counts as accepting. */
  readonly issuedOverride: { readonly reason: string; readonly at: string; readonly by: string } | null;
}

/** The paper as the export prints it, its live clearances, and (issued) its latest version's override reason. */
export async function loadCheckInput(db: PanelwrightDb, paperId: string): Promise<CheckInput | null> {
  const bundle = await loadExportBundle(db, paperId);
  if (!bundle) return null;
  const clearances = await listClearances(db, paperId);
  const latest =
    bundle.paper.status === 'issued'
      ? latestVersion({ issuedVersions: await db.issuedVersions.where('paperId').equals(paperId).toArray() }, paperId)
      : undefined;
  const reason = latest?.clearances?.overrideReason;
  return { bundle, clearances, issuedOverride: latest && reason ? { reason, at: latest.issuedAt, by: latest.issuedBy } : null };
}
