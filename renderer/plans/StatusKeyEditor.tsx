// The plan's own status key: label, meaning, letter, symbol, fill and "update text required" for each
// status, Blue on or off, reset to the defaults. Saved as it is edited, but only while it is valid
// (statusKeyChangeProblems); an invalid draft stays in the form with the problems shown until fixed.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DeliveryPlan, StatusDefinition, StatusKey } from '../../shared/plans/model';
import { isHexColour } from '../../shared/plans/colour';
import {
  DEFAULT_STATUSES,
  SYMBOL_CHOICES,
  hasBlue,
  resetStatusKey,
  statusKeyChangeProblems,
  statusKeyIssues,
  updatesCount,
  withBlue,
  withFill,
} from '../../shared/plans/status-key';
import type { StatusField } from '../../shared/plans/status-key';
import { createDebouncedSaver } from '../app/debounced-save';
import { isQuotaError } from '../app/save-state';
import { db } from '../db/database';
import { setStatusKey } from '../db/plans-repo';
import { getAsker } from '../ui/asker';
import { showToast } from '../ui/toast';
import { StatusBadge } from '../ui/StatusBadge';

const OTHER = 'other';
const sameKey = (a: StatusKey, b: StatusKey) => JSON.stringify(a) === JSON.stringify(b);

