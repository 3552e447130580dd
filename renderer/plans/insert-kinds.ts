// The block kinds this feature offers in the "Insert data" dialog (renderer/blocks/insert-kinds.ts).
import type { InsertKind } from '../blocks/insert-kinds';

export const PLAN_INSERT_KINDS: readonly InsertKind[] = [];
