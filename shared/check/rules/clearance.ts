// The clearance rule: a section whose required clearance (shared/clearance) is not asked, not given,
// or out of date because the text changed after it was given. What counts as missing is
// shared/clearance's issueBlockers — the very list Issue refuses on — so the Check and Issue agree.
import type { Clearance } from '../../clearance/model';
import { ROLE_LABEL, ROLE_SHORT } from '../../clearance/model';
import type { IssueBlocker } from '../../clearance/rules';
import { clearanceStateText, issueBlockers, sectionHashes } from '../../clearance/rules';
import type { Section } from '../../papers/model';
import { findingKey } from '../key';
import type { AcceptedFinding, ClearanceFacts, Finding, Location, RawFinding, Rule } from '../model';
import { bodiesOf } from '../paper-units';

export const CLEARANCE_RULE_ID = 'clearance-required';

/** The facts the rule needs: the paper's clearances and the hash of each live section's text. */
export async function clearanceFacts(records: readonly Clearance[], sections: readonly Section[]): Promise<ClearanceFacts> {
  return { records, hashes: await sectionHashes(sections) };
}

/** Where a clearance's finding is: the section's heading, named by the role (so its key is stable while its state moves on). */
function placeOf(c: Pick<Clearance, 'sectionId' | 'role'>, label: string): Location {
  return { targetId: c.sectionId, targetKind: 'section', heading: true, label, excerpt: ROLE_SHORT[c.role] };
}

/** The key of the finding a blocker gives, to match a finding accepted in the Check (issuePaper reads it). */
export const clearanceFindingKey = (c: Pick<Clearance, 'sectionId' | 'role'>): string => findingKey(CLEARANCE_RULE_ID, placeOf(c, ''), '');

function fixFor(b: IssueBlocker, sectionNo: string): string {
  const who = b.clearance.personName.trim() || `the ${ROLE_SHORT[b.clearance.role]} clearer`;
  const role = ROLE_LABEL[b.clearance.role];
  switch (b.state.kind) {
    case 'not-asked':
      return `Send section ${sectionNo} to ${who} (${role}) for clearance (Review & clearance › Send for review), then record the clearance when it comes back.`;
    case 'asked':
      return `Ask ${who} (${role}) for the clearance of section ${sectionNo}, and record it in Review & clearance when it arrives.`;
    case 'changed':
      return `Section ${sectionNo} changed after ${b.state.signOff.by} cleared it: ask ${who} (${role}) to clear the text as it is now, and record it.`;
    case 'cleared':
      return '';
  }
}

export const requiredClearance: Rule = {
  id: CLEARANCE_RULE_ID,
  severity: 'error',
  title: 'Required clearance missing',
  why: 'A paper with financial, legal or equality implications must be cleared by the officer responsible (for finance, the S151 officer) before the panel relies on it.',
  fix: 'Ask the named person to clear the section, and record their clearance in Review & clearance.',
  checkPaper: (bundle, ctx) => {
    if (!ctx.clearance) return [];
    const places = new Map(bodiesOf(bundle).map(({ place }) => [place.targetId, place.label]));
    return issueBlockers(ctx.clearance.records, bundle.sections, ctx.clearance.hashes).map((b): RawFinding => {
      const label = places.get(b.clearance.sectionId) ?? b.sectionTitle;
      const sectionNo = /^section (\S+)/.exec(label)?.[1] ?? b.sectionTitle;
      return {
        message: `Required clearance ${b.state.kind === 'changed' ? 'out of date' : 'missing'} — ${clearanceStateText(b.clearance, b.state)}`,
        location: placeOf(b.clearance, label),
        fix: fixFor(b, sectionNo),
      };
    });
  },
};

/**
 * A reason given on Issue for going out without a clearance counts as accepting its finding: the
 * Issue dialog while the author types it, and the Check of an issued paper (its version's reason).
 */
export function overrideAcceptances(findings: readonly Finding[], reason: string | null | undefined, at: string, by: string): AcceptedFinding[] {
  const why = reason?.trim();
  if (!why) return [];
  return findings
    .filter((f) => f.ruleId === CLEARANCE_RULE_ID)
    .map((f) => ({ key: f.key, ruleId: f.ruleId, message: f.message, reason: `issued without it: ${why}`, acceptedAt: at, acceptedBy: by }));
}

/** The blockers whose finding the author accepted in the Check, with the reason, and the rest. */
export function splitAcceptedBlockers(
  blockers: readonly IssueBlocker[],
  accepted: readonly AcceptedFinding[] = [],
): { open: IssueBlocker[]; accepted: { blocker: IssueBlocker; reason: string }[] } {
  const byKey = new Map(accepted.filter((a) => a.ruleId === CLEARANCE_RULE_ID).map((a) => [a.key, a.reason]));
  const out = { open: [] as IssueBlocker[], accepted: [] as { blocker: IssueBlocker; reason: string }[] };
  for (const b of blockers) {
    const reason = byKey.get(clearanceFindingKey(b.clearance));
    if (reason === undefined) out.open.push(b);
    else out.accepted.push({ blocker: b, reason });
  }
  return out;
}
