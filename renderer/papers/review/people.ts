// The people list (delivery plans' people) for naming who clears a section.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/plans/model';
import { isLive } from '../../../shared/records/meta';
import { db } from '../../db/database';

export function usePeople(): readonly Person[] {
  return useLiveQuery(async () => (await db.people.toArray()).filter(isLive).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), []) ?? [];
}