export function StatusKeyEditor({ plan, usage }: { plan: DeliveryPlan; usage: ReadonlyMap<string, number> }) {
  const stored = plan.statusKey;
  const [draft, setDraft] = useState<StatusKey>(stored);
  const [refused, setRefused] = useState<string | null>(null);
  // While focus is in the editor the draft is the user's; otherwise it follows the stored key (another window's edits).
  const editing = useRef(false);
  const saver = useMemo(
    () =>
      createDebouncedSaver<StatusKey>(async (key) => {
        try {
          await setStatusKey(db, plan.id, key);
          setRefused(null);
        } catch (e) {
          if (isQuotaError(e)) throw e; // kept and retried by save-state
          setRefused(e instanceof Error ? e.message : String(e));
        }
      }),
    [plan.id],
  );
  useEffect(() => () => saver.flush(), [saver]);

  const problems = statusKeyChangeProblems(stored, draft, usage);
  const issues = statusKeyIssues(draft);
  const storedJson = JSON.stringify(stored);
  useEffect(() => {
    if (!editing.current && statusKeyChangeProblems(stored, draft, usage).length === 0 && !sameKey(stored, draft)) setDraft(stored);
    // Only a change to the stored key should replace the draft, not each keystroke.
  }, [storedJson]);

  const change = (next: StatusKey, now = false) => {
    setDraft(next);
    if (statusKeyChangeProblems(stored, next, usage).length > 0) return;
    saver.push(next);
    if (now) saver.flush();
  };
  const changeStatus = (index: number, update: (s: StatusDefinition) => StatusDefinition) =>
    change({ statuses: draft.statuses.map((s, i) => (i === index ? update(s) : s)) });

  const blueUses = usage.get(DEFAULT_STATUSES.blue.id) ?? 0;
  const blueOn = hasBlue(draft);
  const blueLocked = blueOn && blueUses > 0;

  const reset = async () => {
    const next = resetStatusKey(draft);
    const blocked = statusKeyChangeProblems(stored, next, usage);
    if (blocked.length) {
      setRefused(blocked.join(' '));
      return;
    }
    const ok = await getAsker().confirm({
      title: 'Reset the status key?',
      message: 'Labels, meanings, letters, symbols and colours go back to the defaults. Updates keep their statuses.',
      confirmLabel: 'Reset status key',
    });
    if (!ok) return;
    const before = stored;
    change(next, true);
    showToast({ text: 'Status key reset to the defaults.', action: { label: 'Undo', run: () => setStatusKey(db, plan.id, before) } });
  };

  // A status is named in its fields' labels by its stored label, so names do not change mid-typing.
  const nameOf = (s: StatusDefinition) => stored.statuses.find((x) => x.id === s.id)?.label || s.label || s.id;
  const invalid = (index: number, field: StatusField) => issues.some((i) => i.index === index && i.field === field);

  return (
    <section
      className="plan-section status-key-editor"
      aria-labelledby="status-key-heading"
      onFocus={() => {
        editing.current = true;
      }}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget)) return;
        saver.flush();
        editing.current = false;
      }}
    >
      <h2 id="status-key-heading">Status key</h2>
      <p className="muted small">
        This plan's own key. Every status prints with its letter and symbol as well as its colour, so a black-and-white copy still reads; the text colour is
        chosen for you (black or white, whichever reads better on the fill). Changes are saved as you make them, and updates keep their status.
      </p>
      {problems.length > 0 && (
        <div className="message-bar error" role="alert">
          <strong>Not saved: the status key needs fixing first.</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {refused && problems.length === 0 && (
        <p className="message-bar error" role="alert">
          Not saved: {refused}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table status-key-table">
          <caption className="visually-hidden">Statuses of this plan's key</caption>
          <thead>
            <tr>
              <th scope="col">Prints as</th>
              <th scope="col">Label</th>
              <th scope="col">Meaning</th>
              <th scope="col">Letter</th>
              <th scope="col">Symbol</th>
              <th scope="col">Fill</th>
              <th scope="col">Update text</th>
              <th scope="col">Used by</th>
            </tr>
          </thead>
          <tbody>
            {draft.statuses.map((s, i) => (
              <StatusRow
                key={s.id}
                status={s}
                name={nameOf(s)}
                uses={usage.get(s.id) ?? 0}
                invalid={(field) => invalid(i, field)}
                onChange={(update) => changeStatus(i, update)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <label className="check">
          <input
            type="checkbox"
            checked={blueOn}
            disabled={blueLocked}
            aria-describedby={blueLocked ? 'blue-locked' : undefined}
            onChange={(e) => change(withBlue(draft, e.target.checked), true)}
          />{' '}
          Use Blue (complete)
        </label>
        {blueLocked && (
          <span id="blue-locked" className="field-hint">
            Blue is used by {updatesCount(blueUses)}, so it stays in the key.
          </span>
        )}
        <button type="button" onClick={() => void reset()}>
          Reset to the default key
        </button>
      </div>
    </section>
  );
}

function StatusRow({
  status: s,
  name,
  uses,
  invalid,
  onChange,
}: {
  status: StatusDefinition;
  name: string;
  uses: number;
  invalid: (field: StatusField) => boolean;
  onChange: (update: (s: StatusDefinition) => StatusDefinition) => void;
}) {
  const listed = SYMBOL_CHOICES.some((c) => c.symbol === s.symbol);
  const [other, setOther] = useState(!listed);
  const symbolChoice = other || !listed ? OTHER : s.symbol;
  const err = (field: StatusField) => (invalid(field) ? true : undefined);
  return (
    <tr>
      <td>
        <StatusBadge status={s} show="name" title={s.meaning} />
      </td>
      <td>
        <input
          className="cell-input"
          aria-label={`${name}: label`}
          aria-invalid={err('label')}
          value={s.label}
          onChange={(e) => onChange((x) => ({ ...x, label: e.target.value }))}
        />
      </td>
      <td className="meaning-cell">
        <textarea
          rows={2}
          aria-label={`${name}: meaning`}
          aria-invalid={err('meaning')}
          value={s.meaning}
          onChange={(e) => onChange((x) => ({ ...x, meaning: e.target.value }))}
        />
      </td>
      <td>
        <input
          className="cell-input letter"
          aria-label={`${name}: letter`}
          aria-invalid={err('letter')}
          value={s.letter}
          onChange={(e) => onChange((x) => ({ ...x, letter: e.target.value }))}
        />
      </td>
      <td className="symbol-cell">
        <select
          aria-label={`${name}: symbol`}
          aria-invalid={err('symbol')}
          value={symbolChoice}
          onChange={(e) => {
            const v = e.target.value;
            setOther(v === OTHER);
            if (v !== OTHER) onChange((x) => ({ ...x, symbol: v }));
          }}
        >
          {SYMBOL_CHOICES.map((c) => (
            <option key={c.symbol} value={c.symbol}>
              {c.symbol} {c.name}
            </option>
          ))}
          <option value={OTHER}>Other…</option>
        </select>
        {symbolChoice === OTHER && (
          <input
            className="cell-input symbol"
            aria-label={`${name}: other symbol`}
            aria-invalid={err('symbol')}
            value={s.symbol}
            onChange={(e) => onChange((x) => ({ ...x, symbol: e.target.value }))}
          />
        )}
      </td>
      <td className="fill-cell">
        <input
          type="color"
          aria-label={`${name}: fill colour`}
          value={isHexColour(s.fill) ? s.fill.toLowerCase() : '#ffffff'}
          onChange={(e) => onChange((x) => withFill(x, e.target.value))}
        />
        <input
          className="cell-input hex"
          aria-label={`${name}: fill as #RRGGBB`}
          aria-invalid={err('fill')}
          value={s.fill}
          onChange={(e) => onChange((x) => withFill(x, e.target.value))}
        />
      </td>
      <td>
        <label className="check">
          <input type="checkbox" checked={s.requiresNarrative} onChange={(e) => onChange((x) => ({ ...x, requiresNarrative: e.target.checked }))} /> Required
          <span className="visually-hidden"> for {name}</span>
        </label>
      </td>
      <td className="uses">{uses ? updatesCount(uses) : <span className="muted">None</span>}</td>
    </tr>
  );
}
