// Rules about issued versions that the app, the command line and restore share.
import type { DatabaseSnapshot } from '../backup/snapshot';
import type { PaperBundle } from '../papers/model';
import { isLive } from '../records/meta';
import { base64ToBytes, sha256Hex } from '../text/bytes';
import type { IssuedVersion } from './model';

/** A paper's issued versions, oldest first. */
export function versionsOf(data: Pick<DatabaseSnapshot, 'issuedVersions'>, paperId: string): IssuedVersion[] {
  return data.issuedVersions.filter((v) => v.paperId === paperId && isLive(v)).sort((a, b) => a.number - b.number);
}

export function latestVersion(data: Pick<DatabaseSnapshot, 'issuedVersions'>, paperId: string): IssuedVersion | undefined {
  return versionsOf(data, paperId).at(-1);
}

/** The bundle an issued version printed, as the paper in its issued state shows it. */
export const bundleOfVersion = (v: IssuedVersion): PaperBundle => v.bundle;

/** One canonical text of a version's content (keys sorted), to tell "the same version" from "another under its id". */
function canonical(v: IssuedVersion): string {
  const sort = (_k: string, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x;
  return JSON.stringify(
    { paperId: v.paperId, number: v.number, issuedAt: v.issuedAt, issuedBy: v.issuedBy, note: v.note, bundle: v.bundle, sha: v.docx?.sha256 ?? null },
    sort,
  );
}

/**
 * Issued versions the incoming data would rewrite: same id, other content. A restore or merge that
 * finds any changes nothing and says which (issued versions never change).
 */
export function rewrittenVersions(current: readonly IssuedVersion[], incoming: readonly IssuedVersion[]): IssuedVersion[] {
  const byId = new Map(current.map((v) => [v.id, v]));
  return incoming.filter((v) => {
    const here = byId.get(v.id);
    return here !== undefined && canonical(here) !== canonical(v);
  });
}

export function rewrittenVersionsMessage(rewritten: readonly IssuedVersion[]): string {
  const names = rewritten
    .slice(0, 3)
    .map((v) => `version ${v.number} of “${v.bundle.paper.title}”`)
    .join(', ');
  return `Nothing was restored: this backup holds ${names}${rewritten.length > 3 ? ` and ${rewritten.length - 3} more` : ''} with different content from the issued version already here. Issued versions are the record of what a panel received and never change.`;
}

export type FileCheck = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'missing' | 'damaged'; message: string };

/** The Word file an issued version kept, checked against its SHA-256: a mismatch is reported as damage, never replaced. */
export async function versionFile(v: IssuedVersion): Promise<FileCheck> {
  if (!v.docx)
    return {
      ok: false,
      problem: 'missing',
      message: `Version ${v.number} was marked Final before Panelwright kept issued files, so there is no original file. A copy rebuilt from its record can be exported instead.`,
    };
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(v.docx.base64);
  } catch {
    return { ok: false, problem: 'damaged', message: `The file kept for version ${v.number} is damaged (it is not valid base64).` };
  }
  const sha = await sha256Hex(bytes);
  if (sha !== v.docx.sha256)
    return {
      ok: false,
      problem: 'damaged',
      message: `The file kept for version ${v.number} is damaged: its SHA-256 is ${sha.slice(0, 12)}…, not the ${v.docx.sha256.slice(0, 12)}… recorded when it was issued. It has not been replaced; restore it from a backup made before the damage.`,
    };
  return { ok: true, bytes };
}
