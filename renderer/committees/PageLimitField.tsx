// A committee's page limit: a whole number of pages, or empty for none. Saves as it is typed;
// anything else is said and not saved.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createDebouncedSaver } from '../app/debounced-save';

export function parsePageLimit(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,3}$/.test(t) || Number(t) < 1) return undefined;
  return Number(t);
}

export function PageLimitField({
  committeeName,
  value,
  save,
}: {
  committeeName: string;
  value: number | undefined;
  save: (pages: number | null) => Promise<unknown>;
}) {
  const id = useId();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  const saver = useMemo(() => createDebouncedSaver<number | null>((v) => saveRef.current(v)), []);
  useEffect(() => {
    if (!editing.current) setText(value === undefined ? '' : String(value));
  }, [value]);
  useEffect(() => () => (saver.flush(), saver.dispose()), [saver]);
  return (
    <div className="field page-limit-field">
      <label htmlFor={id} className="visually-hidden">
        Page limit for {committeeName}
      </label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        placeholder="no limit"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => {
          editing.current = true;
          setText(e.target.value);
          const v = parsePageLimit(e.target.value);
          if (v === undefined) {
            setError('A whole number of pages (1 to 999), or empty for no limit.');
            return;
          }
          setError(null);
          saver.push(v);
        }}
        onBlur={() => (saver.flush(), (editing.current = false))}
      />
      {error && (
        <div id={`${id}-err`} className="field-error">
          {error}
        </div>
      )}
    </div>
  );
}
