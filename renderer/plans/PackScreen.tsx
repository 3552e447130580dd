// An update pack opened on an officer's computer (#/pack/<id>): the lead officer's view of only the
// deliverables the pack sent, for its period, kept apart from this computer's own plans. Answers are
// saved into the opened pack as they are typed; "Save return pack" writes the return file for the author.
import '../styles/plans.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { packFileName } from '../../shared/packs/make';
import type { PackRow } from '../../shared/packs/model';
import { answerFor, packProgress, packRowProblems } from '../../shared/packs/opened';
import { PWPACK_EXTENSION, writePwpackReturn } from '../../shared/packs/pwpack';
import { textToNarrative } from '../../shared/packs/narrative-text';
import { isLive } from '../../shared/records/meta';
import { formatShortDate } from '../../shared/text/dates';
import { journalEntry } from '../app/durable-edits';
import { trackWrite } from '../app/save-state';
import { RichDocView } from '../blocks/RichDocView';
import { db } from '../db/database';
import { markReturnSaved, setPackAnswer, setPackOfficerName } from '../db/opened-packs-repo';
import type { OpenedPackRecord } from '../db/opened-packs-repo';
import { getHost } from '../host';
import { getAsker } from '../ui/asker';
import { TextField } from '../ui/fields';
import { TeamLock } from '../sync/TeamLock';
import { useTeamReadOnly } from '../sync/team';
import { showToast } from '../ui/toast';
import { UpdateCard, focusCardStatus, moveBetweenCards } from './UpdateCard';

export function PackScreen({ packId }: { packId: string }) {
  const record = useLiveQuery(async () => (await db.updatePacks.get(packId)) ?? null, [packId]);
  if (record === undefined) return <p className="loading">Opening the update pack…</p>;
  if (!record || !isLive(record) || !record.opened)
    return (
      <div className="list-screen">
        <div className="empty-state">
          <h1>Update pack not found</h1>
          <p>This update pack has been removed from this computer. Open the pack file again from Delivery plans.</p>
          <a href="#/plans">Back to delivery plans</a>
        </div>
      </div>
    );
  return (
    <TeamLock table="updatePacks" what="update packs">
      <OpenedPackView record={record as OpenedPackRecord} />
    </TeamLock>
  );
}

