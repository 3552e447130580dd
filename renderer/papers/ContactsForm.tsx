import type { Paper } from '../../shared/papers/model';
import { CONTACTS_INTRO } from '../../shared/papers/standard-sections';
import { db } from '../db/database';
import { updateContact } from '../db/contacts-repo';
import { addContactUndoable, removeContactUndoable } from '../undo/paper-actions';
import { useHistory } from '../undo/PaperHistory';
import { journalEntry } from '../app/durable-edits';
import { Findable } from '../find/Findable';
import { TextField } from '../ui/fields';
import { focusWhenShown } from '../ui/focus';

const CONTACT_FIELDS = [
  { field: 'name', label: 'Name', type: 'text' },
  { field: 'role', label: 'Role', type: 'text' },
  { field: 'email', label: 'E-mail', type: 'email' },
  { field: 'phone', label: 'Telephone', type: 'tel' },
] as const;

/** The closing "For any enquiries about this report please contact" block. */
export function ContactsForm({ paper, readOnly }: { paper: Paper; readOnly: boolean }) {
  const history = useHistory();
  const add = async () => {
    const from = document.activeElement;
    const id = await addContactUndoable(history, paper.id);
    // Straight into the new contact's name, in view, unless the author has already gone into a field.
    await focusWhenShown(() => document.querySelector<HTMLElement>(`#contact-${CSS.escape(id)} input`), { unlessMovedFrom: from });
  };
  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" className="contacts-intro">
        {CONTACTS_INTRO}
      </h2>
      {paper.contacts.length === 0 && <p className="muted">No contacts yet. Add the people readers should contact about this paper.</p>}
      {paper.contacts.map((c, i) => (
        <fieldset className="contact" key={c.id} id={`contact-${c.id}`}>
          <legend>Contact {i + 1}</legend>
          {CONTACT_FIELDS.map(({ field, label, type }) => {
            const save = (v: string) => updateContact(db, paper.id, c.id, { [field]: v });
            return (
              <Findable key={field} findKey={`contact-${c.id}-${field}`} label={`Contact ${i + 1}: ${label}`} value={c[field]} save={save} readOnly={readOnly}>
                <TextField label={label} type={type} value={c[field]} readOnly={readOnly} save={save} journal={journalEntry.contact(paper.id, c.id, field)} />
              </Findable>
            );
          })}
          {!readOnly && (
            <button type="button" className="link-button danger" onClick={() => void removeContactUndoable(history, paper.id, c.id)}>
              Remove contact {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <button type="button" onClick={() => void add()}>
          Add contact
        </button>
      )}
    </section>
  );
}
