import { newId } from '../../shared/records/meta';
import type { Contact, Paper } from '../../shared/papers/model';
import { CONTACTS_INTRO } from '../../shared/papers/standard-sections';
import { db } from '../db/database';
import { updatePaper } from '../db/papers-repo';
import { TextField } from '../ui/fields';

/** The closing "For any enquiries about this report please contact" block. */
export function ContactsForm({ paper, readOnly }: { paper: Paper; readOnly: boolean }) {
  const saveContacts = (contacts: readonly Contact[]) => updatePaper(db, paper.id, { contacts });
  // Reads the stored list at write time so quick edits to two fields never overwrite each other.
  const patch = async (id: string, changes: Partial<Contact>) => {
    const stored = await db.papers.get(paper.id);
    if (stored) await saveContacts(stored.contacts.map((c) => (c.id === id ? { ...c, ...changes } : c)));
  };
  const add = () => saveContacts([...paper.contacts, { id: newId(), name: '', role: '', email: '', phone: '' }]);
  const remove = (id: string) => saveContacts(paper.contacts.filter((c) => c.id !== id));
  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" className="contacts-intro">
        {CONTACTS_INTRO}
      </h2>
      {paper.contacts.length === 0 && <p className="muted">No contacts yet. Add the people readers should contact about this paper.</p>}
      {paper.contacts.map((c, i) => (
        <fieldset className="contact" key={c.id}>
          <legend>Contact {i + 1}</legend>
          <TextField label="Name" value={c.name} readOnly={readOnly} save={(name) => patch(c.id, { name })} />
          <TextField label="Role" value={c.role} readOnly={readOnly} save={(role) => patch(c.id, { role })} />
          <TextField label="E-mail" type="email" value={c.email} readOnly={readOnly} save={(email) => patch(c.id, { email })} />
          <TextField label="Telephone" type="tel" value={c.phone} readOnly={readOnly} save={(phone) => patch(c.id, { phone })} />
          {!readOnly && (
            <button type="button" className="link-button danger" onClick={() => void remove(c.id)}>
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
