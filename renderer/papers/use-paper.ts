import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { PaperBundle } from '../../shared/papers/model';
import { footnoteMarks } from '../../shared/papers/footnotes';
import { shareUnchanged } from '../../shared/papers/share-unchanged';
import { db } from '../db/database';
import { loadBundle } from '../db/papers-repo';

/**
 * undefined while loading, null when the paper does not exist (or was deleted). After a save the
 * sections and appendices that did not change are the same objects as before (and the bundle is the
 * same object when nothing changed), so the screen's memoised section views and per-section caches
 * skip them: a save costs the screen work for the one section saved.
 */
export function usePaperBundle(paperId: string): PaperBundle | null | undefined {
  const last = useRef<PaperBundle | null | undefined>(undefined);
  return useLiveQuery(() => loadBundle(db, paperId).then((next) => (last.current = shareUnchanged(last.current, next))), [paperId]);
}

/** Footnote marks across the paper, stable while they do not change. */
export function useFootnoteMarks(bundle: PaperBundle | null | undefined): ReadonlyMap<string, string> {
  const marks = useMemo(() => (bundle ? footnoteMarks(bundle) : new Map<string, string>()), [bundle]);
  // Same identity while the marks are the same, so editors are not relabelled on every save.
  const key = [...marks].map(([k, v]) => `${k}=${v}`).join('|');
  return useMemo(() => marks, [key]);
}
