// The Check panel: what to fix before the paper goes out, by severity, each finding with where it is
// (the button takes you there), why it matters and how to fix it. A finding can be accepted with a
// reason, kept with the paper; accepted findings are listed at the end and can be taken back.
import { useRef } from 'react';
import type { Finding, Severity } from '../../../shared/check/model';
import { SEVERITIES, SEVERITY_LABEL } from '../../../shared/check/model';
import { applyAccepted, countBy } from '../../../shared/check/run';
import { ruleById } from '../../../shared/check/rules';
import type { Paper } from '../../../shared/papers/model';
import { db } from '../../db/database';
import { acceptFinding, unacceptFinding } from '../../db/check-repo';
import { getAsker } from '../../ui/asker';
import { showToast } from '../../ui/toast';
import { canJump, jumpTo } from './jump';
import type { CheckState, SchemaState } from './use-check';

const PLURAL: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], tip: ['tip', 'tips'] };
const count = (n: number, s: Severity) => `${n} ${PLURAL[s][n === 1 ? 0 : 1]}`;

export function checkSummary(findings: readonly Finding[]): string {
  const c = countBy(findings);
  return SEVERITIES.map((s) => count(c[s], s)).join(', ');
}

function FindingItem({ f, paperId, readOnly, onAccepted }: { f: Finding; paperId: string; readOnly: boolean; onAccepted: (key: string) => void }) {
  const accept = async () => {
    const reason = await getAsker().text({ title: 'Accept this finding', label: `Why “${f.message}” is acceptable here`, confirmLabel: 'Accept' });
    if (reason === null) return;
    try {
      await acceptFinding(db, paperId, f, reason);
      onAccepted(f.key);
      showToast({ tone: 'success', text: `Accepted: ${f.message}. It is listed under “Accepted” and on Issue.` });
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };
  const rule = ruleById(f.ruleId);
  return (
    <li className={`finding finding-${f.severity}`} data-finding-key={f.key}>
      {canJump(f.location) ? (
        <button
          type="button"
          className="link-button finding-go"
          onClick={() => jumpTo(f.location) || showToast({ tone: 'error', text: 'That place is no longer in the paper; the list updates in a moment.' })}
        >
          {f.message}
        </button>
      ) : (
        <span className="finding-message">{f.message}</span>
      )}
      <span className="finding-where">
        {f.location.label}
        {f.location.excerpt && !f.message.includes(f.location.excerpt) && !f.location.label.includes(f.location.excerpt) ? `: “${f.location.excerpt}”` : ''}
      </span>
      <span className="finding-why">{f.why}</span>
      <span className="finding-fix">
        <strong>Fix: </strong>
        {f.fix}
      </span>
      {!readOnly && (
        <button
          type="button"
          className="link-button finding-accept"
          onClick={() => void accept()}
          aria-label={`Accept: ${f.message}`}
          title={rule ? `Accept this ${rule.title.toLowerCase()} finding with a reason` : undefined}
        >
          Accept…
        </button>
      )}
    </li>
  );
}

const pendingNote = (state: CheckState) => (state.schema === 'running' ? ' (checking against the Open XML schemas…)' : ' (checking the Word file…)');

/** Where the Open XML schema check stands: a browser has none (it runs in the desktop app and on the command line), or it could not run. */
export function SchemaNote({ schema }: { schema: SchemaState }) {
  if (schema === 'unavailable')
    // The validator (45 MB of .NET in WebAssembly) needs Node: say where it runs rather than pass it silently.
    return (
      <p className="muted check-schema-note">
        The Open XML schema check runs in the desktop app and on the command line: <code>npm run check -- backup.json --paper …</code>
      </p>
    );
  if (typeof schema === 'object')
    return <p className="muted check-schema-note">The Open XML schema check could not run: {schema.failed} The other rules ran.</p>;
  return null;
}

export function CheckPanel({ paper, state, readOnly }: { paper: Paper; state: CheckState; readOnly: boolean }) {
  const listRef = useRef<HTMLDivElement>(null);
  const sorted = applyAccepted(state.findings ?? [], [...(paper.acceptedFindings ?? []), ...state.alsoAccepted]);
  // After accepting, focus moves to the next finding (or the panel's heading when none is left).
  const afterAccept = (key: string) => {
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-finding-key]') ?? [])];
    const i = items.findIndex((el) => el.dataset.findingKey === key);
    const next = items[i + 1] ?? items[i - 1];
    (next?.querySelector<HTMLElement>('button') ?? document.getElementById('check-title'))?.focus();
  };
  const takeBack = async (key: string) => {
    await unacceptFinding(db, paper.id, key);
    document.getElementById('check-title')?.focus();
  };
  return (
    <section className="check-panel" aria-labelledby="check-title" aria-busy={!state.complete}>
      <h2 id="check-title" tabIndex={-1}>
        Check
      </h2>
      <p className="check-summary" role="status">
        {state.findings === null
          ? 'Checking the paper…'
          : `${checkSummary(sorted.open)}${sorted.accepted.length ? `; ${sorted.accepted.length} accepted` : ''}${state.complete ? '' : pendingNote(state)}`}
      </p>
      {state.error && <p className="field-error">The Word file could not be checked: {state.error}</p>}
      <SchemaNote schema={state.schema} />
      {state.findings !== null && sorted.open.length === 0 && (
        <p className="muted">Nothing to fix: the paper passes every rule of the Check{sorted.accepted.length ? ' except those accepted below' : ''}.</p>
      )}
      <div ref={listRef}>
        {SEVERITIES.map((s) => {
          const of = sorted.open.filter((f) => f.severity === s);
          if (!of.length) return null;
          return (
            <details key={s} className={`check-group check-${s}`} open={s === 'error' || (s === 'warning' && of.length <= 12)}>
              <summary>
                {SEVERITY_LABEL[s]}s ({of.length})
              </summary>
              <ul>
                {of.map((f) => (
                  <FindingItem key={f.key} f={f} paperId={paper.id} readOnly={readOnly} onAccepted={afterAccept} />
                ))}
              </ul>
            </details>
          );
        })}
      </div>
      {sorted.accepted.length > 0 && (
        <details className="check-group check-accepted">
          <summary>Accepted ({sorted.accepted.length})</summary>
          <ul>
            {sorted.accepted.map((f) => (
              <li key={f.key} className="finding">
                <span className="finding-message">
                  {SEVERITY_LABEL[f.severity]}: {f.message}
                </span>
                <span className="finding-where">{f.location.label}</span>
                <span className="finding-why">Accepted: {f.reason}</span>
                {!readOnly && (
                  <button type="button" className="link-button" onClick={() => void takeBack(f.key)} aria-label={`Stop accepting: ${f.message}`}>
                    Stop accepting
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
