import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAPER_ID, sampleSnapshot } from '../../shared/sample/reference-paper';
import { applyAccepted, checkPaper } from '../../shared/check/run';
import { clearanceFacts, overrideAcceptances } from '../../shared/check/rules/clearance';
import { sectionTitled, testReviewBundle } from '../../shared/review/test-paper';
import { acceptFinding, loadCheckInput, unacceptFinding } from './check-repo';
import { requireClearance } from './clearance-repo';
import { issuePaper } from './issued-repo';
import { setUserName } from './settings-repo';
import type { PanelwrightDb } from './database';
import { dumpDatabase, freshDb, reopen } from './test-helpers';

async function loadSample(db: PanelwrightDb): Promise<void> {
  const sample = sampleSnapshot();
  await db.transaction('rw', db.tables, async () => {
    for (const [t, rows] of Object.entries(sample)) if (rows.length) await db.table(t).bulkAdd(rows as unknown[]);
  });
}

const finding = { key: 'table-header-row|s1|area', ruleId: 'table-header-row', message: 'A table has no header row' };

describe('accepting a finding of the Check', () => {
  it('keeps the reason with the paper across a restart, and can be taken back', async () => {
    const db = freshDb();
    await loadSample(db);
    await acceptFinding(db, SAMPLE_PAPER_ID, finding, '  The table is a layout grid ');
    const again = reopen(db);
    expect((await again.papers.get(SAMPLE_PAPER_ID))?.acceptedFindings).toMatchObject([
      { key: finding.key, reason: 'The table is a layout grid', ruleId: 'table-header-row' },
    ]);
    await acceptFinding(again, SAMPLE_PAPER_ID, finding, 'Layout only');
    expect((await again.papers.get(SAMPLE_PAPER_ID))?.acceptedFindings?.map((a) => a.reason)).toEqual(['Layout only']);
    await unacceptFinding(again, SAMPLE_PAPER_ID, finding.key);
    expect((await again.papers.get(SAMPLE_PAPER_ID))?.acceptedFindings).toEqual([]);
  });

  it('refuses an empty reason and changes nothing', async () => {
    const db = freshDb();
    await loadSample(db);
    const before = await dumpDatabase(db);
    await expect(acceptFinding(db, SAMPLE_PAPER_ID, finding, '   ')).rejects.toThrow(/why/);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('refuses while the paper is issued', async () => {
    const db = freshDb();
    await loadSample(db);
    await db.papers.update(SAMPLE_PAPER_ID, { status: 'issued' });
    await expect(acceptFinding(db, SAMPLE_PAPER_ID, finding, 'Layout')).rejects.toThrow(/issued/);
  });
});

describe('the clearance rule, the Check and Issue on one database', () => {
  async function withClearance() {
    const db = freshDb('check-clearance');
    await setUserName(db, 'Test Author');
    const bundle = testReviewBundle();
    await db.papers.add(bundle.paper);
    await db.sections.bulkAdd([...bundle.sections]);
    const fin = sectionTitled(bundle, 'Financial');
    await requireClearance(db, bundle.paper.id, fin.id, 'finance', { id: null, name: 'Marcus Ellingham' });
    return { db, paperId: bundle.paper.id, fin };
  }
  const clearanceFindings = async (db: PanelwrightDb, paperId: string) => {
    const input = (await loadCheckInput(db, paperId))!;
    const findings = checkPaper({ bundle: input.bundle, clearance: await clearanceFacts(input.clearances, input.bundle.sections) });
    return { input, findings: findings.filter((f) => f.ruleId === 'clearance-required') };
  };

  it('an acceptance in the Check lets Issue go without a second reason, and the version keeps it', async () => {
    const { db, paperId } = await withClearance();
    const { findings } = await clearanceFindings(db, paperId);
    expect(findings.map((f) => f.message)).toEqual(['Required clearance missing — Finance: not asked (Marcus Ellingham)']);
    await expect(issuePaper(db, paperId, { note: '', revisedNote: null, appVersion: 'test' })).rejects.toThrow('A required clearance is missing');
    await acceptFinding(db, paperId, findings[0]!, 'CFO cleared the figures at the budget board');
    const version = await issuePaper(db, paperId, { note: '', revisedNote: null, appVersion: 'test' });
    expect(version.clearances?.overrideReason).toMatch(/Finance: not asked \(Marcus Ellingham\): CFO cleared the figures at the budget board$/);
  });

  it('a reason given on Issue counts as accepting in the issued paper’s Check', async () => {
    const { db, paperId } = await withClearance();
    await issuePaper(db, paperId, { note: '', revisedNote: null, appVersion: 'test', overrideReason: 'CFO on leave; deputy agreed by phone' });
    const { input, findings } = await clearanceFindings(db, paperId);
    expect(input.issuedOverride?.reason).toBe('CFO on leave; deputy agreed by phone');
    const o = input.issuedOverride!;
    const sorted = applyAccepted(findings, overrideAcceptances(findings, o.reason, o.at, o.by));
    expect(sorted.open).toEqual([]);
    expect(sorted.accepted.map((f) => f.reason)).toEqual(['issued without it: CFO on leave; deputy agreed by phone']);
  });
});
