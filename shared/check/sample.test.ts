// The sample paper's findings, as the command line prints them, kept in a file an author can read
// (__snapshots__/sample-findings.txt): a change to a rule or to the sample shows up there in words.
// The sample is a real published paper; it has no Errors, and its Warnings and Tips are true of it.
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../docx/export';
import { bundlePaper } from '../papers/bundle';
import { SAMPLE_PAPER_ID, sampleSnapshot } from '../sample/reference-paper';
import { readDocxForCheck } from './read';
import { reportLines } from './report';
import { applyAccepted, checkDocx, checkPaper, countBy } from './run';

async function sampleFindings() {
  const bundle = bundlePaper(sampleSnapshot(), SAMPLE_PAPER_ID)!;
  const exported = await readDocxForCheck(await exportPaperDocx(bundle));
  return { bundle, exported, findings: checkPaper({ bundle, exported }) };
}

describe('the sample paper', () => {
  it('has no Errors, and its findings read as listed in the snapshot', async () => {
    const { bundle, findings } = await sampleFindings();
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const text = reportLines(`“${bundle.paper.title}”`, applyAccepted(findings)).join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot('__snapshots__/sample-findings.txt');
  });

  it('gets the same findings, rule by rule, from its exported Word file as from the paper', async () => {
    const { exported, findings } = await sampleFindings();
    const fromWord = checkDocx(exported);
    const perRule = (fs: typeof findings) =>
      Object.fromEntries(
        [...new Set(fs.map((f) => f.ruleId))].sort().map((id) => [
          id,
          fs
            .filter((f) => f.ruleId === id)
            .map((f) => f.message)
            .sort(),
        ]),
      );
    // The page estimate may differ by a page between the two readings; the rest is word for word.
    const strip = (o: Record<string, string[]>) => ({ ...o, 'contents-list': (o['contents-list'] ?? []).map(() => 'contents') });
    expect(strip(perRule(fromWord))).toEqual(strip(perRule(findings)));
    expect(countBy(fromWord)).toEqual(countBy(findings));
  });
});
