// One deliverable in the lead officer's view: last period's status and text beside this period's
// status (required; a radio group answering to the status letters), update (required for Amber and
// Red: validateUpdate) and date, saved as they change. Used by the plan's Lead officer updates and by
// an update pack opened on an officer's computer (PackScreen), which store the update differently.
import { useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { DeliverableUpdate, StatusKey } from '../../shared/plans/model';
import type { RichDoc } from '../../shared/richtext/model';
import { statusById } from '../../shared/plans/status-key';
import { isBlankNarrative, richDocHasText, validateUpdate } from '../../shared/plans/updates';
import type { JournalEntry } from '../app/unsaved-journal';
import { RichTextEditor } from '../editor/RichTextEditor';
import { DateInput } from '../ui/DateField';
import { showToast } from '../ui/toast';
import { StatusBadge } from '../ui/StatusBadge';
import { useEditLocked } from '../ui/edit-lock';
import { useNotYoursNote } from '../sync/ownership-lock';

const EMPTY_NARRATIVE: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
const NO_LABELS = { sectionNo: null, footnoteMarks: new Map<string, string>() };

export type CardChanges = Partial<Pick<DeliverableUpdate, 'statusId' | 'narrative' | 'narrativeDate'>>;

export interface UpdateCardProps {
  readonly statusKey: StatusKey;
  readonly deliverable: { readonly id: string; readonly ref: string; readonly marker: string; readonly activity: string };
  /** This period's update as stored (undefined: none yet). */
  readonly current: Pick<DeliverableUpdate, 'statusId' | 'narrative' | 'narrativeDate' | 'updatedAt'> | undefined;
  /** Last period: its label ("Q2 2017/18"), status and text (null: no earlier update). */
  readonly previous: { readonly label: string; readonly statusId: string | null; readonly text: RichDoc } | null;
  /** `narrativeBase`: the text the narrative editor's was made from (a narrative stored since is merged). */
  readonly save: (changes: CardChanges, narrativeBase?: RichDoc) => Promise<unknown>;
  /** The unsaved-edits journal entry for the narrative (renderer/app/durable-edits.ts). */
  readonly journal: (narrative: RichDoc) => JournalEntry | null;
  /** Starts this period's text from last period's; false when there is none. */
  readonly startFromPrevious: () => Promise<boolean>;
  /** Read-only previous text is drawn by the caller's viewer (rich text, or a pack's plain text). */
  readonly renderPrevious: (doc: RichDoc) => ReactNode;
  /** The deliverable's owners, lead first, when the update is a team-synced record (another officer's card is read-only). */
  readonly owners?: readonly string[];
  /** The stored update's id, when it is a record team sync carries: its narrative's editor binds to it (use-live-body.ts). */
  readonly updateId?: string;
}

export function UpdateCard({
  statusKey,
  deliverable: d,
  current,
  previous,
  save,
  journal,
  startFromPrevious,
  renderPrevious,
  owners,
  updateId,
}: UpdateCardProps) {
  const [editorKey, setEditorKey] = useState(0);
  // After "Start from last period's text" the editor is rebuilt once the stored text has come back.
  const [awaitingStart, setAwaitingStart] = useState(false);
  const startedText = richDocHasText(current?.narrative);
  // Adjusted while rendering (React's pattern for state that follows other state), not in an effect.
  if (awaitingStart && startedText) {
    setAwaitingStart(false);
    setEditorKey((k) => k + 1);
  }
  // The status just chosen shows at once, before the save comes back through the live query: a
  // controlled radio would otherwise spring back to the stored choice until then.
  const [chosen, setChosen] = useState<string | null>(null);
  if (chosen !== null && current?.statusId === chosen) setChosen(null);
  const choose = (statusId: string) => {
    setChosen(statusId);
    save({ statusId }).catch(() => setChosen(null));
  };
  const shown = chosen === null ? current : { ...(current ?? { narrative: EMPTY_NARRATIVE, narrativeDate: null, updatedAt: '' }), statusId: chosen };
  const problems = shown ? validateUpdate(shown, statusKey) : [];
  const statusProblem = problems.find((p) => p.field === 'status');
  const narrativeProblem = problems.find((p) => p.field === 'narrative');
  const groupName = `status-${d.id}`;
  // A team sync role that may only read updates (renderer/sync/TeamLock.tsx), or an officer's card of
  // a deliverable someone else leads (renderer/sync/ownership-lock.ts): nothing can be changed here.
  const notYours = useNotYoursNote(owners);
  const locked = useEditLocked() || notYours !== null;
  const hasText = richDocHasText(current?.narrative);
  const headingId = `upd-${d.id}`;

  const onStatusKey = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.key.length !== 1) return;
    const k = e.key.toUpperCase();
    const s = statusKey.statuses.find((x) => x.letter.toUpperCase().startsWith(k)) ?? statusKey.statuses.find((x) => x.label.toUpperCase().startsWith(k));
    if (!s) return;
    e.preventDefault();
    choose(s.id);
    // At once, not on the next frame: a fast typist's Ctrl+Enter may already have moved on, and a late
    // focus would pull them back to this deliverable.
    document.getElementById(`${groupName}-${s.id}`)?.focus();
  };

  const start = async () => {
    const ok = await startFromPrevious();
    if (ok) setAwaitingStart(true);
    else showToast({ text: 'There is no text from an earlier period to start from.' });
  };

  const status = statusById(statusKey, shown?.statusId);
  const previousStatus = previous ? statusById(statusKey, previous.statusId) : undefined;
  return (
    <article className={`update-card${shown && problems.length === 0 ? ' is-complete' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="ref">{d.ref}</span> {d.marker}
        {d.activity || <em>No activity text</em>}
      </h3>
      {notYours && (
        <p className="message-bar read-only-note" role="note" data-testid="update-not-yours">
          {notYours}
        </p>
      )}
      <div className="update-columns">
        <div className="update-previous">
          <h4>{previous ? `Last period (${previous.label})` : 'Last period'}</h4>
          {previous ? (
            <>
              <StatusBadge status={previousStatus} show="name" title={previousStatus?.meaning} />
              <div className="previous-text">{richDocHasText(previous.text) ? renderPrevious(previous.text) : <p className="muted">No text.</p>}</div>
            </>
          ) : (
            <p className="muted">No update from an earlier period.</p>
          )}
        </div>
        <div className="update-current">
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the letters typed on its radios, delegated; the fieldset is not a control */}
          <fieldset className="status-group" disabled={locked} onKeyDown={onStatusKey} aria-describedby={statusProblem ? `${groupName}-err` : undefined}>
            <legend>Status for {d.ref} (required)</legend>
            {statusKey.statuses.map((s) => (
              <label key={s.id} className={`status-option${shown?.statusId === s.id ? ' chosen' : ''}`} title={s.meaning}>
                <input
                  type="radio"
                  id={`${groupName}-${s.id}`}
                  name={groupName}
                  value={s.id}
                  checked={shown?.statusId === s.id}
                  onChange={() => choose(s.id)}
                />
                <StatusBadge status={s} show="name" title={s.meaning} />
              </label>
            ))}
            {statusProblem && (
              <p id={`${groupName}-err`} className="field-error">
                {statusProblem.message}
              </p>
            )}
          </fieldset>
          <div className={`narrative${narrativeProblem ? ' has-error' : ''}`}>
            <div className="narrative-head">
              <span className="narrative-label" id={`${headingId}-nl`}>
                Update{status?.requiresNarrative ? ' (required for ' + status.label + ')' : ''}
              </span>
              <button
                type="button"
                onClick={() => void start()}
                disabled={!previous || hasText || locked}
                title={hasText ? 'Clear the text first to start again from last period' : undefined}
              >
                Start from last period's text
              </button>
            </div>
            <RichTextEditor
              key={editorKey}
              readOnly={locked}
              initial={current?.narrative ?? { type: 'doc', content: [{ type: 'paragraph' }] }}
              version={current?.updatedAt}
              labels={NO_LABELS}
              // an action without a ref (an action plan's) is named by its text
              ariaLabel={`Update for ${d.ref.trim() || (d.activity.length > 60 ? `${d.activity.slice(0, 60)}…` : d.activity)}`}
              ctrlEnterLeaves
              placeholder="What has been done this period, and what happens next."
              // The editor reports its untouched empty body once it mounts: that must not create an update.
              save={(narrative, base) => (current || !isBlankNarrative(narrative) ? save({ narrative }, base) : Promise.resolve())}
              journal={(narrative) => (current || !isBlankNarrative(narrative) ? journal(narrative) : null)}
              live={updateId ? { table: 'updates', id: updateId, field: 'narrative' } : undefined}
            />
            {narrativeProblem && (
              <p className="field-error" role="alert">
                {narrativeProblem.message}
              </p>
            )}
          </div>
          <div className="narrative-date">
            <label htmlFor={`${groupName}-date`}>Update as at</label>
            <DateInput
              id={`${groupName}-date`}
              readOnly={locked}
              value={current?.narrativeDate ?? ''}
              onChange={(iso) => void save({ narrativeDate: iso || null })}
            />
          </div>
        </div>
      </div>
    </article>
  );
}

/** Alt+↓ / Ctrl+Enter: next deliverable; Alt+↑: previous. Focus lands on its status group. */
export function moveBetweenCards(e: KeyboardEvent<HTMLElement>, cards: HTMLElement | null): void {
  const next = (e.altKey && e.key === 'ArrowDown') || (e.ctrlKey && e.key === 'Enter');
  const prev = e.altKey && e.key === 'ArrowUp';
  if (!next && !prev) return;
  const list = [...(cards?.querySelectorAll<HTMLElement>('.update-card') ?? [])];
  const here = list.findIndex((c) => c.contains(e.target as Node));
  const target = list[here + (next ? 1 : -1)];
  if (!target) return;
  e.preventDefault();
  focusCardStatus(target);
  target.scrollIntoView({ block: 'nearest' });
}

/** Focus on a card's status: the chosen one, else the first. */
export function focusCardStatus(card: Element | null | undefined): void {
  const radio = card?.querySelector<HTMLInputElement>('input[type=radio]:checked') ?? card?.querySelector<HTMLInputElement>('input[type=radio]');
  radio?.focus();
}
