// Form fields that save as the user types (no Save button): local state for instant typing,
// a debounced write, and the stored value shown again whenever the field is not being edited.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useDebouncedSaver } from '../app/use-debounced-saver';
import type { JournalEntry } from '../app/unsaved-journal';
import { useEditLocked } from './edit-lock';

function useAutosaved(value: string, save: (v: string) => Promise<unknown>, journal?: (v: string) => JournalEntry | null) {
  const [local, setLocal] = useState(value);
  const editing = useRef(false);
  const saver = useDebouncedSaver<string>(save, journal);
  useEffect(() => {
    if (!editing.current) setLocal(value);
  }, [value]);
  useEffect(
    () => () => {
      saver.flush();
      saver.dispose();
    },
    [saver],
  );
  return {
    value: local,
    onChange: (v: string) => {
      editing.current = true;
      setLocal(v);
      saver.push(v);
    },
    onBlur: () => {
      saver.flush();
      editing.current = false;
    },
  };
}

interface FieldProps {
  readonly label: ReactNode;
  readonly value: string;
  readonly save: (v: string) => Promise<unknown>;
  readonly hint?: string;
  readonly error?: string | null;
  readonly required?: boolean;
  readonly readOnly?: boolean;
  readonly className?: string;
  /** How an unsaved value is put back after a reload (renderer/app/durable-edits.ts). */
  readonly journal?: (v: string) => JournalEntry | null;
}

export function TextField({
  label,
  value,
  save,
  hint,
  error,
  required,
  readOnly,
  className,
  type = 'text',
  placeholder,
  journal,
  list,
}: FieldProps & { type?: 'text' | 'email' | 'tel'; placeholder?: string; /** The id of a datalist of suggestions. */ list?: string }) {
  const id = useId();
  const locked = useEditLocked(readOnly);
  const f = useAutosaved(value, save, journal);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={f.value}
        placeholder={placeholder}
        list={list}
        required={required}
        readOnly={locked}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-desc` : undefined}
        onChange={(e) => f.onChange(e.target.value)}
        onBlur={f.onBlur}
      />
      {(hint || error) && (
        <div id={`${id}-desc`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </div>
      )}
    </div>
  );
}

export function TextArea({ label, value, save, hint, error, readOnly, className, rows = 2, journal }: FieldProps & { rows?: number }) {
  const id = useId();
  const locked = useEditLocked(readOnly);
  const f = useAutosaved(value, save, journal);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={f.value}
        readOnly={locked}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-desc` : undefined}
        onChange={(e) => f.onChange(e.target.value)}
        onBlur={f.onBlur}
      />
      {(hint || error) && (
        <div id={`${id}-desc`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </div>
      )}
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  save,
  disabled,
  className,
  view,
}: {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  save: (v: T) => unknown;
  disabled?: boolean;
  className?: string;
  /** True: it chooses what is shown and changes no record, so an edit lock leaves it alone. */
  view?: boolean;
}) {
  const id = useId();
  const lockedByContext = useEditLocked(disabled);
  const locked = view ? (disabled ?? false) : lockedByContext;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={locked} onChange={(e) => void save(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
