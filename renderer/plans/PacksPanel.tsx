// "Update packs" on the plan overview, for the period chosen above: make packs for the lead officers
// (Excel workbooks, one zip), take returned files in (pick or drop many; reviewed before anything is
// written), and the round: who was sent a pack, who has returned it, and the chasing list.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { makePacks } from '../../shared/packs/make';
import { loadXlsxLibrary } from '../../shared/packs/xlsx-write';
import { chasingList, packRound } from '../../shared/packs/round';
import { reviewReturns } from '../../shared/packs/returns';
import type { ReturnsReview } from '../../shared/packs/returns';
import { periodShortLabel } from '../../shared/periods';
import { db } from '../db/database';
import { loadPlanData } from '../db/plans-repo';
import { recordPacksSent } from '../db/packs-repo';
import { userNameIn } from '../db/settings-repo';
import { getHost } from '../host';
import { Modal } from '../ui/Modal';
import { useTeamReadOnly } from '../sync/team';
import { showToast } from '../ui/toast';
import { formatShortDate } from '../../shared/text/dates';
import { packsZip, readReturnFiles } from './packs-files';
import type { PackFormat } from './packs-files';
import type { PlanViewModel } from './plan-view-model';
import { ReturnsReviewDialog } from './ReturnsReviewDialog';

export function PacksPanel({ vm }: { vm: PlanViewModel }) {
  const { plan, period } = vm;
  const label = periodShortLabel(period);
  const records = useLiveQuery(() => db.updatePacks.where('[planId+periodId]').equals([plan.id, period.id]).toArray(), [plan.id, period.id]);
  const round = packRound(records ?? [], plan.id, period.id);
  const [sending, setSending] = useState(false);
  const [review, setReview] = useState<ReturnsReview | null>(null);
  const [dragging, setDragging] = useState(false);
  // A team sync role that may not write update packs (the plans document, the author's; the plan screen says so) cannot make them or take returns in.
  const locked = useTeamReadOnly('updatePacks');
  const [chase, setChase] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const takeIn = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const read = await readReturnFiles(files);
    setReview(reviewReturns(await loadPlanData(db, plan.id), plan.id, period.id, read));
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    if (locked) return;
    void takeIn([...e.dataTransfer.files]);
  };
  const copyChase = async () => {
    const text = chasingList(round.missing);
    setChase(text);
    try {
      await navigator.clipboard.writeText(text);
      showToast({ text: `Copied ${round.missing.length} name${round.missing.length === 1 ? '' : 's'} and e-mail addresses.` });
    } catch {
      showToast({ text: 'Select the list below and copy it.' });
    }
  };

  return (
    <section
      className={`plan-section packs-panel${dragging ? ' is-dropping' : ''}`}
      aria-labelledby="packs-heading"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="packs-heading">Update packs for {label}</h2>
      <p className="muted small">
        Lead officers fill in their deliverables on their own computers, in Excel or LibreOffice, or in Panelwright. Make the packs, e-mail each officer theirs,
        then take the returned files in here (pick them, or drop them on this box).
      </p>
      <div className="button-row">
        <button type="button" id="send-packs" disabled={locked} onClick={() => setSending(true)}>
          Send update packs…
        </button>
        <button type="button" id="take-returns" disabled={locked} onClick={() => input.current?.click()}>
          Take returns in…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx,.pwpack"
          hidden
          aria-label="Returned update packs"
          data-testid="returns-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void takeIn(files);
          }}
        />
      </div>
      {round.officers.length === 0 ? (
        <p className="empty-state-inline">No packs have been sent for {label} yet.</p>
      ) : (
        <>
          <p className="progress-text" data-testid="round-progress">
            {round.text}
            {round.missing.length > 0 ? `; ${round.missing.length} still to come` : ''}
          </p>
          <table className="data-table round-table">
            <caption>Packs for {label}</caption>
            <thead>
              <tr>
                <th scope="col">Lead officer</th>
                <th scope="col">E-mail</th>
                <th scope="col">Sent</th>
                <th scope="col">Returned</th>
              </tr>
            </thead>
            <tbody>
              {round.officers.map((o) => (
                <tr key={o.personId ?? o.name}>
                  <td>{o.name}</td>
                  <td>{o.email}</td>
                  <td>{formatShortDate(o.sentAt.slice(0, 10))}</td>
                  <td>{o.returnedAt ? `✓ ${formatShortDate(o.returnedAt.slice(0, 10))}` : '✗ Not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {round.missing.length > 0 && (
            <div className="button-row">
              <button type="button" onClick={() => void copyChase()}>
                Copy chasing list
              </button>
            </div>
          )}
          {chase !== null && (
            <div className="field">
              <label htmlFor="chase-list">Still to return (names and e-mails to copy)</label>
              <textarea id="chase-list" readOnly rows={2} value={chase} onFocus={(e) => e.currentTarget.select()} />
            </div>
          )}
        </>
      )}
      {sending && <SendPacksDialog vm={vm} onClose={() => setSending(false)} />}
      {review && <ReturnsReviewDialog vm={vm} review={review} onClose={() => setReview(null)} />}
    </section>
  );
}

