import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PaperBundle } from '../../shared/papers/model';
import { footnoteMarks } from '../../shared/papers/footnotes';
import { db } from '../db/database';
import { loadBundle } from '../db/papers-repo';

/** undefined while loading, null when the paper does not exist (or was deleted). */
export function usePaperBundle(paperId: string): PaperBundle | null | undefined {
  return useLiveQuery(() => loadBundle(db, paperId), [paperId]);
}

/** Footnote marks across the paper, stable while they do not change. */
export function useFootnoteMarks(bundle: PaperBundle | null | undefined): ReadonlyMap<string, string> {
  const marks = bundle ? footnoteMarks(bundle) : new Map<string, string>();
  // Same identity while the marks are the same, so editors are not relabelled on every save.
  const key = [...marks].map(([k, v]) => `${k}=${v}`).join('|');
  return useMemo(() => marks, [key]);
}
