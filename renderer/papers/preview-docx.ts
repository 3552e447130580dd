// The Word file the print preview lays out: exactly what Export to Word would save (a draft built
// now from the stored paper; an issued paper or version, the very file that was issued), built in
// the export worker as Export builds it.
import { versionFile } from '../../shared/issued/versions';
import { whenSaved } from '../app/save-state';
import { db } from '../db/database';
import { getVersion, listVersions } from '../db/issued-repo';
import { loadExportBundle } from '../db/papers-repo';
import { showBuildProgress } from './export-docx';
import type { ExportProgressFn } from './export-docx';
import { buildDocx } from './export/export-client';

export interface PreviewFile {
  readonly bytes: Uint8Array;
  /** Said above the pages: which file this is. */
  readonly note: string;
}

/** `signal` (the preview closed) ends a build still running. */
export async function previewFile(paperId: string, versionNumber: number | undefined, progress: ExportProgressFn, signal?: AbortSignal): Promise<PreviewFile> {
  progress('Saving your latest changes…');
  await whenSaved();
  const paper = await db.papers.get(paperId);
  const number = versionNumber ?? (paper?.status === 'issued' ? (await listVersions(db, paperId)).at(-1)?.number : undefined);
  if (number !== undefined) {
    const v = await getVersion(db, paperId, number);
    if (!v) throw new Error(`Version ${number} of this paper no longer exists.`);
    progress('Checking the issued file…');
    const file = await versionFile(v);
    if (file.ok) return { bytes: file.bytes, note: `The Word file issued as version ${v.number}.` };
    progress('Rebuilding the Word document…', 0);
    const bytes = await buildDocx({ kind: 'version', bundle: v.bundle, at: v.issuedAt, seed: v.id }, { onProgress: showBuildProgress(progress), signal });
    return { bytes, note: `${file.message} Shown: a copy rebuilt from the version’s record.` };
  }
  const bundle = await loadExportBundle(db, paperId);
  if (!bundle) throw new Error('This paper no longer exists (it may have been deleted in another window).');
  progress('Building the Word document…', 0);
  return {
    bytes: await buildDocx({ kind: 'draft', bundle }, { onProgress: showBuildProgress(progress), signal }),
    note: 'The Word file Export to Word would save now.',
  };
}
