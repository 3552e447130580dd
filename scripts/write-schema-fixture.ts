// Writes renderer/db/schema/fixtures/v<N>.json for the newest schema version N: the rows a database
// of that version holds (the sample, plus one record in any table the sample leaves empty) and the
// stores it was declared with. versions.test.ts opens each fixture with today's database class, so
// a fixture is written once, when its version is new, and never again (this refuses to overwrite).
// Usage: npm run schema-fixture
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BACKUP_VERSION } from '../shared/backup/schema';
import { tablesInBackupVersion, storesAt } from '../shared/backup/tables';
import { sampleSnapshot } from '../shared/sample/reference-paper';
import { CURRENT_SCHEMA_VERSION } from '../renderer/db/schema/versions';
import { fixtureFillers } from './schema-fixture-fillers';

const target = fileURLToPath(new URL(`../renderer/db/schema/fixtures/v${CURRENT_SCHEMA_VERSION}.json`, import.meta.url));
if (existsSync(target)) {
  console.error(`${target} exists: a schema fixture is written once, when its version is new. Add a schema version first.`);
  process.exit(1);
}
const sample = sampleSnapshot();
const rows: Record<string, readonly unknown[]> = {};
const empty: string[] = [];
for (const t of tablesInBackupVersion(BACKUP_VERSION)) {
  const filled = sample[t].length ? sample[t] : (fixtureFillers[t]?.(sample) ?? []);
  if (!filled.length) empty.push(t);
  rows[t] = filled;
}
if (empty.length) {
  console.error(
    `No records for ${empty.join(', ')}: add one to the sample or to scripts/schema-fixture-fillers.ts, so the fixture proves those rows survive upgrades.`,
  );
  process.exit(1);
}
rows.settings = [{ key: 'userName', value: 'Kevin' }];
const fixture = { schemaVersion: CURRENT_SCHEMA_VERSION, backupVersion: BACKUP_VERSION, stores: storesAt(CURRENT_SCHEMA_VERSION), rows };
writeFileSync(target, `${JSON.stringify(fixture)}\n`, 'utf8');
console.log(`Wrote ${target}`);
