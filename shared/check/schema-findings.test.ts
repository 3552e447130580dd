// The desktop app validates a paper's export against the Open XML schemas apart from the other rules
// (in its main process, after the Check worker has run them): what it lists must be exactly what the
// command line lists, which runs the schema rule with the other rules on the same export.
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../docx/export';
import { bundlePaper } from '../papers/bundle';
import { sampleSnapshot, SAMPLE_PAPER_ID } from '../sample/reference-paper';
import { readDocxForCheck } from './read';
import { reportLines } from './report';
import { applyAccepted, checkPaper, committeeConfig, schemaFindings, withSchemaFindings } from './run';

const ERRORS = Array.from({ length: 12 }, (_, i) => ({
  part: '/word/document.xml',
  xpath: `/w:document[1]/w:body[1]/w:p[${i + 1}]`,
  description: `The element has unexpected child element 'w:bogus${i}'.`,
}));

describe('schema findings added after the other rules', () => {
  it('are the findings, keys and order the command line gives for the same errors', async () => {
    const bundle = bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID)!;
    const exported = await readDocxForCheck(await exportPaperDocx(bundle));
    const together = checkPaper({ bundle, exported: { ...exported, schemaErrors: ERRORS } });
    const apart = withSchemaFindings(checkPaper({ bundle, exported }), schemaFindings(ERRORS, committeeConfig(bundle.committee)));
    expect(apart).toEqual(together);
    expect(apart.filter((f) => f.ruleId === 'valid-ooxml').map((f) => f.message)).toEqual([
      ...ERRORS.slice(0, 10).map((e) => `Not valid Open XML in /word/document.xml: ${e.description}`),
      '…and 2 more schema errors',
    ]);
    expect(apart[0]).toMatchObject({ ruleId: 'valid-ooxml', severity: 'error' });
  });

  it('are none for a valid file, and none when the committee turned the rule off', () => {
    expect(schemaFindings([])).toEqual([]);
    expect(schemaFindings(ERRORS, { 'valid-ooxml': { enabled: false } })).toEqual([]);
  });

  it('are printed with their place once (the XPath is not repeated as an excerpt)', () => {
    const lines = reportLines('x.docx', applyAccepted(schemaFindings(ERRORS.slice(0, 1))));
    expect(lines).toContain(`    - Not valid Open XML in /word/document.xml: ${ERRORS[0]!.description}: /word/document.xml ${ERRORS[0]!.xpath}`);
  });
});
