// One entry point for a returned file, whatever it is: an .xlsx pack (./xlsx-read) or a Panelwright
// return pack (./pwpack). Never throws: a file that is neither gets one sentence.
import { MAX_OPEN_FILE_BYTES } from '../host/api';
import type { PackReturn } from './model';
import { looksLikePwpack, readPwpackReturn } from './pwpack';
import { readXlsxReturn } from './xlsx-read';

export type ReturnFile =
  { readonly fileName: string; readonly ok: true; readonly ret: PackReturn } | { readonly fileName: string; readonly ok: false; readonly error: string };

export async function readReturnFile(fileName: string, bytes: Uint8Array): Promise<ReturnFile> {
  try {
    if (bytes.length > MAX_OPEN_FILE_BYTES) return { fileName, ok: false, error: 'The file is larger than 50 MB, which no return pack is.' };
    if (bytes.length === 0) return { fileName, ok: false, error: 'The file is empty.' };
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const r = zip
      ? await readXlsxReturn(fileName, bytes)
      : looksLikePwpack(bytes)
        ? await readPwpackReturn(fileName, bytes)
        : { ok: false as const, error: 'This file is not a returned update pack (.xlsx or .pwpack).' };
    return r.ok ? { fileName, ok: true, ret: { ...r.ret, fileName } } : { fileName, ok: false, error: r.error };
  } catch {
    return { fileName, ok: false, error: 'The file could not be read as a returned update pack.' };
  }
}
