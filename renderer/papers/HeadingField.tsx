import type { JournalEntry } from '../app/unsaved-journal';
import { TextField } from '../ui/fields';

/** A title that reads as a heading on the page but is edited in place. */
export function HeadingField({ label, value, save, readOnly, journal }: { label: string; value: string; save: (v: string) => Promise<unknown>; readOnly: boolean; journal?: (v: string) => JournalEntry | null }) {
  return (
    <div className="heading-field">
      <TextField label={<span className="visually-hidden">{label}</span>} value={value} save={save} readOnly={readOnly} {...(journal ? { journal } : {})} />
    </div>
  );
}
