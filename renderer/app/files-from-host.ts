// Files the operating system hands the app (a double-clicked update pack or backup; HostApi.onFileOpened):
// a .pwpack opens into the officer's pack view exactly as "Open update pack…" does (openPackBytes), a
// .panelwright backup goes to Backup & restore, which checks it and asks before anything is replaced.
import { openableKind, type FileFromHost } from '../../shared/host/api';
import { requestRestore } from '../backup/restore-request';
import { getHost } from '../host';
import { openPackBytes } from '../plans/OpenPackPanel';
import { showToast } from '../ui/toast';
import { navigate } from './route';

const NOT_OPENABLE = 'Panelwright opens update packs (.pwpack) and backups (.panelwright); this file is neither.';

export async function openFileFromHost(opened: FileFromHost): Promise<void> {
  const name = opened.ok ? opened.file.name : opened.name;
  const fail = (error: string) => {
    showToast({ tone: 'error', text: `${name}: ${error}` });
  };
  if (!opened.ok) {
    fail(opened.error);
    return;
  }
  const { file } = opened;
  switch (openableKind(file.name)) {
    case 'pack':
      return openPackBytes(file.name, file.data, (error) => {
        if (error === null) return;
        // The same one-line reason the Open update pack… button gives, where that button is.
        navigate({ name: 'plans' });
        showToast({ tone: 'error', text: error });
      });
    case 'backup':
      requestRestore(file);
      navigate({ name: 'backup' });
      return;
    default:
      fail(NOT_OPENABLE);
  }
}

let listening = false;

/** Starts taking files from the host (once; after the database is open). */
export function listenForFilesFromHost(): void {
  if (listening) return;
  listening = true;
  getHost().onFileOpened((opened) => void openFileFromHost(opened));
}
