// What the author chooses for a data block, whatever its kind (shared/blocks/model.ts BlockOptions):
// the wording of the sentences it prints by itself (or switched off), whether its sentences take
// the section's paragraph numbers, and computed figures replaced with a reason. Shown in the Insert
// data dialog and, for a placed block, in its "Wording and figures…" dialog.
import { useId } from 'react';
import type { BlockContent } from '../../shared/blocks/content';
import { wordingOf } from '../../shared/blocks/kinds';
import type { BlockKind, BlockOptions } from '../../shared/blocks/model';
import { figuresOf, overrideProblem, withOverride } from '../../shared/blocks/overrides';
import { withWording } from '../../shared/blocks/wording';
import type { WordingEntry } from '../../shared/blocks/wording';

interface Props {
  readonly kind: BlockKind;
  readonly value: BlockOptions;
  readonly onChange: (next: BlockOptions) => void;
  /** The block's content as it prints now, to list its figures (a placed block). */
  readonly content?: BlockContent;
  /** Drafts of overrides still missing a reason, shown but not stored: key → { value, reason }. */
  readonly drafts?: Readonly<Record<string, { value: string; reason: string }>>;
  readonly onDraft?: (key: string, draft: { value: string; reason: string } | null) => void;
}

/** Without empty fields, so a block the author did not touch stores exactly what older blocks have. */
export function cleanOptions(o: BlockOptions): BlockOptions {
  return { ...(o.wording ? { wording: o.wording } : {}), ...(o.numbered ? { numbered: true } : {}), ...(o.overrides ? { overrides: o.overrides } : {}) };
}

function WordingRow({ entry, value, onChange }: { entry: WordingEntry; value: string | null | undefined; onChange: (v: string | null | undefined) => void }) {
  const id = useId();
  const off = value === null;
  const shown = value ?? entry.default;
  const names = Object.entries(entry.values ?? {});
  return (
    <div className="wording-row">
      <label htmlFor={id}>{entry.label}</label>
      <textarea
        id={id}
        rows={shown.length > 80 ? 3 : 2}
        value={off ? '' : shown}
        disabled={off}
        placeholder={off ? 'Switched off: nothing is printed here' : entry.default === '' ? 'Nothing is printed unless you write a sentence here' : undefined}
        onChange={(e) => onChange(e.target.value === entry.default ? undefined : e.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <div id={`${id}-hint`} className="field-hint">
        {names.length > 0 && (
          <>
            You can use{' '}
            {names.map(([n, what], i) => (
              <span key={n}>
                {i > 0 ? ', ' : ''}
                <code>{`{${n}}`}</code> ({what})
              </span>
            ))}
            .{' '}
          </>
        )}
        {value !== undefined && value !== null && <>Default: “{entry.default || 'nothing'}”. </>}
      </div>
      <div className="wording-actions">
        {entry.canSwitchOff && (
          <label className="checkbox-row">
            <input type="checkbox" checked={!off} onChange={(e) => onChange(e.target.checked ? undefined : null)} /> Print this
          </label>
        )}
        {value !== undefined && (
          <button type="button" className="link-button" onClick={() => onChange(undefined)}>
            Back to the default
          </button>
        )}
      </div>
    </div>
  );
}

export function BlockOptionsForm({ kind, value, onChange, content, drafts = {}, onDraft }: Props) {
  const entries = wordingOf(kind);
  const figures = content ? figuresOf(content) : [];
  const numberedId = useId();
  return (
    <div className="block-options">
      {entries.length > 0 && (
        <fieldset>
          <legend>Wording it prints by itself</legend>
          {entries.map((e) => (
            <WordingRow
              key={e.key}
              entry={e}
              value={value.wording?.[e.key]}
              onChange={(v) => onChange(cleanOptions({ ...value, wording: withWording(value.wording, e.key, v) }))}
            />
          ))}
        </fieldset>
      )}
      <div className="checkbox-row">
        <input
          id={numberedId}
          type="checkbox"
          checked={value.numbered === true}
          onChange={(e) => onChange(cleanOptions({ ...value, numbered: e.target.checked }))}
        />
        <label htmlFor={numberedId}>
          In a numbered section, its sentences take paragraph numbers (e.g. 5.40, 5.41). Off: it takes none, and no later number moves.
        </label>
      </div>
      {figures.length > 0 && (
        <fieldset>
          <legend>Figures</legend>
          <p className="muted small">
            Replace a computed figure where the published one differs (e.g. rounded). The reason stays in the app; Word prints only the figure.
          </p>
          <table className="data-table figure-overrides">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Computed</th>
                <th scope="col">Print instead</th>
                <th scope="col">Reason (not printed)</th>
              </tr>
            </thead>
            <tbody>
              {figures.map(({ tag, text }) => {
                const stored = value.overrides?.[tag.key];
                const draft = drafts[tag.key] ?? { value: stored?.value ?? '', reason: stored?.reason ?? '' };
                const problem = draft.value || draft.reason ? overrideProblem(draft) : null;
                const set = (next: { value: string; reason: string }) => {
                  const empty = next.value.trim() === '' && next.reason.trim() === '';
                  const ok = !empty && overrideProblem(next) === null;
                  onDraft?.(tag.key, ok || empty ? null : next);
                  if (ok) onChange(cleanOptions({ ...value, overrides: withOverride(value.overrides, tag.key, next) }));
                  else if (stored) onChange(cleanOptions({ ...value, overrides: withOverride(value.overrides, tag.key, null) }));
                };
                return (
                  <tr key={tag.key}>
                    <th scope="row">{tag.label}</th>
                    <td>{tag.computed ?? text}</td>
                    <td>
                      <input
                        aria-label={`Print instead of ${tag.label}`}
                        value={draft.value}
                        onChange={(e) => set({ ...draft, value: e.target.value })}
                        aria-invalid={problem ? true : undefined}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Reason for ${tag.label}`}
                        value={draft.reason}
                        onChange={(e) => set({ ...draft, reason: e.target.value })}
                        aria-invalid={problem ? true : undefined}
                      />
                      {problem && (
                        <div className="field-error" role="alert">
                          {problem}
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
      )}
    </div>
  );
}
