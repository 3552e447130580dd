import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../../shared/sample/reference-paper';
import { snapshot } from '../backup-repo';
import { freshDb, reopen } from '../test-helpers';
import { V1_STORES } from './v1';
import { V2_STORES } from './v2';
import { SNAPSHOT_TABLES, emptySnapshot } from '../../../shared/backup/snapshot';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './versions';
import { writeWithRawSchema } from './write-raw';

// The pattern every schema version follows: write data with an older version's stores through
// plain Dexie, then open it with the current PanelwrightDb and check nothing was lost (and, from
// v2 on, that the upgrade did what it should). Keep every test here; add one per new version.

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … in order, each named', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    for (const v of SCHEMA_VERSIONS) expect(v.name).not.toBe('');
  });

  it('data written by schema version 1 opens intact with the current database class', async () => {
    const target = freshDb('schema-v1');
    const { committees, papers, sections, appendices } = sampleSnapshot();
    await writeWithRawSchema(target.name, 1, V1_STORES, { committees, papers, sections, appendices, settings: [{ key: 'userName', value: 'Kevin' }] });

    const db = reopen(target);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await snapshot(db)).toEqual({ ...emptySnapshot(), committees, papers, sections, appendices });
    expect(await db.settings.get('userName')).toEqual({ key: 'userName', value: 'Kevin' });
    // The tables version 2 added exist and take writes.
    expect(await db.plans.count()).toBe(0);
    expect(await db.blocks.count()).toBe(0);
  });

  it('data written by schema version 2, with records in every table, opens intact with the current database class', async () => {
    const target = freshDb('schema-v2');
    const base = sampleSnapshot();
    const block = { ...base.sections[0]!, paperId: base.papers[0]!.id, id: 'block-1', source: { kind: 'previousCaseStudies' as const }, frozen: null };
    const { position: _p, title: _t, kind: _k, body: _b, ...blockRecord } = block;
    const customPeriod = { ...base.committees[0]!, id: 'cp-1', label: 'April to November 2016', start: '2016-04-01', end: '2016-11-30' };
    const { name: _n, ...periodRecord } = customPeriod;
    // The sample has no data block or custom period; one of each, so every table holds data.
    const sample = { ...base, blocks: [blockRecord], customPeriods: base.customPeriods.length ? base.customPeriods : [periodRecord] };
    for (const t of SNAPSHOT_TABLES) expect(sample[t].length, `sample has no ${t}`).toBeGreaterThan(0);
    await writeWithRawSchema(target.name, 2, V2_STORES, { ...sample, settings: [{ key: 'userName', value: 'Kevin' }] });
    const db = reopen(target);
    await db.open();
    expect(await snapshot(db)).toEqual(sample);
  });
});
