import { useRef } from 'react';
import type { JournalEntry } from '../app/unsaved-journal';
import { useFindField } from '../find/targets';
import { TextField } from '../ui/fields';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly save: (v: string) => Promise<unknown>;
  readonly readOnly: boolean;
  readonly journal?: (v: string) => JournalEntry | null;
  /** Told once the field is left with a different title (the rename is then one step of the paper's undo). */
  readonly onRenamed?: (from: string, to: string) => void;
  /** Searched by the paper's Find under this key. */
  readonly findKey?: string;
  /** The paper's title shows its label; a section's reads as the heading itself. */
  readonly labelVisible?: boolean;
  readonly className?: string;
}

/**
 * A title edited in place (the paper's, a section's, an appendix's): a changed title is one rename in
 * the paper's undo history once the field is left, and Find searches it.
 */
export function HeadingField({ label, value, save, readOnly, journal, onRenamed, findKey, labelVisible = false, className }: Props) {
  const atFocus = useRef<string | null>(null);
  const typed = useRef(value);
  const box = useRef<HTMLDivElement>(null);
  // Find and replace: a replacement is stored and recorded as a rename.
  useFindField(
    findKey ?? null,
    box,
    value,
    async (next) => {
      await save(next);
      onRenamed?.(value, next);
    },
    readOnly,
  );
  return (
    <div
      ref={box}
      className={className ?? 'heading-field'}
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
        label={labelVisible ? label : <span className="visually-hidden">{label}</span>}
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
