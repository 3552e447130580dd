// A field's or editor's debounced saver, made once for the life of the component: it always writes
// (and journals) with the newest `save` and `journal` the component was given, so a re-render with a
// new closure never starts a second saver or drops what the first one was holding.
import { useLayoutEffect, useRef, useState } from 'react';
import { createDebouncedSaver } from './debounced-save';
import type { DebouncedSaver } from './debounced-save';
import type { JournalEntry } from './unsaved-journal';

export function useDebouncedSaver<T>(save: (value: T) => Promise<unknown>, journal?: (value: T) => JournalEntry | null): DebouncedSaver<T> {
  const latest = useRef({ save, journal });
  useLayoutEffect(() => {
    latest.current = { save, journal };
  });
  // Whether it journals is decided when it is made (as the saver registers itself with the journal then).
  // eslint-disable-next-line react-hooks/refs -- the ref is read only when the saver writes (after a timer or on flush), never during render
  const [saver] = useState(() =>
    createDebouncedSaver<T>((v) => latest.current.save(v), undefined, undefined, {
      journal: journal && ((v) => latest.current.journal?.(v) ?? null),
    }),
  );
  return saver;
}
