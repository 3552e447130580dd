import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAPER_ID, sampleSnapshot } from '../../shared/sample/reference-paper';
import { acceptFinding, unacceptFinding } from './check-repo';
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
    expect((await again.papers.get(SAMPLE_PAPER_ID))?.acceptedFindings).toMatchObject([{ key: finding.key, reason: 'The table is a layout grid', ruleId: 'table-header-row' }]);
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
