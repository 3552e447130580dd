// The files the operating system hands the app (double-clicked .pwpack / .panelwright), with the real
// file system in a temporary folder: which command-line arguments count, relative paths, the limits.
import { mkdir, mkdtemp, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_BYTES } from '../shared/host/api';
import { createOpenedFiles, openablePathsInArgv } from './opened-files';

async function folder() {
  const dir = await mkdtemp(join(tmpdir(), 'panelwright-opened-'));
  let notified = 0;
  const files = createOpenedFiles({
    fs: { stat: (p) => stat(p), readFile: (p) => readFile(p) },
    notify: () => {
      notified++;
    },
  });
  return { dir, files, notified: () => notified };
}

describe('files handed over by the operating system', () => {
  it('takes only pack and backup files from a command line: not the executable, switches or the app folder', () => {
    // Windows, started by a double-click; a second instance (Chromium adds switches); `electron .` in development.
    expect(openablePathsInArgv(['C:\\Program Files\\Panelwright\\Panelwright.exe', 'C:\\Users\\jo\\Q1 pack.pwpack'], 'C:\\')).toHaveLength(1);
    expect(
      openablePathsInArgv(['/opt/Panelwright/panelwright', '--allow-file-access-from-files', '--original-process-start-time=1', '/home/jo/b.PANELWRIGHT'], '/'),
    ).toEqual(['/home/jo/b.PANELWRIGHT']);
    expect(openablePathsInArgv(['/usr/bin/electron', '.', 'notes.docx', 'backup.json', '-x.pwpack'], '/home/jo')).toEqual([]);
    expect(openablePathsInArgv(['/usr/bin/electron', 'packs/Q1.pwpack'], '/home/jo')).toEqual(['/home/jo/packs/Q1.pwpack']);
  });

  it('keeps a file until the page takes it, tells the page once per arrival, and gives each file once', async () => {
    const { dir, files, notified } = await folder();
    await writeFile(join(dir, 'Q1 pack.pwpack'), '{"pack":1}');
    await writeFile(join(dir, 'Backup.panelwright'), '{"backup":1}');
    expect(files.addFromArgv(['panelwright', 'Q1 pack.pwpack'], dir)).toBe(1);
    expect(files.add(join(dir, 'Backup.panelwright'))).toBe(true);
    // The same file double-clicked again before the page took it, and a file the app does not open.
    expect(files.add(join(dir, 'Q1 pack.pwpack'))).toBe(false);
    expect(files.add(join(dir, 'notes.docx'))).toBe(false);
    expect(notified()).toBe(2);
    expect(await files.take()).toEqual({ ok: true, file: { name: 'Q1 pack.pwpack', data: new TextEncoder().encode('{"pack":1}') } });
    expect(await files.take()).toEqual({ ok: true, file: { name: 'Backup.panelwright', data: new TextEncoder().encode('{"backup":1}') } });
    expect(await files.take()).toBeNull();
  });

  it('says in a sentence why a file cannot be opened: gone, a folder, too large', async () => {
    const { dir, files } = await folder();
    await mkdir(join(dir, 'folder.pwpack'));
    await writeFile(join(dir, 'huge.panelwright'), '');
    await truncate(join(dir, 'huge.panelwright'), MAX_OPEN_FILE_BYTES + 1); // sparse: nothing is written
    files.addFromArgv(['panelwright', 'gone.pwpack', 'folder.pwpack', 'huge.panelwright'], dir);
    expect(await files.take()).toEqual({ ok: false, name: 'gone.pwpack', error: 'The file could not be read: it may have been moved or deleted.' });
    expect(await files.take()).toEqual({ ok: false, name: 'folder.pwpack', error: 'That is not a file.' });
    expect(await files.take()).toEqual({ ok: false, name: 'huge.panelwright', error: 'That file is larger than 50 MB and cannot be opened.' });
  });

  it('does not pile up files without bound', async () => {
    const { files } = await folder();
    const added = files.addFromArgv(['panelwright', ...Array.from({ length: 50 }, (_, i) => `p${i}.pwpack`)], '/tmp');
    expect(added).toBe(20);
  });
});
