// Reads what a block's resolver needs, and only that (the kind's `reads` in shared/blocks/kinds.ts):
// a plan's update reads the plan tables, never the papers. The result is a DatabaseSnapshot with the
// other tables empty.
import type { DatabaseSnapshot } from '../../shared/backup/snapshot';
import { emptySnapshot } from '../../shared/backup/snapshot';
import { BLOCK_KINDS } from '../../shared/blocks/kinds';
import type { BlockKind } from '../../shared/blocks/model';
import type { PanelwrightDb } from '../db/database';
import { tableOf } from '../db/database';

export async function loadBlockData(db: PanelwrightDb, kind: BlockKind): Promise<DatabaseSnapshot> {
  const tables = BLOCK_KINDS[kind].reads;
  const out: Record<string, unknown> = { ...emptySnapshot() };
  await db.transaction(
    'r',
    tables.map((t) => tableOf(db, t)),
    async () => {
      for (const t of tables) out[t] = await tableOf(db, t).toArray();
    },
  );
  return out as unknown as DatabaseSnapshot;
}
