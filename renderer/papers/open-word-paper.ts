// Opening a Word paper from the Papers list (the button or a file dropped on the list): read it with
// the shared importer, store it as a new paper in one transaction, keep its report for the paper
// screen, and open it. A file that is not a Word paper is refused with one sentence, storing nothing.
import { MAX_OPEN_FILE_BYTES, TOO_LARGE_TO_OPEN } from '../../shared/host/api';
import { importWordPaper } from '../../shared/word-import/index';
import { navigate } from '../app/route';
import { db } from '../db/database';
import { createPaperFromWord } from '../db/word-import-repo';
import { getHost } from '../host';
import { showToast } from '../ui/toast';
import { setImportReport } from './import-reports';

export const WORD_FILTER = { name: 'Word document', extensions: ['docx', 'docm', 'dotx'] } as const;

export async function openWordBytes(name: string, data: Uint8Array): Promise<void> {
  if (data.length > MAX_OPEN_FILE_BYTES) {
    showToast({ tone: 'error', text: TOO_LARGE_TO_OPEN });
    return;
  }
  const result = await importWordPaper(data, name);
  if (!result.ok) {
    showToast({ tone: 'error', text: `${name} was not opened: ${result.error}` });
    return;
  }
  let id: string;
  try {
    id = await createPaperFromWord(db, result.draft);
  } catch (e) {
    showToast({ tone: 'error', text: `${name} was not opened: ${e instanceof Error ? e.message : String(e)}` });
    return;
  }
  setImportReport(id, result.report);
  navigate({ name: 'paper', paperId: id });
}

/** Papers → Open Word paper…: the host's file picker (a system dialog, or a file input in a browser). */
export async function pickWordPaper(): Promise<void> {
  let file;
  try {
    file = await getHost().openFile(WORD_FILTER);
  } catch (e) {
    showToast({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    return;
  }
  if (file) await openWordBytes(file.name, file.data);
}

/** A file dropped on the papers list. */
export async function openDroppedFile(file: File): Promise<void> {
  if (file.size > MAX_OPEN_FILE_BYTES) {
    showToast({ tone: 'error', text: TOO_LARGE_TO_OPEN });
    return;
  }
  await openWordBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
