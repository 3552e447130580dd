import { useLiveQuery } from 'dexie-react-hooks';
import { PURPOSE_LABEL, PUBLICITY_LABEL } from '../../shared/papers/model';
import type { CoverSheet, Paper, PaperPurpose, Publicity } from '../../shared/papers/model';
import { EXEMPTION_NEEDED, lacksExemptionReason } from '../../shared/papers/publicity';
import { removedCommitteeLabel } from '../../shared/papers/committees';
import { isLive } from '../../shared/records/meta';
import { db } from '../db/database';
import { addCommittee } from '../db/committees-repo';
import { updateCover } from '../db/papers-repo';
import { journalEntry } from '../app/durable-edits';
import { getAsker } from '../ui/asker';
import { DateField } from '../ui/DateField';
import { SelectField, TextArea, TextField } from '../ui/fields';

const NEW_COMMITTEE = '__new__';

/** The cover-sheet table, laid out as it prints: labels left, values right. */
export function CoverSheetForm({ paper, readOnly }: { paper: Paper; readOnly: boolean }) {
  const committees = useLiveQuery(() => db.committees.toArray(), []);
  const live = (committees ?? []).filter(isLive).sort((a, b) => a.name.localeCompare(b.name));
  const c = paper.cover;
  // A committee removed from the list is still this paper's: shown (and printed) as it was.
  const removed = (committees ?? []).find((x) => x.id === c.committeeId && !isLive(x));
  const save = (changes: Partial<CoverSheet>) => updateCover(db, paper.id, changes);

  const pickCommittee = async (value: string) => {
    if (value !== NEW_COMMITTEE) return save({ committeeId: value || null });
    const name = await getAsker().text({ title: 'New committee', label: 'Committee or panel name, as it should print', confirmLabel: 'Add committee' });
    if (name && name.trim()) await save({ committeeId: await addCommittee(db, name) });
  };

  return (
    <section className="cover-sheet" aria-labelledby="cover-heading">
      <h2 id="cover-heading" className="visually-hidden">
        Cover sheet
      </h2>
      <div className="cover-grid">
        <SelectField<PaperPurpose>
          label="Purpose"
          value={c.purpose}
          disabled={readOnly}
          options={(Object.keys(PURPOSE_LABEL) as PaperPurpose[]).map((v) => ({ value: v, label: PURPOSE_LABEL[v] }))}
          save={(purpose) => save({ purpose })}
        />
        <SelectField<Publicity>
          label="Public/Non Public"
          value={c.publicity}
          disabled={readOnly}
          options={(Object.keys(PUBLICITY_LABEL) as Publicity[]).map((v) => ({ value: v, label: PUBLICITY_LABEL[v] }))}
          save={(publicity) => save({ publicity })}
        />
        {c.publicity === 'non-public' && (
          <TextArea
            className="cover-exemption"
            label="Reason for exemption"
            value={c.exemptionReason}
            readOnly={readOnly}
            error={lacksExemptionReason(c) ? EXEMPTION_NEEDED : null}
            save={(exemptionReason) => save({ exemptionReason })} journal={journalEntry.cover(paper.id, 'exemptionReason')}
          />
        )}
        <SelectField
          label="Report to"
          value={c.committeeId ?? ''}
          disabled={readOnly}
          options={[
            { value: '', label: '— choose a committee —' },
            ...(removed ? [{ value: removed.id, label: removedCommitteeLabel(removed.name) }] : []),
            ...live.map((x) => ({ value: x.id, label: x.name })),
            { value: NEW_COMMITTEE, label: 'New committee…' },
          ]}
          save={pickCommittee}
        />
        <DateField label="Date of Meeting" value={c.meetingDate} readOnly={readOnly} save={(meetingDate) => save({ meetingDate })} journal={journalEntry.cover(paper.id, 'meetingDate')} />
        <TextField label="Report of" value={c.reportOf} readOnly={readOnly} save={(reportOf) => save({ reportOf })} journal={journalEntry.cover(paper.id, 'reportOf')} />
        <TextField label="Report Author" value={c.author} readOnly={readOnly} save={(author) => save({ author })} journal={journalEntry.cover(paper.id, 'author')} />
        <TextField label="E-mail" type="email" value={c.email} readOnly={readOnly} save={(email) => save({ email })} journal={journalEntry.cover(paper.id, 'email')} />
        <TextField label="Other Contacts" value={c.otherContacts} readOnly={readOnly} save={(otherContacts) => save({ otherContacts })} journal={journalEntry.cover(paper.id, 'otherContacts')} />
        <TextField label="Agenda Item" value={c.agendaItem} readOnly={readOnly} save={(agendaItem) => save({ agendaItem })} journal={journalEntry.cover(paper.id, 'agendaItem')} />
      </div>
    </section>
  );
}
