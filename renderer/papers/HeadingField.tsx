import { useRef } from 'react';
import type { JournalEntry } from '../app/unsaved-journal';
import { TextField } from '../ui/fields';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly save: (v: string) => Promise<unknown>;
  readonly readOnly: boolean;
  readonly journal?: (v: string) => JournalEntry | null;
  /** Told once the field is left with a different title (the rename is then one step of the paper's undo). */
  readonly onRenamed?: (from: string, to: string) => void;
}

/** A title that reads as a heading on the page but is edited in place. */
export function HeadingField({ label, value, save, readOnly, journal, onRenamed }: Props) {
  const atFocus = useRef<string | null>(null);
  const typed = useRef(value);
  return (
    <div
      className="heading-field"
      onFocus={() => {
        atFocus.current = value;
        typed.current = value;
      }}
      onBlur={() => {
        const from = atFocus.current;
        atFocus.current = null;
        if (from !== null && typed.current !== from) onRenamed?.(from, typed.current);
      }}
    >
      <TextField
        label={<span className="visually-hidden">{label}</span>}
        value={value}
        save={(v) => {
          typed.current = v;
          return save(v);
        }}
        readOnly={readOnly}
        {...(journal ? { journal } : {})}
      />
    </div>
  );
}
