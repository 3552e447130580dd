import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../shared/library/model';
import { createMeta } from '../../shared/records/meta';
import { dataBlockIds } from '../../shared/richtext/model';
import { createBlock, insertBlockAsAppendix, updateBlockSource } from './blocks-repo';
import { getVersion, issuePaper, revisePaper } from './issued-repo';
import { PaperIssuedError } from './paper-guard';
import type { PanelwrightDb } from './database';
import { createPaper, deletePaper, duplicatePaper, loadBundle, loadExportBundle, restorePaper } from './papers-repo';
import { freshDb } from './test-helpers';
import { valid } from './validate';

const AT = '2017-11-20T09:00:00.000Z';

async function budgetTable(db: PanelwrightDb, title: string): Promise<string> {
  const table: DataTable = {
    ...createMeta('t', AT),
    title,
    template: 'custom',
    moneyUnit: 'pounds',
    columns: [
      { id: 'name', label: 'Entity', type: 'text', difference: null, total: false },
      { id: 'budget', label: 'Budget', type: 'money', difference: null, total: true },
    ],
    rows: [{ id: 'r1', group: '', cells: { name: 'Force', budget: 1000 } }],
    showTotals: true,
  };
  await db.dataTables.add(valid('dataTables', table));
  return table.id;
}
const printed = async (db: PanelwrightDb, paperId: string) => JSON.stringify((await loadExportBundle(db, paperId))!.blocks);

describe('data blocks in papers', () => {
  it('insert as an appendix: the appendix body holds the block, and the export bundle resolves it', async () => {
    const db = freshDb();
    const paperId = await createPaper(db, { title: 'Update' });
    const tableId = await budgetTable(db, 'Budget 2017/18');
    const appendixId = await insertBlockAsAppendix(db, paperId, { kind: 'dataTable', dataTableId: tableId }, 'Budget');
    const bundle = (await loadBundle(db, paperId))!;
    const appendix = bundle.appendices.find((a) => a.id === appendixId)!;
    expect(appendix.title).toBe('Budget');
    const [blockId] = dataBlockIds(appendix.body);
    expect(blockId).toBeDefined();
    expect(bundle.blocks).toEqual({}); // the editor's bundle does not resolve blocks
    const exported = (await loadExportBundle(db, paperId))!;
    expect(Object.keys(exported.blocks)).toEqual([blockId]);
  });

  it('issuing freezes what its blocks show: later changes to the data do not alter the issued paper; a revision is live again while version 1 keeps its figures', async () => {
    const db = freshDb();
    const paperId = await createPaper(db, { title: 'Update' });
    const tableId = await budgetTable(db, 'Budget 2017/18');
    await insertBlockAsAppendix(db, paperId, { kind: 'dataTable', dataTableId: tableId }, 'Budget');
    expect(await printed(db, paperId)).toContain('Budget 2017/18');

    await issuePaper(db, paperId, { note: '', revisedNote: null, appVersion: 'test' });
    await db.dataTables.update(tableId, { title: 'Renamed after circulation' });
    expect(await printed(db, paperId)).toContain('Budget 2017/18');
    expect(await printed(db, paperId)).not.toContain('Renamed after circulation');

    await revisePaper(db, paperId);
    expect(await printed(db, paperId)).toContain('Renamed after circulation');
    expect(JSON.stringify((await getVersion(db, paperId, 1))!.bundle.blocks)).toContain('Budget 2017/18');
  });

  it('an issued paper takes no new blocks and no changes to its blocks', async () => {
    const db = freshDb();
    const paperId = await createPaper(db, { title: 'Update' });
    const blockId = await createBlock(db, paperId, { kind: 'previousCaseStudies' });
    await issuePaper(db, paperId, { note: '', revisedNote: null, appVersion: 'test' });
    await expect(createBlock(db, paperId, { kind: 'previousCaseStudies' })).rejects.toThrow(PaperIssuedError);
    await expect(updateBlockSource(db, blockId, { kind: 'previousCaseStudies' })).rejects.toThrow(PaperIssuedError);
  });

  it('duplicating a paper copies its blocks (new ids, live), and deleting and restoring a paper takes its blocks along', async () => {
    const db = freshDb();
    const paperId = await createPaper(db, { title: 'Update' });
    const tableId = await budgetTable(db, 'Budget 2017/18');
    await insertBlockAsAppendix(db, paperId, { kind: 'dataTable', dataTableId: tableId }, 'Budget');
    const copyId = await duplicatePaper(db, paperId);
    const copy = (await loadBundle(db, copyId))!;
    const [copiedBlockId] = dataBlockIds(copy.appendices[0]!.body);
    const original = (await db.blocks.where('paperId').equals(paperId).toArray())[0]!;
    expect(copiedBlockId).toBeDefined();
    expect(copiedBlockId).not.toBe(original.id);
    expect((await db.blocks.get(copiedBlockId!))!).toMatchObject({ paperId: copyId, frozen: null, source: original.source });

    await deletePaper(db, copyId);
    expect((await db.blocks.get(copiedBlockId!))!.deletedAt).not.toBeNull();
    await restorePaper(db, copyId);
    expect((await db.blocks.get(copiedBlockId!))!.deletedAt).toBeNull();
  });
});
