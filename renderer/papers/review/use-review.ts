// The paper's review and clearance state, computed once for the paper screen: each clearance's
// state (its section's text hash against the one cleared), each review item's paragraph in the
// draft as it is now, what is unmatched, and what would stop an issue. Rules from shared/clearance
// and shared/review; this only loads and combines.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Clearance, ClearanceState } from '../../../shared/clearance/model';
import type { IssueBlocker } from '../../../shared/clearance/rules';
import { clearanceState, issueBlockers, liveClearances, sectionTextHash } from '../../../shared/clearance/rules';
import type { PaperBundle, Section } from '../../../shared/papers/model';
import { isLive } from '../../../shared/records/meta';
import { draftFootnotes, draftParagraphs, draftParts } from '../../../shared/review/draft-text';
import type { ParagraphMatch } from '../../../shared/review/match';
import { matchItems } from '../../../shared/review/match';
import type { ReviewItem, ReviewRequest } from '../../../shared/review/model';
import { db } from '../../db/database';
import { listClearances } from '../../db/clearance-repo';
import { listReviewItems, listReviewRequests } from '../../db/review-repo';

export interface ReviewView {
  readonly clearances: readonly Clearance[];
  readonly stateOf: (c: Clearance) => ClearanceState | null;
  readonly items: readonly ReviewItem[];
  readonly matches: ReadonlyMap<string, ParagraphMatch | null>;
  readonly unmatched: readonly ReviewItem[];
  readonly requests: readonly ReviewRequest[];
  /** null while the section hashes are being computed. */
  readonly blockers: readonly IssueBlocker[] | null;
}

// A stored section is never changed in place, and the paper screen keeps the objects of sections that were
// not saved (shared/papers/share-unchanged.ts): after a save only the saved section is hashed again.
const hashOfSection = new WeakMap<Section, Promise<string>>();
async function sectionHashesCached(sections: readonly Section[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const s of sections) {
    if (!isLive(s)) continue;
    let hash = hashOfSection.get(s);
    if (!hash) hashOfSection.set(s, (hash = sectionTextHash(s)));
    out[s.id] = await hash;
  }
  return out;
}

export function useReviewView(bundle: PaperBundle | null | undefined): ReviewView | null {
  const paperId = bundle?.paper.id ?? '';
  const clearances = useLiveQuery(() => listClearances(db, paperId), [paperId]);
  const items = useLiveQuery(() => listReviewItems(db, paperId), [paperId]);
  const requests = useLiveQuery(() => listReviewRequests(db, paperId), [paperId]);
  // Only sections with a clearance are hashed (a hash is read only to compare with a clearance's): a
  // paper being drafted, with none yet, hashes nothing after each save.
  const cleared = new Set((clearances ?? []).filter(isLive).map((c) => c.sectionId));
  const sections = clearances ? bundle?.sections.filter((s) => cleared.has(s.id)) : undefined;
  const key = sections ? sections.map((s) => `${s.id}@${s.updatedAt}`).join('|') : 'loading';
  const [hashes, setHashes] = useState<{ key: string; value: Record<string, string> } | null>(null);
  useEffect(() => {
    let live = true;
    if (sections) void sectionHashesCached(sections).then((value) => live && setHashes({ key, value }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the sections' ids and stamps
  }, [key]);
  // The draft's paragraphs are read only when there are reviewers' notes to place beside them: this
  // runs again after every save of the paper, so a paper without any pays nothing while it is typed.
  const anyItems = !!items?.length;
  const parts = useMemo(() => (bundle && anyItems ? draftParts(bundle) : []), [bundle, anyItems]);
  return useMemo(() => {
    if (!bundle || !clearances || !items || !requests) return null;
    const h = hashes?.key === key ? hashes.value : null;
    const matches = items.length ? matchItems(items, draftParagraphs(parts), draftFootnotes(parts)) : new Map<string, ParagraphMatch | null>();
    const live = liveClearances(clearances, bundle.sections);
    return {
      clearances: live,
      stateOf: (c) => (h ? clearanceState(c, h[c.sectionId]) : null),
      items,
      matches,
      // Dealt with and gone (a deleted paragraph accepted) is not left for the author to do by hand.
      unmatched: items.filter((i) => !matches.get(i.id) && (i.status === 'open' || i.kind === 'comment')),
      requests,
      blockers: h ? issueBlockers(live, bundle.sections, h) : null,
    };
  }, [bundle, clearances, items, requests, hashes, key, parts]);
}

export const ReviewContext = createContext<ReviewView | null>(null);
export const useReview = () => useContext(ReviewContext);
