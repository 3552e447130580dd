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
import { Findable } from '../find/Findable';
import { getAsker } from '../ui/asker';
import { DateField } from '../ui/DateField';
import { SelectField, TextArea, TextField } from '../ui/fields';

const NEW_COMMITTEE = '__new__';

/** The cover's free-text entries, in print order after the meeting date (Find searches them). */
const COVER_TEXT_FIELDS = [
  { field: 'reportOf', label: 'Report of', type: 'text' },
  { field: 'author', label: 'Report Author', type: 'text' },
  { field: 'email', label: 'E-mail', type: 'email' },
  { field: 'otherContacts', label: 'Other Contacts', type: 'text' },
  { field: 'agendaItem', label: 'Agenda Item', type: 'text' },
] as const;

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
          <Findable
            findKey="cover-exemptionReason"
            label="Cover sheet: Reason for exemption"
            value={c.exemptionReason}
            save={(exemptionReason) => save({ exemptionReason })}
            readOnly={readOnly}
          >
            <TextArea
              className="cover-exemption"
              label="Reason for exemption"
              value={c.exemptionReason}
              readOnly={readOnly}
              error={lacksExemptionReason(c) ? EXEMPTION_NEEDED : null}
              save={(exemptionReason) => save({ exemptionReason })}
              journal={journalEntry.cover(paper.id, 'exemptionReason')}
            />
          </Findable>
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
        <DateField
          label="Date of Meeting"
          value={c.meetingDate}
          readOnly={readOnly}
          save={(meetingDate) => save({ meetingDate })}
          journal={journalEntry.cover(paper.id, 'meetingDate')}
        />
        {COVER_TEXT_FIELDS.map(({ field, label, type }) => (
          <Findable
            key={field}
            findKey={`cover-${field}`}
            label={`Cover sheet: ${label}`}
            value={c[field]}
            save={(v) => save({ [field]: v })}
            readOnly={readOnly}
          >
            <TextField
              label={label}
              type={type}
              value={c[field]}
              readOnly={readOnly}
              save={(v) => save({ [field]: v })}
              journal={journalEntry.cover(paper.id, field)}
            />
          </Findable>
        ))}
      </div>
    </section>
  );
}
