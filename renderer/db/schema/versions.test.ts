import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
import { createPaper } from '../../../shared/papers/factory';
import { createMeta } from '../../../shared/records/meta';
import { doc, para } from '../../../shared/richtext/build';
import { openDatabase } from '../database';
import { V1_STORES } from './v1';

// The pattern every schema version follows: write data with the previous version's raw schema,
// then open it with the current PanelwrightDb and check nothing was lost. With v2, add a test that
// writes with V1_STORES and checks the v2 upgrade; keep this one.
it('data written by schema version 1 opens intact with the current database class', async () => {
  const name = `test-v1-${Date.now()}`;
  const raw = new Dexie(name);
  raw.version(1).stores(V1_STORES);
  const committee = { ...createMeta('v1', '2017-11-20T09:00:00.000Z'), name: 'Police and Crime Panel' };
  const { paper, sections } = createPaper('v1', { title: 'Written by v1', cover: { committeeId: committee.id } });
  const withText = sections.map((s, i) => (i === 0 ? { ...s, body: doc(para('Kept across versions.')) } : s));
  const appendix = { ...createMeta('v1'), paperId: paper.id, position: 1, title: 'A', body: doc(para('Appendix text')) };
  await raw.table('committees').add(committee);
  await raw.table('papers').add(paper);
  await raw.table('sections').bulkAdd(withText);
  await raw.table('appendices').add(appendix);
  await raw.table('settings').put({ key: 'userName', value: 'Kevin' });
  raw.close();

  const db = openDatabase(name);
  expect(await db.committees.toArray()).toEqual([committee]);
  expect(await db.papers.toArray()).toEqual([paper]);
  expect((await db.sections.toArray()).sort((a, b) => a.position - b.position)).toEqual(withText);
  expect(await db.appendices.toArray()).toEqual([appendix]);
  expect(await db.settings.get('userName')).toEqual({ key: 'userName', value: 'Kevin' });
  db.close();
  await db.delete();
});
