// Export flows shared by the buttons and the keyboard shortcut: save pending edits, read the paper
// as stored, build the .docx with the shared builder (or, for an issued version, give out the very
// file that was issued), hand the bytes to the host to save.
import { exportPaperDocx } from '../../shared/docx/export';
import { readDocxForCheck } from '../../shared/check/read';
import { applyAccepted, checkPaper } from '../../shared/check/run';
import { exportPaperDocxAt } from '../../shared/docx/deterministic';
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

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const WORD = { name: 'Word document', extensions: ['docx'] } as const;

const named = (paper: Pick<Paper, 'title' | 'cover'>, suffix: string) => paperFileName({ ...paper, title: `${paper.title} ${suffix}` });

/** What Export saved, and how many Errors the Check found in it that the author has not accepted. */
export type ExportResult = SaveFileResult & { readonly openErrors?: number };

export async function exportPaperToWord(paperId: string, progress: (step: string) => void): Promise<ExportResult> {
  progress('Saving your latest changes…');
  await whenSaved();
  const paper = await db.papers.get(paperId);
  if (paper?.status === 'issued') {
    const latest = (await listVersions(db, paperId)).at(-1);
    if (latest) return saveVersion(latest, progress);
  }
  const bundle = await loadExportBundle(db, paperId);
  if (!bundle) throw new Error('This paper no longer exists (it may have been deleted in another window).');
  progress('Building the Word document…');
  await nextFrame(); // let the progress message paint before the synchronous build
  const data = await exportPaperDocx(bundle);
  progress('Choosing where to save…');
  const saved = await getHost().saveFile({ suggestedName: paperFileName(bundle.paper), data, filter: WORD });
  if (!saved.saved) return saved;
  // The same Check as the panel and Issue, on the very file saved.
  const findings = applyAccepted(checkPaper({ bundle, exported: await readDocxForCheck(data) }), bundle.paper.acceptedFindings);
  return { ...saved, openErrors: findings.open.filter((f) => f.severity === 'error').length };
}

/**
 * The file an issued version kept, checked against its SHA-256. A damaged or missing file is never
 * silently replaced: the author is told, and may take a copy rebuilt from the version's record.
 */
async function saveVersion(v: IssuedVersion, progress: (step: string) => void): Promise<SaveFileResult> {
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
    progress('Rebuilding the Word document…');
    await nextFrame();
    data = await exportPaperDocxAt(v.bundle, v.issuedAt, v.id);
    suffix = `(v${v.number} rebuilt)`;
  }
  progress('Choosing where to save…');
  return getHost().saveFile({ suggestedName: named(v.bundle.paper, suffix), data, filter: WORD });
}

export async function exportVersionToWord(paperId: string, number: number, progress: (step: string) => void = () => {}): Promise<SaveFileResult> {
  const v = await getVersion(db, paperId, number);
  if (!v) throw new Error(`Version ${number} of this paper no longer exists.`);
  return saveVersion(v, progress);
}

/** The comparison as a Word document with tracked changes. */
export async function exportRedlineToWord(changes: PaperChanges, info: { paper: Pick<Paper, 'title' | 'cover'>; fromLabel: string; toLabel: string; author: string; date: string }): Promise<SaveFileResult> {
  const data = await exportRedlineDocx(changes, { paperTitle: info.paper.title, fromLabel: info.fromLabel, toLabel: info.toLabel, author: info.author, date: info.date });
  return getHost().saveFile({ suggestedName: named(info.paper, `(changes ${info.fromLabel} to ${info.toLabel})`), data, filter: WORD });
}
