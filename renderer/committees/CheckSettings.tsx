// A committee's settings of the Check: each rule on or off, and its threshold where it has one (a
// panel that sets a page limit of 20, or accepts a reading age of 16). Stored on the committee
// (checkRules) and used for every paper that goes to it.
import { useState } from 'react';
import type { Committee } from '../../shared/papers/model';
import { SEVERITY_LABEL } from '../../shared/check/model';
import { RULES } from '../../shared/check/rules';
import { db } from '../db/database';
import { setCheckRule } from '../db/committees-repo';

function ThresholdField({ committee, ruleId, label, fallback }: { committee: Committee; ruleId: string; label: string; fallback: number }) {
  const stored = committee.checkRules?.[ruleId];
  const [text, setText] = useState(String(stored?.threshold ?? fallback));
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const n = Number(text.trim());
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || n > 100_000) {
      setError('A whole number, e.g. 25.');
      return;
    }
    setError(null);
    void setCheckRule(
      db,
      committee.id,
      ruleId,
      n === fallback && stored?.enabled !== false ? null : { ...(stored?.enabled === false ? { enabled: false } : {}), threshold: n },
    );
  };
  return (
    <label className="field check-threshold">
      <span>{label}</span>
      <input inputMode="numeric" value={text} onChange={(e) => setText(e.target.value)} onBlur={save} aria-invalid={error ? true : undefined} />
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}

export function CheckSettings({ committee }: { committee: Committee }) {
  // The box shows the change at once; the stored value follows a moment later (as ChecklistPanel does).
  const [ticked, setTicked] = useState<Readonly<Record<string, boolean>>>({});
  return (
    <details className="check-settings">
      <summary>Check settings for {committee.name}</summary>
      <ul className="plain-list">
        {RULES.map((rule) => {
          const setting = committee.checkRules?.[rule.id];
          const on = ticked[rule.id] ?? setting?.enabled !== false;
          return (
            <li key={rule.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => {
                    const checked = e.target.checked;
                    setTicked((t) => ({ ...t, [rule.id]: checked }));
                    void setCheckRule(
                      db,
                      committee.id,
                      rule.id,
                      checked ? (setting?.threshold !== undefined ? { threshold: setting.threshold } : null) : { ...setting, enabled: false },
                    );
                  }}
                />{' '}
                {SEVERITY_LABEL[rule.severity]}: {rule.title}
              </label>
              {/* The page limit has its own field above (Committees › Page limit), which the rule uses. */}
              {rule.id === 'page-limit' && on && <span className="muted">uses the committee’s page limit</span>}
              {rule.threshold && rule.id !== 'page-limit' && on && (
                <ThresholdField committee={committee} ruleId={rule.id} label={rule.threshold.label} fallback={rule.threshold.default} />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
