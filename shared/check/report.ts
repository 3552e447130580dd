// Findings as text for the command line (and as JSON for machines): grouped by severity, then by
// rule, with the rule's why and fix said once and every finding's place.
import type { Finding, Severity } from './model';
import { SEVERITIES, SEVERITY_LABEL } from './model';
import { ruleById } from './rules';
import type { SortedFindings } from './run';
import { countBy } from './run';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function summaryLine(sorted: SortedFindings): string {
  const c = countBy(sorted.open);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.tip, 'tip')];
  return `${parts.join(', ')}${sorted.accepted.length ? ` (and ${sorted.accepted.length} accepted)` : ''}`;
}

// The excerpt, unless the message or the place already says it (a schema error's place is its XPath).
const place = (f: Finding) => {
  const { label, excerpt } = f.location;
  return `${label}${excerpt && !f.message.includes(excerpt) && !label.includes(excerpt) ? ` — “${excerpt}”` : ''}`;
};

export function reportLines(title: string, sorted: SortedFindings, notes: readonly string[] = []): string[] {
  const out = [`Check of ${title}: ${summaryLine(sorted)}`, ...notes.map((n) => `Note: ${n}`)];
  for (const severity of SEVERITIES) {
    const of = sorted.open.filter((f) => f.severity === severity);
    if (!of.length) continue;
    out.push('', `${SEVERITY_LABEL[severity].toUpperCase()}S (${of.length})`);
    for (const id of [...new Set(of.map((f) => f.ruleId))]) {
      const rule = ruleById(id);
      const mine = of.filter((f) => f.ruleId === id);
      out.push(`  ${rule?.title ?? id} [${id}]: ${rule?.why ?? ''}`, `    Fix: ${rule?.fix ?? ''}`);
      // A fix for one finding in particular (who to ask for a clearance) follows it.
      for (const f of mine) out.push(`    - ${f.message}: ${place(f)}`, ...(rule && f.fix !== rule.fix ? [`      Fix: ${f.fix}`] : []));
    }
  }
  if (sorted.accepted.length) {
    out.push('', `ACCEPTED (${sorted.accepted.length})`);
    for (const f of sorted.accepted) out.push(`  - ${SEVERITY_LABEL[f.severity]} [${f.ruleId}] ${f.message}: ${place(f)} — accepted: ${f.reason}`);
  }
  if (!sorted.open.length && !sorted.accepted.length) out.push('', 'Nothing to report.');
  return out;
}

export function reportJson(source: string, sorted: SortedFindings, notes: readonly string[] = []): string {
  const c: Record<Severity, number> = countBy(sorted.open);
  return JSON.stringify({ source, counts: c, notes, findings: sorted.open, accepted: sorted.accepted }, null, 2);
}
