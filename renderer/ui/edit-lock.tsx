// Fields inside an edit lock are read-only (selects and radio groups disabled): used where a change
// could not be kept, e.g. a team sync connection whose role may only read these records
// (renderer/sync/TeamLock.tsx). Fields read it themselves, so a screen locks all of its fields at once.
import { createContext, useContext } from 'react';

export const EditLockContext = createContext(false);

/** True when the field must not take edits: its own readOnly, or an edit lock around it. */
export function useEditLocked(readOnly?: boolean): boolean {
  return useContext(EditLockContext) || (readOnly ?? false);
}
