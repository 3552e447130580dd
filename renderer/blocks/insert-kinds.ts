// What the "Insert data" dialog offers: every block kind of shared/blocks/kinds.ts (its name, group and
// description come from there), each with the form that picks its source. Each feature exports the
// forms of its own kinds; the mapped type makes a kind without a form a compile error.
import type { ComponentType } from 'react';
import { BLOCK_KINDS, BLOCK_KIND_NAMES } from '../../shared/blocks/kinds';
import type { BlockKind, BlockSource } from '../../shared/blocks/model';
import { LIBRARY_INSERT_FORMS } from '../library/insert-kinds';
import { MEASURE_INSERT_FORMS } from '../measures/insert-kinds';
import { PLAN_INSERT_FORMS } from '../plans/insert-kinds';

export interface InsertFormProps {
  readonly paperId: string;
  /** Called whenever the form's choice changes: the source to insert and a title for an appendix, or null while incomplete. */
  readonly onChange: (choice: { source: BlockSource; title: string } | null) => void;
}

export type InsertForms = { readonly [K in BlockKind]: ComponentType<InsertFormProps> };

export interface InsertKind {
  readonly id: BlockKind;
  readonly group: string;
  readonly label: string;
  /** One line on what it prints. */
  readonly description: string;
  readonly appendixByDefault: boolean;
  readonly Form: ComponentType<InsertFormProps>;
}

const FORMS: InsertForms = { ...PLAN_INSERT_FORMS, ...MEASURE_INSERT_FORMS, ...LIBRARY_INSERT_FORMS };

export const INSERT_KINDS: readonly InsertKind[] = BLOCK_KIND_NAMES.map((id) => {
  const { group, label, description, appendixByDefault } = BLOCK_KINDS[id];
  return { id, group, label, description, appendixByDefault, Form: FORMS[id] };
});
