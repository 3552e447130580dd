// Our faster prepForXml (fast-prep.ts) must write exactly the XML the library's own methods write, for
// every part of the reference papers (the sample, and one with a data block of every kind: cover sheet,
// tables, footnotes, charts, fields, a plan's status key): any difference would be a changed .docx.
import { describe, expect, it, afterEach } from 'vitest';
import type { PaperBundle } from '../papers/model';
import { exportPaperDocx } from './export';
import { useFastPrep } from './fast-prep';
import { GOLDEN_PAPERS } from './testing/golden-papers';
import { normalisedParts } from './testing/normalise';

const GENERATED_AT = new Date('2017-11-25T12:00:00.000Z');
afterEach(() => useFastPrep(true));

/** Every part, with only the ids docx draws at random made stable (as the golden tests compare). */
async function xmlWith(fast: boolean, bundle: PaperBundle): Promise<Map<string, string>> {
  useFastPrep(fast);
  return normalisedParts(await exportPaperDocx(bundle, { generatedAt: GENERATED_AT }));
}

describe('the faster prepForXml', () => {
  for (const { name, bundle } of GOLDEN_PAPERS)
    it(`writes ${name} exactly as the library's own code does`, async () => {
      const b = bundle();
      const ours = await xmlWith(true, b);
      const theirs = await xmlWith(false, b);
      expect([...ours.keys()]).toEqual([...theirs.keys()]);
      for (const [part, xml] of theirs) expect(ours.get(part), part).toBe(xml);
      expect(ours.get('word/document.xml')!.length).toBeGreaterThan(10_000);
    });
});
