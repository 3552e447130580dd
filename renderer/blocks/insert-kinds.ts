// What the "Insert data" dialog offers. Each feature lists its own block kinds with the form that
// picks their source (a plan, a theme, a period …); this file only gathers them.
import type { ComponentType } from 'react';
import type { BlockSource } from '../../shared/blocks/model';
import { PLAN_INSERT_KINDS } from '../plans/insert-kinds';
import { MEASURE_INSERT_KINDS } from '../measures/insert-kinds';
import { LIBRARY_INSERT_KINDS } from '../library/insert-kinds';

export interface InsertFormProps {
  readonly paperId: string;
  /** Called whenever the form's choice changes: the source to insert and a title for an appendix, or null while incomplete. */
  readonly onChange: (choice: { source: BlockSource; title: string } | null) => void;
}

export interface InsertKind {
  /** Unique within the dialog, e.g. 'planThemeUpdate'. */
  readonly id: string;
  readonly group: string;
  readonly label: string;
  /** One line on what it prints. */
  readonly description: string;
  /** Whether it is usually an appendix of its own (the dialog suggests that). */
  readonly appendixByDefault: boolean;
  readonly Form: ComponentType<InsertFormProps>;
}

export const INSERT_KINDS: readonly InsertKind[] = [...PLAN_INSERT_KINDS, ...MEASURE_INSERT_KINDS, ...LIBRARY_INSERT_KINDS];
