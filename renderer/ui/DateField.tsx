// Date fields of our own, day first (dd/mm/yyyy) whatever the computer's locale: the native date input
// follows the machine's locale (month first on a US-English system) and cannot be told otherwise. They
// accept "08/02/2022", "8/2/22", "8 Feb 2022" …; what is stored is always the ISO date.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { formatDayFirst, formatShortDate, parseDayFirstDate } from '../../shared/text/dates';
import { useDebouncedSaver } from '../app/use-debounced-saver';
import type { JournalEntry } from '../app/unsaved-journal';
import { useEditLocked } from './edit-lock';

export const DATE_FORMAT_ERROR = 'Type the date day first, e.g. 08/02/2022 or 8 Feb 2022.';

interface DateInputProps {
  readonly id?: string;
  /** The stored ISO date, or '' for none. */
  readonly value: string;
  /** Called with the ISO date ('' when cleared) each time the text reads as a real date. */
  readonly onChange: (iso: string) => void;
  readonly onBlur?: () => void;
  readonly readOnly?: boolean;
  readonly required?: boolean;
  readonly className?: string;
  readonly 'aria-label'?: string;
  readonly 'aria-describedby'?: string;
  /** Told whether the text is unreadable, so the caller can show why (DateField does). */
  readonly onValidity?: (error: string | null) => void;
}

/** The bare input: shows the stored date as dd/mm/yyyy whenever it is not being edited. */
export function DateInput({ id, value, onChange, onBlur, readOnly, required, className, onValidity, ...aria }: DateInputProps) {
  const locked = useEditLocked(readOnly);
  const [text, setText] = useState(formatDayFirst(value));
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setText(formatDayFirst(value));
  }, [value]);
  const report = (e: string | null) => {
    setError(e);
    onValidity?.(e);
  };
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      className={`date-input ${className ?? ''}`}
      value={text}
      readOnly={locked}
      required={required}
      aria-invalid={error ? true : undefined}
      aria-label={aria['aria-label']}
      aria-describedby={aria['aria-describedby']}
      title={error ?? (value ? formatShortDate(value) : undefined)}
      onChange={(e) => {
        editing.current = true;
        setText(e.target.value);
        const iso = parseDayFirstDate(e.target.value);
        if (iso === null) {
          report(DATE_FORMAT_ERROR);
          return;
        }
        report(null);
        onChange(iso);
      }}
      onBlur={() => {
        editing.current = false;
        // A readable date is shown back in the one form (8 Feb 2022 → 08/02/2022); an unreadable one stays to be fixed.
        const iso = parseDayFirstDate(text);
        if (iso !== null) setText(formatDayFirst(iso));
        onBlur?.();
      }}
    />
  );
}

/** A labelled date field that saves as it is typed (like TextField); unreadable text is not saved and says why. */
export function DateField({
  label,
  value,
  save,
  hint,
  readOnly,
  className,
  journal,
}: {
  label: ReactNode;
  value: string;
  save: (iso: string) => Promise<unknown>;
  hint?: string;
  readOnly?: boolean;
  className?: string;
  journal?: (iso: string) => JournalEntry | null;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const saver = useDebouncedSaver<string>(save, journal);
  useEffect(
    () => () => {
      saver.flush();
      saver.dispose();
    },
    [saver],
  );
  const described = hint || error ? `${id}-desc` : undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <DateInput
        id={id}
        value={value}
        readOnly={readOnly}
        aria-describedby={described}
        onValidity={setError}
        onChange={(iso) => saver.push(iso)}
        onBlur={() => saver.flush()}
      />
      {described && (
        <div id={described} className={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </div>
      )}
    </div>
  );
}
