import type { PaperBundle } from './model';

// The paper screen re-reads its paper after every save of one section. Keeping the objects of what did
// not change (the same section object, the same arrays, the same bundle when nothing changed) lets the
// screen skip re-rendering, re-hashing and re-walking the sections that were not edited.

/**
 * Whether a stored record is unchanged: the same id and change stamp, and every other field the same
 * value. A body (or any other object field) is taken as unchanged when the stamp is, since every write
 * moves `updatedAt` on (shared/records/meta.ts `touch`); primitives are compared too, so two writes in
 * one millisecond that change a title or a position are still seen.
 */
export function sameRecord<T extends { readonly id: string; readonly updatedAt: string }>(a: T, b: T): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.updatedAt !== b.updatedAt) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  }
  return true;
}

/** `next` with each row that `sameRecord` finds in `prev` replaced by `prev`'s object; `prev` itself when nothing changed. */
export function shareRows<T extends { readonly id: string; readonly updatedAt: string }>(prev: readonly T[], next: readonly T[]): readonly T[] {
  const old = new Map(prev.map((r) => [r.id, r]));
  let changed = prev.length !== next.length;
  const out = next.map((r, i) => {
    const p = old.get(r.id);
    const row = p && sameRecord(p, r) ? p : r;
    if (row !== prev[i]) changed = true;
    return row;
  });
  return changed ? out : prev;
}

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * A freshly loaded bundle that keeps `prev`'s objects wherever they are unchanged, and is `prev` itself
 * when nothing in it changed. Only for bundles loaded for the screen (data blocks are not resolved there,
 * so `blocks` is small; it is compared whole).
 */
export function shareUnchanged(prev: PaperBundle | null | undefined, next: PaperBundle | null): PaperBundle | null {
  if (!prev || !next || prev.paper.id !== next.paper.id) return next;
  const paper = sameRecord(prev.paper, next.paper) ? prev.paper : next.paper;
  const committee = prev.committee && next.committee && sameRecord(prev.committee, next.committee) ? prev.committee : next.committee;
  const sections = shareRows(prev.sections, next.sections);
  const appendices = shareRows(prev.appendices, next.appendices);
  const blocks = sameJson(prev.blocks, next.blocks) ? prev.blocks : next.blocks;
  const style = sameJson(prev.style, next.style) ? prev.style : next.style;
  const revision = sameJson(prev.revision, next.revision) ? prev.revision : next.revision;
  const same =
    paper === prev.paper &&
    committee === prev.committee &&
    sections === prev.sections &&
    appendices === prev.appendices &&
    blocks === prev.blocks &&
    style === prev.style &&
    revision === prev.revision &&
    Object.keys(prev).length === Object.keys(next).length;
  if (same) return prev;
  return {
    ...next,
    paper,
    committee,
    sections,
    appendices,
    blocks,
    ...(style !== undefined ? { style } : {}),
    ...(revision !== undefined ? { revision } : {}),
  };
}
