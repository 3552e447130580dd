// Reference Word output: the sample paper, and the sample paper with a data block of every kind, must
// export exactly as the files in testing/golden/ say (ids and timestamps aside). A change to the
// output is made on purpose: run `UPDATE_GOLDEN=1 npx vitest run shared/docx/golden.test.ts` and the
// diff of testing/golden/ shows what changed, for review with the change.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from './export';
import { GOLDEN_PAPERS } from './testing/golden-papers';
import { normalisedParts } from './testing/normalise';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'testing', 'golden');
const GENERATED_AT = new Date('2017-11-25T12:00:00.000Z');
const fileOf = (paper: string, part: string) => join(ROOT, paper, `${part.replace(/[[\]]/g, '_')}.txt`);

function storedParts(paper: string): Map<string, string> {
  const dir = join(ROOT, paper);
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const manifest = JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8')) as string[];
  for (const part of manifest) out.set(part, readFileSync(fileOf(paper, part), 'utf8'));
  return out;
}

describe('golden Word output', () => {
  for (const { name, bundle } of GOLDEN_PAPERS) {
    it(`${name}: every part of the .docx is as the reference files say`, async () => {
      const parts = await normalisedParts(await exportPaperDocx(bundle(), { generatedAt: GENERATED_AT }));
      if (process.env.UPDATE_GOLDEN) {
        rmSync(join(ROOT, name), { recursive: true, force: true });
        for (const [part, text] of parts) {
          mkdirSync(dirname(fileOf(name, part)), { recursive: true });
          writeFileSync(fileOf(name, part), text);
        }
        writeFileSync(join(ROOT, name, 'parts.json'), `${JSON.stringify([...parts.keys()], null, 1)}\n`);
      }
      const stored = storedParts(name);
      expect([...parts.keys()], `parts of ${name} (UPDATE_GOLDEN=1 rewrites the reference)`).toEqual([...stored.keys()]);
      for (const [part, text] of parts) expect(text, `${name}: ${part}`).toBe(stored.get(part));
    });
  }
  it('keeps no reference files of papers that are no longer golden', () => {
    const dirs = existsSync(ROOT) ? readdirSync(ROOT) : [];
    expect(dirs.sort()).toEqual(GOLDEN_PAPERS.map((p) => p.name).sort());
  });
});
