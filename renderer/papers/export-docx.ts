// Export flows shared by the buttons and the keyboard shortcut: save pending edits, read the paper
// as stored, build the .docx with the shared builder in the export worker (or, for an issued
// version, give out the very file that was issued), hand the bytes to the host to save.
import { applyAccepted } from '../../shared/check/run';
import { listClearances } from '../db/clearance-repo';
import { exportProgressFraction, exportProgressText } from '../../shared/docx/export-job';
import type { ExportProgress } from '../../shared/docx/export-job';
import { exportRedlineDocx } from '../../shared/docx/redline';
import type { PaperChanges } from '../../shared/issued/compare';
import type { IssuedVersion } from '../../shared/issued/model';
import { versionFile } from '../../shared/issued/versions';
import { paperFileName } from '../../shared/papers/file-name';
import type { Paper } from '../../shared/papers/model';
import type { SaveFileResult } from '../../shared/host/api';
import { whenSaved } from '../app/save-state';
import { db } from '../db/database';
import { getVersion, listVersions } from '../db/issued-repo';
import { loadExportBundle } from '../db/papers-repo';
import { getHost } from '../host';
import { getAsker } from '../ui/asker';
import { buildDocx, checkDocx, ExportCancelledError } from './export/export-client';

const WORD = { name: 'Word document', extensions: ['docx'] } as const;

const named = (paper: Pick<Paper, 'title' | 'cover'>, suffix: string) => paperFileName({ ...paper, title: `${paper.title} ${suffix}` });

/** What Export saved, and how many Errors the Check found in it that the author has not accepted. */
export type ExportResult = SaveFileResult & { readonly openErrors?: number };

/** Told what the export is doing: the words to show and, while it is known, how far it has got (0–1). */
export type ExportProgressFn = (step: string, fraction?: number) => void;

/** The worker's progress as the author reads it. */
export const showBuildProgress = (progress: ExportProgressFn) => (p: ExportProgress) => progress(exportProgressText(p), exportProgressFraction(p));

const stopIfCancelled = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw new ExportCancelledError();
};

/**
 * Saves the paper as Word. `signal` cancels it (ExportCancelledError) up to the moment the file is
 * handed to the host: a cancelled export saves nothing.
 */
export async function exportPaperToWord(paperId: string, progress: ExportProgressFn, signal?: AbortSignal): Promise<ExportResult> {
  progress('Saving your latest changes…');
  await whenSaved();
  stopIfCancelled(signal);
  const paper = await db.papers.get(paperId);
  if (paper?.status === 'issued') {
    const latest = (await listVersions(db, paperId)).at(-1);
    if (latest) return saveVersion(latest, progress, signal);
  }
  const bundle = await loadExportBundle(db, paperId);
  if (!bundle) throw new Error('This paper no longer exists (it may have been deleted in another window).');
  stopIfCancelled(signal);
  progress('Building the Word document…', 0);
  const data = await buildDocx({ kind: 'draft', bundle }, { onProgress: showBuildProgress(progress), signal });
  stopIfCancelled(signal);
  progress('Choosing where to save…');
  const saved = await getHost().saveFile({ suggestedName: paperFileName(bundle.paper), data, filter: WORD });
  if (!saved.saved) return saved;
  // The same Check as the panel and Issue, on the very file saved (in the worker).
  const findings = applyAccepted(await checkDocx(bundle, data, await listClearances(db, paperId)), bundle.paper.acceptedFindings);
  return { ...saved, openErrors: findings.open.filter((f) => f.severity === 'error').length };
}

/**
 * The file an issued version kept, checked against its SHA-256. A damaged or missing file is never
 * silently replaced: the author is told, and may take a copy rebuilt from the version's record.
 */
async function saveVersion(v: IssuedVersion, progress: ExportProgressFn, signal?: AbortSignal): Promise<SaveFileResult> {
  progress('Checking the issued file…');
  const file = await versionFile(v);
  let data: Uint8Array;
  let suffix = `(issued v${v.number})`;
  if (file.ok) data = file.bytes;
  else {
    const rebuild = await getAsker().confirm({
      title: file.problem === 'damaged' ? 'The issued file is damaged' : 'No issued file was kept',
      message: `${file.message} A copy rebuilt from the version’s record shows the same text and figures, but it is not the file the panel received.`,
      confirmLabel: 'Export a rebuilt copy',
      danger: file.problem === 'damaged',
    });
    if (!rebuild) return { saved: false };
    progress('Rebuilding the Word document…', 0);
    data = await buildDocx({ kind: 'version', bundle: v.bundle, at: v.issuedAt, seed: v.id }, { onProgress: showBuildProgress(progress), signal });
    suffix = `(v${v.number} rebuilt)`;
  }
  stopIfCancelled(signal);
  progress('Choosing where to save…');
  return getHost().saveFile({ suggestedName: named(v.bundle.paper, suffix), data, filter: WORD });
}

export async function exportVersionToWord(paperId: string, number: number, progress: ExportProgressFn = () => {}): Promise<SaveFileResult> {
  const v = await getVersion(db, paperId, number);
  if (!v) throw new Error(`Version ${number} of this paper no longer exists.`);
  return saveVersion(v, progress);
}

/** The comparison as a Word document with tracked changes. */
export async function exportRedlineToWord(
  changes: PaperChanges,
  info: { paper: Pick<Paper, 'title' | 'cover'>; fromLabel: string; toLabel: string; author: string; date: string },
): Promise<SaveFileResult> {
  const data = await exportRedlineDocx(changes, {
    paperTitle: info.paper.title,
    fromLabel: info.fromLabel,
    toLabel: info.toLabel,
    author: info.author,
    date: info.date,
  });
  return getHost().saveFile({ suggestedName: named(info.paper, `(changes ${info.fromLabel} to ${info.toLabel})`), data, filter: WORD });
}
