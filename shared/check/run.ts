// Running the rules. A paper is checked on its model (checkPaper, and checkText over the model's
// text), and the rules only the Word file can answer (checkOoxml alone) on its export; any .docx is
// checked on its OOXML (checkOoxml, and checkText over its text). Findings are in severity order,
// each with a stable key so an accepted one stays accepted while the author edits elsewhere.
import type { PaperBundle } from '../papers/model';
import type { CheckConfig } from './config';
import type { AcceptedFinding, ClearanceFacts, Finding, Location, RawFinding, Rule, RuleContext, Severity } from './model';
import { SEVERITIES } from './model';
import type { OoxmlDoc } from './ooxml-doc';
import { ooxmlUnits } from './ooxml-units';
import { paperUnits } from './paper-units';
import { RULES } from './rules';
import { schemaErrorFindings, validOoxml } from './rules/document';
import type { TextUnit } from './text-units';
import { findDatesInText } from '../text/dates-in-text';
import { findingKey, norm } from './key';

export { findingKey };

const enabled = (rule: Rule, config: CheckConfig) => config[rule.id]?.enabled !== false;
const thresholdOf = (rule: Rule, config: CheckConfig) => config[rule.id]?.threshold ?? rule.threshold?.default ?? 0;

function finish(rule: Rule, raw: readonly RawFinding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of raw) {
    let key = findingKey(rule.id, f.location, f.message);
    for (let n = 2; seen.has(key); n++) key = `${findingKey(rule.id, f.location, f.message)}#${n}`;
    seen.add(key);
    out.push({ ruleId: rule.id, severity: rule.severity, message: f.message, why: rule.why, fix: f.fix ?? rule.fix, location: f.location, key });
  }
  return out;
}

const bySeverity = (fs: Finding[]) => SEVERITIES.flatMap((s) => fs.filter((f) => f.severity === s));

/** A finding from the export placed back in the paper, by the words it is about (when they are found). */
function placeInPaper(location: Location, units: readonly TextUnit[]): Location {
  const words = norm(location.excerpt);
  if (!words || location.paragraph === undefined)
    return {
      label: location.label.startsWith('paragraph') ? 'the exported document' : location.label,
      ...(location.excerpt ? { excerpt: location.excerpt } : {}),
    };
  const unit = units.find((u) => norm(u.text).startsWith(words.replace(/…$/, '')));
  return unit ? { ...unit.location, excerpt: location.excerpt } : { label: 'the exported document', excerpt: location.excerpt };
}

export interface PaperCheckInput {
  readonly bundle: PaperBundle;
  /** The paper's export, read; when absent (not built yet) the Word-only rules are left out. */
  readonly exported?: OoxmlDoc | null;
  readonly config?: CheckConfig;
  /** The paper's required clearances (clearanceFacts); without them the clearance rule has nothing to check. */
  readonly clearance?: ClearanceFacts;
}

/** The committee's Check settings, with its page limit (Committees) as the page-limit rule's threshold unless they give one. */
export function committeeConfig(committee: PaperBundle['committee']): CheckConfig {
  const rules = committee?.checkRules ?? {};
  const limit = committee?.pageLimit;
  return limit && rules['page-limit']?.threshold === undefined ? { ...rules, 'page-limit': { ...rules['page-limit'], threshold: limit } } : rules;
}

export function checkPaper({ bundle, exported, config = committeeConfig(bundle.committee), clearance }: PaperCheckInput): Finding[] {
  const units = paperUnits(bundle);
  const base: Omit<RuleContext, 'threshold'> = {
    meetingDate: bundle.paper.cover.meetingDate,
    publicity: bundle.paper.cover.publicity,
    ...(clearance ? { clearance } : {}),
  };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (!enabled(rule, config)) continue;
    const ctx = { ...base, threshold: thresholdOf(rule, config) };
    if (rule.checkPaper || rule.checkText) out.push(...finish(rule, [...(rule.checkPaper?.(bundle, ctx) ?? []), ...(rule.checkText?.(units, ctx) ?? [])]));
    else if (rule.checkOoxml && exported)
      out.push(
        ...finish(
          rule,
          rule.checkOoxml(exported, ctx).map((f) => ({ ...f, location: placeInPaper(f.location, units) })),
        ),
      );
  }
  return bySeverity(out);
}

/**
 * The schema rule's findings for a paper whose export was validated apart from the other rules (the
 * desktop app validates in its main process after the worker's check): the same findings, keys and
 * order checkPaper gives when the export carries the validator's errors. Empty when the committee
 * turned the rule off.
 */
export function schemaFindings(errors: NonNullable<OoxmlDoc['schemaErrors']>, config: CheckConfig = {}): Finding[] {
  if (!enabled(validOoxml, config)) return [];
  return finish(validOoxml, schemaErrorFindings(errors));
}

/** Findings of a paper's check with the schema rule's added, in the order checkPaper lists them. */
export function withSchemaFindings(findings: readonly Finding[], schema: readonly Finding[]): Finding[] {
  const others = findings.filter((f) => f.ruleId !== validOoxml.id);
  return bySeverity([...schema, ...others]);
}

/** The meeting date a Word paper's cover sheet gives ("Date of Meeting" then the date), or ''. */
function meetingDateOf(doc: OoxmlDoc): string {
  const i = doc.paragraphs.findIndex((p) => /^\s*date of (the )?meeting:?\s*$/i.test(p.text));
  const line = i >= 0 ? doc.paragraphs[i + 1]?.text : doc.paragraphs.find((p) => /^\s*date of (the )?meeting/i.test(p.text))?.text;
  return line ? (findDatesInText(line)[0]?.iso ?? '') : '';
}

export function checkDocx(doc: OoxmlDoc, config: CheckConfig = {}): Finding[] {
  const units = ooxmlUnits(doc);
  const publicity =
    /\bnon[- ]?public\b/i.test(doc.headerText) || doc.publicity.toLowerCase() === 'non public'
      ? 'non-public'
      : doc.publicity.toLowerCase() === 'public'
        ? 'public'
        : 'unknown';
  const base: Omit<RuleContext, 'threshold'> = { meetingDate: meetingDateOf(doc), publicity };
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (!enabled(rule, config) || (!rule.checkOoxml && !rule.checkText)) continue;
    const ctx = { ...base, threshold: thresholdOf(rule, config) };
    out.push(...finish(rule, [...(rule.checkOoxml?.(doc, ctx) ?? []), ...(rule.checkText?.(units, ctx) ?? [])]));
  }
  return bySeverity(out);
}

export interface SortedFindings {
  readonly open: readonly Finding[];
  /** Findings the author accepted, each with the reason given. */
  readonly accepted: readonly (Finding & { readonly reason: string })[];
}

export function applyAccepted(findings: readonly Finding[], accepted: readonly AcceptedFinding[] = []): SortedFindings {
  const byKey = new Map(accepted.map((a) => [a.key, a]));
  const open: Finding[] = [];
  const kept: (Finding & { reason: string })[] = [];
  for (const f of findings) {
    const a = byKey.get(f.key);
    if (a) kept.push({ ...f, reason: a.reason });
    else open.push(f);
  }
  return { open, accepted: kept };
}

export const countBy = (findings: readonly Finding[]): Record<Severity, number> => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
  tip: findings.filter((f) => f.severity === 'tip').length,
});
