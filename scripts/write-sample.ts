// Writes assets/sample-backup.json from shared/sample (npm run sample). A test fails if the
// committed file and this output differ, so run this after changing the sample.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sampleBackupText } from '../shared/sample/reference-paper';

const target = fileURLToPath(new URL('../assets/sample-backup.json', import.meta.url));
writeFileSync(target, sampleBackupText(), 'utf8');
console.log(`Wrote ${target}`);
