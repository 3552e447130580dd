// The clearance rule says what Issue says (shared/clearance's blockers), points at the section's
// heading, names the role and person in its fix, and a reason given on Issue or in the Check counts
// for the other.
import { describe, expect, it } from 'vitest';
import { issueBlockers } from '../clearance/rules';
import { para } from '../richtext/build';
import { applyAccepted, checkPaper } from './run';
import { clearanceFacts, clearanceFindingKey, overrideAcceptances, splitAcceptedBlockers } from './rules/clearance';
import type { ClearanceSpec } from './test-fixtures';
import { clearanceRecords, paperBundle } from './test-fixtures';

const bundle = paperBundle({
  sections: [
    { title: 'Purpose of the Report', body: [para('This report updates the panel.')] },
    { title: 'Financial Implications and Budget Provision', body: [para('The cost of £40,000 is met from the reserve.')] },
    { title: 'Legal Considerations', body: [para('None.')] },
  ],
});

async function run(specs: ClearanceSpec[]) {
  const records = await clearanceRecords(bundle, specs);
  const clearance = await clearanceFacts(records, bundle.sections);
  const findings = checkPaper({ bundle, clearance }).filter((f) => f.ruleId === 'clearance-required');
  return { records, clearance, findings, blockers: issueBlockers(records, bundle.sections, clearance.hashes) };
}

describe('required clearance missing', () => {
  it('is an Error at the section heading, in Issue’s words, with a fix naming the role and person', async () => {
    const { findings, blockers } = await run([
      { role: 'finance', state: 'not-asked', section: 2 },
      { role: 'legal', state: 'changed', section: 3, personName: 'Sandra Okafor' },
    ]);
    expect(findings.map((f) => [f.severity, f.message, f.location.label, f.location.heading])).toEqual([
      ['error', 'Required clearance missing — Finance: not asked (Jane Smith)', 'section 2 (Financial Implications and…)', true],
      ['error', 'Required clearance out of date — Legal: changed since cleared by Sandra Okafor on 27 Nov 2017', 'section 3 (Legal Considerations)', true],
    ]);
    expect(findings[0]!.fix).toBe(
      'Send section 2 to Jane Smith (Finance — Chief Finance Officer (S151 officer)) for clearance (Review & clearance › Send for review), then record the clearance when it comes back.',
    );
    expect(findings[1]!.fix).toMatch(/^Section 3 changed after Sandra Okafor cleared it: ask Sandra Okafor \(Legal — Monitoring Officer\)/);
    // Issue's list, one for one.
    expect(blockers.map((b) => b.message.split(' — ')[1])).toEqual(findings.map((f) => f.message.split(' — ')[1]));
    expect(findings.map((f) => f.key)).toEqual(blockers.map((b) => clearanceFindingKey(b.clearance)));
    expect(findings.every((f) => f.location.targetId === bundle.sections[findings.indexOf(f) + 1]!.id)).toBe(true);
  });

  it('keeps its key while the clearance moves from not asked to asked, so an acceptance holds', async () => {
    const before = (await run([{ role: 'finance', state: 'not-asked', section: 2 }])).findings[0]!;
    const after = (await run([{ role: 'finance', state: 'asked', section: 2 }])).findings[0]!;
    expect(after.message).not.toBe(before.message);
    expect(after.key).toBe(before.key);
  });

  it('has nothing to say without the paper’s clearances (a Word file) or once cleared', async () => {
    expect(checkPaper({ bundle }).filter((f) => f.ruleId === 'clearance-required')).toEqual([]);
    expect((await run([{ role: 'finance', state: 'cleared', section: 2 }])).findings).toEqual([]);
  });

  it('counts a reason given on Issue as accepting, and a finding accepted in the Check as a reason on Issue', async () => {
    const { findings, blockers } = await run([
      { role: 'finance', state: 'not-asked', section: 2 },
      { role: 'legal', state: 'asked', section: 3 },
    ]);
    const overridden = applyAccepted(findings, overrideAcceptances(findings, 'CFO cleared it at the budget meeting', 'now', 'me'));
    expect(overridden.open).toEqual([]);
    expect(overridden.accepted.map((f) => f.reason)).toEqual([
      'issued without it: CFO cleared it at the budget meeting',
      'issued without it: CFO cleared it at the budget meeting',
    ]);
    expect(overrideAcceptances(findings, '  ', 'now', 'me')).toEqual([]);

    const accepted = [
      { key: findings[0]!.key, ruleId: 'clearance-required', reason: 'Cleared by phone', message: findings[0]!.message, acceptedAt: 'now', acceptedBy: 'me' },
    ];
    const split = splitAcceptedBlockers(blockers, accepted);
    expect(split.accepted.map((a) => [a.blocker.clearance.role, a.reason])).toEqual([['finance', 'Cleared by phone']]);
    expect(split.open.map((b) => b.clearance.role)).toEqual(['legal']);
  });
});
