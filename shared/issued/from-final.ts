// Papers marked Final by an app older than issued versions (backup format 2, database version 2):
// each becomes an issued paper with a version 1 holding what it froze then. The backup migration and
// the database upgrade both call this, so the two paths give the same records.
import type { BlockContent } from '../blocks/content';
import { missingContent } from '../blocks/content';
import type { PaperBlock } from '../blocks/model';
import type { Appendix, Committee, Paper, Section } from '../papers/model';
import { byPosition, isLive } from '../records/meta';
import type { IssuedVersion } from './model';

export const FROM_FINAL_NOTE = 'Marked Final in an earlier version of Panelwright; the Word file was not kept then.';

/** The id of the version made for a paper marked Final before versions existed (stable, so both paths agree). */
export const versionIdFromFinal = (paperId: string): string => `${paperId.slice(0, 96)}-v1`;

interface Tables {
  readonly papers: readonly Paper[];
  readonly sections: readonly Section[];
  readonly appendices: readonly Appendix[];
  readonly committees: readonly Committee[];
  readonly blocks: readonly PaperBlock[];
}

/** Version 1 of a paper marked Final, from its live sections and appendices and its blocks' frozen content. */
export function versionFromFinal(paper: Paper, t: Tables): IssuedVersion {
  const issued: Paper = { ...paper, status: 'issued' };
  const blocks: Record<string, BlockContent> = {};
  for (const b of t.blocks) if (b.paperId === paper.id && isLive(b)) blocks[b.id] = b.frozen ?? missingContent('This block’s printed content');
  return {
    id: versionIdFromFinal(paper.id),
    createdAt: paper.updatedAt,
    updatedAt: paper.updatedAt,
    updatedBy: paper.updatedBy,
    deletedAt: null,
    paperId: paper.id,
    number: 1,
    issuedAt: paper.updatedAt,
    issuedBy: paper.updatedBy,
    note: FROM_FINAL_NOTE,
    bundle: {
      paper: issued,
      committee: t.committees.find((c) => c.id === paper.cover.committeeId) ?? null,
      sections: t.sections.filter((s) => s.paperId === paper.id && isLive(s)).sort(byPosition),
      appendices: t.appendices.filter((a) => a.paperId === paper.id && isLive(a)).sort(byPosition),
      blocks,
      revision: null,
    },
    docx: null,
  };
}

/** What the migration writes: Final papers become issued, each gets version 1, and blocks drop their frozen copy. */
export function migrateFinalPapers(t: Tables): { papers: Paper[]; blocks: PaperBlock[]; issuedVersions: IssuedVersion[] } {
  const wasFinal = (p: Paper) => (p.status as string) === 'final';
  const issuedVersions = t.papers.filter(wasFinal).map((p) => versionFromFinal(p, t));
  return {
    papers: t.papers.map((p) => (wasFinal(p) ? { ...p, status: 'issued' } : p)),
    blocks: t.blocks.map((b) => (b.frozen === null ? b : { ...b, frozen: null })),
    issuedVersions,
  };
}
