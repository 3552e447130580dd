// The validator helper finds what Word would refuse (so an empty list from it means something), and
// the golden papers, the sample and one of every data block, pass it.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../export';
import { GOLDEN_PAPERS } from './golden-papers';
import { describeProblems, ooxmlProblems, VALIDATION_TIMEOUT } from './validate-ooxml';

describe('Open XML schema validation', () => {
  it(
    'reports an element Word does not allow where it stands',
    async () => {
      const zip = await JSZip.loadAsync(await exportPaperDocx(GOLDEN_PAPERS[0]!.bundle()));
      const xml = await zip.file('word/document.xml')!.async('string');
      // a table row property after the cells is out of schema order
      zip.file('word/document.xml', xml.replace('<w:tr>', '<w:tr><w:tc><w:p/></w:tc><w:trPr><w:cantSplit/></w:trPr>'));
      const problems = await ooxmlProblems(await zip.generateAsync({ type: 'uint8array' }));
      expect(problems.length).toBeGreaterThan(0);
      expect(describeProblems(problems)).toMatch(/document\.xml/);
    },
    VALIDATION_TIMEOUT,
  );

  for (const { name, bundle } of GOLDEN_PAPERS) {
    it(
      `${name} exports valid against the schemas`,
      async () => {
        const problems = await ooxmlProblems(await exportPaperDocx(bundle()));
        expect(problems, describeProblems(problems)).toEqual([]);
      },
      VALIDATION_TIMEOUT,
    );
  }
});
