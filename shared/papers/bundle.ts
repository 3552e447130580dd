import type { DatabaseSnapshot } from '../backup/snapshot';
import { byPosition, isLive } from '../records/meta';
import type { Paper, PaperBundle } from './model';
import { blockContent } from '../blocks/resolve';
import { latestVersion } from '../issued/versions';
import { paperHouseStyle, sameStyle } from '../house-style/house-style';
import { DEFAULT_HOUSE_STYLE } from '../house-style/model';

/**
 * Collects one paper with its live sections and appendices in order and its blocks resolved from
 * current data; for an issued paper, what its latest issued version printed.
 */
export function bundlePaper(snapshot: DatabaseSnapshot, paperId: string): PaperBundle | null {
  const paper = snapshot.papers.find((p) => p.id === paperId && isLive(p));
  if (!paper) return null;
  const issued = paper.status === 'issued' ? latestVersion(snapshot, paperId) : undefined;
  if (issued) return issued.bundle;
  const committee = snapshot.committees.find((c) => c.id === paper.cover.committeeId) ?? null;
  const style = paperHouseStyle(snapshot.houseStyles, paper);
  const blocks = Object.fromEntries(
    snapshot.blocks.filter((b) => b.paperId === paperId && isLive(b)).map((b) => [b.id, blockContent(b, snapshot, paper, style)]),
  );
  return {
    // only when it differs from the app's default, so a paper without a house style bundles as before
    ...(sameStyle(style, DEFAULT_HOUSE_STYLE) ? {} : { style }),
    paper,
    committee,
    sections: snapshot.sections.filter((s) => s.paperId === paperId && isLive(s)).sort(byPosition),
    appendices: snapshot.appendices.filter((a) => a.paperId === paperId && isLive(a)).sort(byPosition),
    blocks,
  };
}

/**
 * Finds a live paper by id, or else by title (case-insensitive, exact, then unique prefix).
 * Returns the matches so a caller can say "ambiguous" and list them.
 */
export function findPapers(snapshot: DatabaseSnapshot, idOrTitle: string): Paper[] {
  const live = snapshot.papers.filter(isLive);
  const byId = live.filter((p) => p.id === idOrTitle);
  if (byId.length) return byId;
  const q = idOrTitle.trim().toLowerCase();
  const exact = live.filter((p) => p.title.trim().toLowerCase() === q);
  if (exact.length) return exact;
  return live.filter((p) => p.title.toLowerCase().includes(q));
}
