// Opening a file the user says is a Word paper: what it really is (from its first bytes, and for a
// zip from its content types or ODF mimetype), and the main document part. Every refusal is one
// sentence the user can act on.
import { OfficePackage, PackageProblem, sniff } from '../ooxml/package';
import { attr, children } from '../ooxml/xml';
import { WORD_IMPORT_LIMITS } from './limits';
import type { WordImportLimits } from './limits';
import { must } from '../records/must';

export class WordImportRefused extends Error {
  override name = 'WordImportRefused';
}

const SAVE_AS = 'Open it in Word or LibreOffice, save it as a Word Document (.docx), and open that.';

const NOT_A_ZIP: Record<string, string> = {
  ole: `This is a Word 97–2003 document (.doc) or another older Office file, not a .docx. ${SAVE_AS}`,
  rtf: `This is a Rich Text (RTF) file, not a .docx. ${SAVE_AS}`,
  pdf: 'This is a PDF, not a Word document: open the Word file the PDF was made from instead.',
  html: `This is a web page (HTML), not a Word document. ${SAVE_AS}`,
  empty: 'The file is empty.',
  unknown: 'This is not a Word document (.docx): it is not an Office file at all.',
};

const ODF: Record<string, string> = {
  'application/vnd.oasis.opendocument.text': `This is an OpenDocument text file (.odt), not a .docx. Open it in LibreOffice, save it as Word (.docx), and open that.`,
  'application/vnd.oasis.opendocument.spreadsheet': 'This is an OpenDocument spreadsheet (.ods), not a Word document.',
  'application/vnd.oasis.opendocument.presentation': 'This is an OpenDocument presentation (.odp), not a Word document.',
};

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
];

export interface OpenedWord {
  readonly pkg: OfficePackage;
  /** The main document part, e.g. "word/document.xml". */
  readonly main: string;
  /** A macro-enabled document (.docm): its macros are never run nor kept. */
  readonly macros: boolean;
}

export async function openWordPackage(bytes: Uint8Array, limits: WordImportLimits = WORD_IMPORT_LIMITS): Promise<OpenedWord> {
  if (bytes.length > limits.fileBytes) throw new WordImportRefused(`The file is larger than ${limits.fileBytes / 1024 / 1024} MB and cannot be opened.`);
  const kind = sniff(bytes);
  if (kind !== 'zip') throw new WordImportRefused(NOT_A_ZIP[kind] ?? must(NOT_A_ZIP.unknown, 'NOT_A_ZIP.unknown'));
  try {
    const pkg = await OfficePackage.open(
      bytes,
      { maxUncompressedBytes: limits.unpackedBytes, maxEntries: limits.zipEntries, xml: { maxElements: limits.xmlElements, maxDepth: limits.xmlDepth } },
      {
        notZip: must(NOT_A_ZIP.unknown, 'NOT_A_ZIP.unknown'),
        damaged: 'This Word file is damaged or incomplete and cannot be read. Open it in Word, save it again and retry.',
      },
    );
    const mimetype = pkg.has('mimetype') ? ((await pkg.text('mimetype')) ?? '').trim() : '';
    if (mimetype) throw new WordImportRefused(ODF[mimetype] ?? `This is an OpenDocument file (${mimetype.slice(0, 80)}), not a Word document.`);
    const types = await pkg.xml('[Content_Types].xml');
    if (!types) throw new WordImportRefused('This is a zip file, not a Word document (.docx): it has no Office content types.');
    const overrides = children(types, 'ct:Override').map((o) => ({
      part: (attr(o, 'PartName') ?? '').replace(/^\/+/, ''),
      type: attr(o, 'ContentType') ?? '',
    }));
    const main = overrides.find((o) => MAIN_TYPES.includes(o.type));
    if (!main) {
      if (overrides.some((o) => o.type.includes('spreadsheetml')))
        throw new WordImportRefused('This is an Excel workbook, not a Word document. Spreadsheets are imported under Delivery plans or Measures.');
      if (overrides.some((o) => o.type.includes('presentationml'))) throw new WordImportRefused('This is a PowerPoint presentation, not a Word document.');
      throw new WordImportRefused('This zip file is not a Word document (.docx): it has no document part.');
    }
    if (!pkg.has(main.part)) throw new WordImportRefused('This Word file is damaged: its document part is missing. Open it in Word, save it again and retry.');
    return { pkg, main: main.part, macros: main.type.includes('macroEnabled') };
  } catch (e) {
    if (e instanceof WordImportRefused) throw e;
    if (e instanceof PackageProblem) throw new WordImportRefused(e.message);
    throw e;
  }
}

/** Turns any failure while reading into a refusal with a message (package problems are already worded for users). */
export function asRefusal(e: unknown): WordImportRefused {
  if (e instanceof WordImportRefused) return e;
  if (e instanceof PackageProblem) return new WordImportRefused(e.message);
  return new WordImportRefused(`The Word file could not be read (${e instanceof Error ? e.message.slice(0, 160) : String(e).slice(0, 160)}).`);
}
