import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../../shared/sample/reference-paper';
import { snapshot } from '../backup-repo';
import { freshDb, reopen } from '../test-helpers';
import { V1_STORES } from './v1';
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
    expect(await snapshot(db)).toEqual(sampleSnapshot());
    expect(await db.settings.get('userName')).toEqual({ key: 'userName', value: 'Kevin' });
    // The tables version 2 added exist and take writes.
    expect(await db.plans.count()).toBe(0);
    expect(await db.blocks.count()).toBe(0);
  });
});
