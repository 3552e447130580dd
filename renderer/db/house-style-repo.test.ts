import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOUSE_STYLE } from '../../shared/house-style/model';
import { addCommittee } from './committees-repo';
import { setHouseStyle } from './house-style-repo';
import { issuePaper } from './issued-repo';
import { createPaper, loadBundle, loadExportBundle, updateCover } from './papers-repo';
import { freshDb } from './test-helpers';

async function paperFor(committee: 'JASP' | 'PCP') {
  const db = freshDb();
  const jasp = await addCommittee(db, 'JASP');
  const pcp = await addCommittee(db, 'PCP');
  const paperId = await createPaper(db, { title: 'P' });
  await updateCover(db, paperId, { committeeId: committee === 'JASP' ? jasp : pcp });
  return { db, jasp, pcp, paperId };
}

describe('house styles in the database', () => {
  it('a paper prints in its committee’s settings over the organisation’s; a setting set back follows the organisation again', async () => {
    const { db, jasp, pcp, paperId } = await paperFor('JASP');
    await setHouseStyle(db, null, 'dateStyle', 'plain');
    await setHouseStyle(db, jasp, 'statusCell', 'word');
    await setHouseStyle(db, pcp, 'headingCase', 'asTyped');
    expect((await loadBundle(db, paperId))!.style).toEqual({ ...DEFAULT_HOUSE_STYLE, dateStyle: 'plain', statusCell: 'word' });
    expect((await loadExportBundle(db, paperId))!.style).toEqual({ ...DEFAULT_HOUSE_STYLE, dateStyle: 'plain', statusCell: 'word' });
    await setHouseStyle(db, jasp, 'statusCell', undefined);
    await setHouseStyle(db, null, 'dateStyle', undefined);
    // every setting back at the app's default: the bundle is as it was before house styles
    expect((await loadBundle(db, paperId))!).not.toHaveProperty('style');
    expect((await db.houseStyles.toArray()).filter((r) => r.committeeId === jasp)).toHaveLength(1);
  });

  it('an issued paper keeps the style it was issued in when the committee’s changes later', async () => {
    const { db, jasp, paperId } = await paperFor('JASP');
    await setHouseStyle(db, jasp, 'moneyStyle', 'short');
    await issuePaper(db, paperId, { note: 'n', revisedNote: null, appVersion: 'test' });
    await setHouseStyle(db, jasp, 'moneyStyle', 'thousands');
    expect((await loadBundle(db, paperId))!.style?.moneyStyle).toBe('short');
  });

  it('refuses a setting the backup format does not know and changes nothing', async () => {
    const { db, jasp } = await paperFor('JASP');
    await expect(setHouseStyle(db, jasp, 'dateStyle', 'american' as never)).rejects.toThrow();
    expect(await db.houseStyles.count()).toBe(0);
  });
});
