// A plain text field of the paper (a cover-sheet entry, a contact's name or role) that the paper's Find
// searches and Replace can change. A replacement is stored through the field's own save (so an issued
// paper refuses it like any other write) and is one step of the paper's undo history.
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useHistory } from '../undo/PaperHistory';
import { useFindField } from './targets';

interface Props {
  /** Unique on the page, e.g. `cover-author`, `contact-<id>-name`. */
  readonly findKey: string;
  /** What the undo step names: "Cover sheet: Report Author". */
  readonly label: string;
  readonly value: string;
  readonly save: (next: string) => Promise<unknown>;
  readonly readOnly: boolean;
  readonly children: ReactNode;
}

export function Findable({ findKey, label, value, save, readOnly, children }: Props) {
  const history = useHistory();
  const box = useRef<HTMLDivElement>(null);
  useFindField(
    findKey,
    box,
    value,
    async (next) => {
      const before = value;
      await save(next);
      history?.record({ label: `Replace in ${label}`, undo: () => save(before), redo: () => save(next) });
    },
    readOnly,
  );
  return (
    <div ref={box} className="findable">
      {children}
    </div>
  );
}
