// A compact input for table cells and inline lists: saves as the user types (debounced, so the status
// bar reports "All changes saved"), shows the stored value whenever it is not being edited, and
// refuses (without saving) what `parse` cannot read, saying why.
import { useEffect, useRef, useState } from 'react';
import { useDebouncedSaver } from '../app/use-debounced-saver';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

interface Props<T> {
  readonly label: string;
  readonly value: string;
  readonly parse: (text: string) => ParseResult<T>;
  readonly save: (value: T) => Promise<unknown>;
  readonly className?: string;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly list?: string;
  /** Focus on mount: a row just added takes the author straight to its first field. */
  readonly focusOnMount?: boolean;
}

export function AutoInput<T>({ label, value, parse, save, className, multiline, placeholder, list, focusOnMount }: Props<T>) {
  const [local, setLocal] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const saver = useDebouncedSaver<T>(save);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusOnMount) field.current?.focus();
    // Only when the row first appears, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (!editing.current) setLocal(value);
  }, [value]);
  useEffect(() => () => saver.flush(), [saver]);
  const onChange = (text: string) => {
    editing.current = true;
    setLocal(text);
    const p = parse(text);
    if (p.ok) {
      setError(null);
      saver.push(p.value);
    } else setError(p.error);
  };
  const onBlur = () => {
    saver.flush();
    editing.current = false;
    if (!error) setLocal(value);
  };
  const common = {
    'aria-label': label,
    title: error ?? undefined,
    'aria-invalid': error ? true : undefined,
    className: `auto-input ${className ?? ''}`,
    placeholder,
  } as const;
  return (
    <>
      {multiline ? (
        <textarea {...common} ref={field} rows={2} value={local} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      ) : (
        <input {...common} ref={field} list={list} value={local} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      )}
      {error && (
        <span className="field-error auto-input-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

export const asText = (t: string): ParseResult<string> => ({ ok: true, value: t });
