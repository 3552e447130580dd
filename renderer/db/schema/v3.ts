// Schema version 3 ("issued versions, templates"): adds issuedVersions and templates. Papers marked
// Final become issued with a version 1 holding what their blocks froze (the same rule the backup
// migration applies: shared/issued/from-final.ts). Only Dexie calls in here.
import type { Transaction } from 'dexie';
import { migrateFinalPapers } from '../../../shared/issued/from-final';

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const papers = await tx.table('papers').toArray();
  if (!papers.some((p: { status: string }) => p.status === 'final')) {
    // Blocks of draft papers carry no frozen copy, but a hand-restored file might: clear it anyway.
    await tx
      .table('blocks')
      .toCollection()
      .modify((b: { frozen: unknown }) => {
        if (b.frozen !== null) b.frozen = null;
      });
    return;
  }
  const [sections, appendices, committees, blocks] = await Promise.all(['sections', 'appendices', 'committees', 'blocks'].map((t) => tx.table(t).toArray()));
  const migrated = migrateFinalPapers({ papers, sections: sections!, appendices: appendices!, committees: committees!, blocks: blocks! });
  await tx.table('papers').bulkPut(migrated.papers);
  await tx.table('blocks').bulkPut(migrated.blocks);
  await tx.table('issuedVersions').bulkAdd(migrated.issuedVersions);
}