function OpenedPackView({ record }: { record: OpenedPackRecord }) {
  const { pack, answers, officerName } = record.opened;
  const key = pack.plan.statusKey;
  const progress = packProgress(pack, answers);
  const cards = useRef<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  // A team sync role that may not write update packs (the plans document: the author's): nothing typed here would be kept for colleagues.
  const locked = useTeamReadOnly('updatePacks');

  // Straight to the first deliverable's status: that is what the officer does first.
  useEffect(() => {
    focusCardStatus(cards.current?.querySelector('.update-card'));
  }, []);

  // Rows come theme by theme (as the plan orders them): a heading for each run of one theme.
  const themes: { theme: string; rows: PackRow[] }[] = [];
  for (const r of pack.rows) {
    const last = themes.at(-1);
    if (last?.theme === r.theme) last.rows.push(r);
    else themes.push({ theme: r.theme, rows: [r] });
  }

  const saveReturn = async () => {
    const fresh = await db.updatePacks.get(record.id);
    if (!fresh?.opened) return;
    const open = packRowProblems(fresh.opened.pack, fresh.opened.answers).filter((r) => r.problems.length > 0);
    if (open.length > 0) {
      const ok = await getAsker().confirm({
        title: 'Save the return with gaps?',
        message: `${open.length} of ${pack.rows.length} deliverables are not complete (${open
          .slice(0, 3)
          .map((r) => r.row.ref || r.row.activity.slice(0, 30))
          .join(', ')}${open.length > 3 ? ' …' : ''}). The author will see them flagged. You can fill them in and save the return again later.`,
        confirmLabel: 'Save return pack',
      });
      if (!ok) return;
    }
    setSaving(true);
    try {
      const name = packFileName(pack, PWPACK_EXTENSION, 'return');
      const saved = await getHost().saveFile({
        suggestedName: name,
        data: await writePwpackReturn(fresh.opened, new Date().toISOString()),
        filter: { name: 'Panelwright update pack', extensions: [PWPACK_EXTENSION] },
      });
      if (saved.saved) {
        await trackWrite(() => markReturnSaved(db, record.id, saved.location.split(/[\\/]/).pop() ?? name));
        showToast({ text: `Return pack saved (${saved.location}). Send it to ${pack.madeBy || 'the report author'}.` });
      }
    } catch (e) {
      showToast({ tone: 'error', text: e instanceof Error ? e.message : 'The return pack could not be saved.' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="list-screen plan-screen pack-screen">
      <p className="breadcrumb">
        <a href="#/plans">Delivery plans</a> › Update pack
      </p>
      <h1 className="plan-title">
        {pack.plan.name}: {pack.period.label}
      </h1>
      <div>
        <p className="muted">
          Update pack for {pack.officer?.name ?? 'deliverables without a lead officer'} from {pack.madeBy || 'the report author'}, made{' '}
          {formatShortDate(pack.madeAt.slice(0, 10))}.{' '}
          {record.returnedAt ? `Return saved ${formatShortDate(record.returnedAt.slice(0, 10))} (${record.returnFile}).` : 'No return saved yet.'}
        </p>
      </div>
      <div className="pack-notice">
        <p>
          This pack is kept apart from your own plans. Write this period's status and update for each deliverable below; everything is saved as you type. When
          you have finished, choose <strong>Save return pack</strong> and send the file to {pack.madeBy || 'the report author'}.
        </p>
      </div>
      <div className="updates-controls">
        <TextField label="Completed by" value={officerName} save={(v) => trackWrite(() => setPackOfficerName(db, record.id, v.slice(0, 200)))} />
        <div className="progress-box" aria-live="polite">
          <p className="progress-text" data-testid="pack-progress">
            {progress.text}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="primary" id="save-return-pack" disabled={saving || locked} onClick={() => void saveReturn()}>
            {saving ? 'Saving…' : 'Save return pack'}
          </button>
        </div>
      </div>
      <p className="muted small">
        Choose a status with the arrow keys or by pressing its letter ({key.statuses.map((s) => s.letter.charAt(0)).join(', ')}). Alt+↓ or Ctrl+Enter goes to
        the next deliverable, Alt+↑ to the previous one.
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Alt+↓/↑ from the controls inside, delegated; the section is not a control */}
      <section
        ref={cards}
        className="update-cards"
        onKeyDown={(e: KeyboardEvent<HTMLElement>) => moveBetweenCards(e, cards.current)}
        aria-label="Deliverables to update"
      >
        {themes.map((t, i) => (
          <section key={`${t.theme}-${i}`} className="pack-theme" aria-label={t.theme || 'Deliverables'}>
            {t.theme && <h2 className="pack-theme-heading">{t.theme}</h2>}
            {t.rows.map((r) => (
              <UpdateCard
                key={r.deliverableId}
                statusKey={key}
                deliverable={{ id: r.deliverableId, ref: r.ref, marker: '', activity: r.activity }}
                current={answerFor(pack, answers, r.deliverableId)}
                previous={r.previous ? { label: r.previous.periodLabel, statusId: r.previous.statusId, text: textToNarrative(r.previous.text) } : null}
                save={(changes) => trackWrite(() => setPackAnswer(db, record.id, r.deliverableId, changes))}
                journal={journalEntry.packNarrative(record.id, r.deliverableId)}
                startFromPrevious={async () => {
                  if (!r.previous?.text.trim()) return false;
                  await trackWrite(() => setPackAnswer(db, record.id, r.deliverableId, { narrative: textToNarrative(r.previous?.text ?? '') }));
                  return true;
                }}
                renderPrevious={(doc) => <RichDocView doc={doc} />}
              />
            ))}
          </section>
        ))}
      </section>
    </div>
  );
}
