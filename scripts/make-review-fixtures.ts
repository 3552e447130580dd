// Writes shared/review/fixtures/*.docx: the test paper's review copy with a reviewer's comments and
// tracked changes written in Word's shapes (shared/review/test-returned.ts), then opened and saved
// again by LibreOffice (soffice --headless --convert-to docx), so the tests read a file a real word
// processor wrote. Run again (npm run review-fixtures) when the test paper or the edits change.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDITS, PARAGRAPH_EDITS, returnedCopy, testReviewBundle } from '../shared/review/test-paper';

const out = join(import.meta.dirname, '../shared/review/fixtures');
const work = mkdtempSync(join(tmpdir(), 'review-fixtures-'));

function viaLibreOffice(name: string, bytes: Uint8Array): void {
  const src = join(work, 'in');
  spawnSync('mkdir', ['-p', src]);
  writeFileSync(join(src, `${name}.docx`), bytes);
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(src, `${name}.docx`)],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`soffice ended with ${r.status ?? r.signal}: ${r.stderr}`);
  copyFileSync(join(work, `${name}.docx`), join(out, `${name}.docx`));
  console.log(`wrote shared/review/fixtures/${name}.docx`);
}

const bundle = testReviewBundle();
viaLibreOffice('returned-libreoffice', await returnedCopy(bundle, EDITS));
// The same reviewer's work in a copy whose review mark was lost (recognised by its text).
viaLibreOffice('returned-libreoffice-unmarked', await returnedCopy(bundle, EDITS.slice(0, 3), { dropReviewMark: true }));
// Whole paragraphs inserted and deleted (Word's tracked paragraph marks) and a formatting change.
viaLibreOffice('returned-libreoffice-paragraphs', await returnedCopy(bundle, PARAGRAPH_EDITS));