function SendPacksDialog({ vm, onClose }: { vm: PlanViewModel; onClose: () => void }) {
  const { plan, period } = vm;
  const all = vm.themes.flatMap((t) => t.deliverables);
  const leads = vm.people.filter((p) => all.some((d) => d.leadPersonId === p.id));
  const [chosen, setChosen] = useState(() => new Set(leads.map((p) => p.id)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [format, setFormat] = useState<PackFormat>('xlsx');
  const unled = all.filter((d) => !leads.some((p) => p.id === d.leadPersonId)).length;
  // The spreadsheet library loads while the author chooses; Make then only writes the workbooks.
  useEffect(() => {
    loadXlsxLibrary().catch(() => undefined);
  }, []);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const data = await loadPlanData(db, plan.id);
      const by = await db.transaction('r', db.settings, () => userNameIn(db));
      const made = makePacks(data, { planId: plan.id, periodId: period.id, by, at: new Date().toISOString(), personIds: [...chosen] });
      if (!made.ok) throw new Error(made.error);
      const zip = await packsZip(made.packs, format);
      const saved = await getHost().saveFile({
        suggestedName: `${periodShortLabel(period).replace(/\//g, '-')} update packs - ${plan.name.replace(/[\\/:*?"<>|]/g, '-')}.zip`.slice(0, 150),
        data: zip,
        filter: { name: 'Zip of update packs', extensions: ['zip'] },
      });
      if (!saved.saved) {
        setBusy(false);
        return;
      }
      await recordPacksSent(db, made.packs, format === 'pwpack' ? 'pack' : 'xlsx');
      showToast({
        text: `Made ${made.packs.length} update pack${made.packs.length === 1 ? '' : 's'} for ${periodShortLabel(period)}. E-mail each officer their file.`,
      });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The packs could not be made.');
      setBusy(false);
    }
  };

  return (
    <Modal titleId="send-packs-title" title={`Send update packs for ${periodShortLabel(period)}`} onClose={onClose}>
      <p>
        One pack per lead officer, with their deliverables, last period's status and text, and this period's status and update to fill in. They are saved
        together as one zip file.
      </p>
      <fieldset>
        <legend>Files for each officer</legend>
        {(
          [
            ['xlsx', 'Excel workbook (.xlsx): opens in Excel or LibreOffice, no Panelwright needed'],
            ['pwpack', 'Panelwright pack (.pwpack): for officers who have Panelwright'],
            ['both', 'Both, so each officer can use either'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="check">
            <input type="radio" name="pack-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Lead officers</legend>
        {leads.map((p) => {
          const n = all.filter((d) => d.leadPersonId === p.id).length;
          return (
            <label key={p.id} className="check">
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(p.id);
                  else next.delete(p.id);
                  setChosen(next);
                }}
              />
              {p.name} ({n} deliverable{n === 1 ? '' : 's'}){p.email ? '' : ' — no e-mail address'}
            </label>
          );
        })}
      </fieldset>
      {unled > 0 && (
        <p className="muted small">
          {unled} deliverable{unled === 1 ? ' has' : 's have'} no lead officer and will not be in any pack.
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="primary" disabled={busy || chosen.size === 0} onClick={() => void make()}>
          {busy ? 'Making packs…' : `Make ${chosen.size} pack${chosen.size === 1 ? '' : 's'}`}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
