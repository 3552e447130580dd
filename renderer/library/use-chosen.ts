// Which record of a live list the screen shows. A record just created is waited for, not replaced by
// the first of the list: until the live query has it, nothing is shown, so what the user types next
// cannot land in another record (it used to rename the case study that was on screen before).
import { useState } from 'react';

export interface Chosen<T> {
  /** The record to show; undefined while the list is empty or a new record is on its way. */
  readonly current: T | undefined;
  /** A new record was chosen and the list does not show it yet. */
  readonly arriving: boolean;
  readonly choose: (id: string | null) => void;
  readonly chooseNew: (id: string) => void;
}

export function useChosen<T extends { readonly id: string }>(items: readonly T[] | undefined): Chosen<T> {
  const [selected, setSelected] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const found = items?.find((x) => x.id === selected);
  const arriving = found === undefined && created !== null && created === selected;
  return {
    current: found ?? (arriving ? undefined : items?.[0]),
    arriving,
    choose: setSelected,
    chooseNew: (id) => {
      setCreated(id);
      setSelected(id);
    },
  };
}
