// Which record of a live list the screen shows. A record being created is waited for, not replaced by
// the first of the list: from the click until the live query has it, nothing is shown, so what the user
// types next cannot land in another record (it used to rename the case study or table that was on
// screen before, when the laptop was slow to write the new one).
import { useState } from 'react';
import { firstField, focusWhenShown } from '../ui/focus';

export interface Chosen<T> {
  /** The record to show; undefined while the list is empty or a new record is on its way. */
  readonly current: T | undefined;
  /** A new record is being written, or was chosen and the list does not show it yet. */
  readonly arriving: boolean;
  readonly choose: (id: string | null) => void;
  readonly chooseNew: (id: string) => void;
  /** Creates a record and shows it; nothing is shown from the call until it is there. */
  readonly createAndChoose: (make: () => Promise<string>) => Promise<string | null>;
}

/** `created` while the new record's id is not known yet. */
const WRITING = Symbol('writing');

export function useChosen<T extends { readonly id: string }>(items: readonly T[] | undefined): Chosen<T> {
  const [selected, setSelected] = useState<string | null>(null);
  const [created, setCreated] = useState<string | typeof WRITING | null>(null);
  const found = items?.find((x) => x.id === selected);
  const arriving = created === WRITING || (found === undefined && created !== null && created === selected);
  const chooseNew = (id: string) => {
    setCreated(id);
    setSelected(id);
  };
  return {
    current: arriving ? undefined : (found ?? items?.[0]),
    arriving,
    choose: setSelected,
    chooseNew,
    createAndChoose: async (make) => {
      setCreated(WRITING);
      try {
        const id = await make();
        chooseNew(id);
        return id;
      } catch (e) {
        // Nothing was made: show what was there before, and let the caller say why.
        setCreated(null);
        throw e;
      }
    },
  };
}

/** Puts focus in the first field (the title) of a just-created record once its editor is on screen. */
export async function focusNewRecord(id: string | null): Promise<void> {
  if (id) await focusWhenShown(() => firstField(document.querySelector(`[data-record-id="${CSS.escape(id)}"]`)));
}
