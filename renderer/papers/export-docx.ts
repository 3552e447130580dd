// Export flow shared by the button and the keyboard shortcut: save pending edits, read the paper
// as stored, build the .docx with the shared builder, hand the bytes to the host to save.
import { exportPaperDocx } from '../../shared/docx/export';
import { paperFileName } from '../../shared/papers/file-name';
import type { SaveFileResult } from '../../shared/host/api';
import { whenSaved } from '../app/save-state';
import { db } from '../db/database';
import { loadExportBundle } from '../db/papers-repo';
import { getHost } from '../host';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

export async function exportPaperToWord(paperId: string, progress: (step: string) => void): Promise<SaveFileResult> {
  progress('Saving your latest changes…');
  await whenSaved();
  const bundle = await loadExportBundle(db, paperId);
  if (!bundle) throw new Error('This paper no longer exists (it may have been deleted in another window).');
  progress('Building the Word document…');
  await nextFrame(); // let the progress message paint before the synchronous build
  const data = await exportPaperDocx(bundle);
  progress('Choosing where to save…');
  return getHost().saveFile({ suggestedName: paperFileName(bundle.paper), data, filter: { name: 'Word document', extensions: ['docx'] } });
}
