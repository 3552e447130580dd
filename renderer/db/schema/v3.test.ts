import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/parse';
import { BACKUP_FORMAT } from '../../../shared/backup/schema';
import { FROM_FINAL_NOTE } from '../../../shared/issued/from-final';
import { snapshot } from '../backup-repo';
import { freshDb, reopen } from '../test-helpers';
import { writeWithRawSchema } from './write-raw';
import v2 from './fixtures/v2.json';

// Version 3: a paper marked Final becomes issued, with version 1 holding what its blocks froze, by
// both paths: opening an old database and restoring an old backup give the same records.
describe('papers marked Final become issued papers with version 1', () => {
  type Row = Record<string, unknown> & { id: string };
  const rows = v2.rows as unknown as Record<string, Row[]>;
  const paper: Row = { ...rows.papers![0]!, status: 'final' };
  const frozen = { title: 'Previous case studies', landscape: false, parts: [{ type: 'heading', text: 'As printed in December' }] };
  const block: Row = { ...rows.blocks![0]!, paperId: paper.id, frozen };
  const v2Rows: Record<string, Row[]> = { ...rows, papers: [paper], blocks: [block] };

  it('restoring a version-2 backup', () => {
    const { settings: _s, ...data } = v2Rows;
    const parsed = parseBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: '2017-12-08T10:00:00.000Z', app: { name: 'Panelwright', version: '0.2.0' }, data }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.snapshot.papers[0]!.status).toBe('issued');
    expect(parsed.snapshot.blocks[0]!.frozen).toBeNull();
    const [v] = parsed.snapshot.issuedVersions;
    expect(v).toMatchObject({ number: 1, paperId: paper.id, note: FROM_FINAL_NOTE, docx: null, issuedAt: paper.updatedAt });
    expect(v!.bundle.blocks[block.id]).toEqual(frozen);
    expect(v!.bundle.sections.length).toBeGreaterThan(0);
  });

  it('opening a version-2 database gives exactly the same records', async () => {
    const { settings: _s, ...data } = v2Rows;
    const parsed = parseBackup(
      JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: '2017-12-08T10:00:00.000Z', app: { name: 'Panelwright', version: '0.2.0' }, data }),
    );
    const target = freshDb('v3-final');
    await writeWithRawSchema(target.name, 2, v2.stores, v2Rows);
    const db = reopen(target);
    await db.open();
    expect(await snapshot(db)).toEqual(parsed.ok && parsed.snapshot);
  });
});
