// A Word file's bytes to an OoxmlDoc, within the package limits (shared/ooxml): a damaged or hostile
// file ends in one PackageProblem sentence.
import { OfficePackage } from '../ooxml/package';
import type { OoxmlDoc } from './ooxml-doc';
import { readOoxmlDoc } from './ooxml-doc';

// 120 MB unpacked is far above any paper with pictures, and keeps a zip bomb's cost to seconds.
export const CHECK_LIMITS = { maxUncompressedBytes: 120 * 1024 * 1024, maxEntries: 10_000, xml: { maxElements: 3_000_000, maxDepth: 200 } } as const;

export async function readDocxForCheck(bytes: Uint8Array): Promise<OoxmlDoc> {
  const pkg = await OfficePackage.open(bytes, CHECK_LIMITS, {
    notZip: 'This file is not a Word document (.docx): it could not be opened as one.',
    damaged: 'This Word file is damaged or incomplete and cannot be read. Open it in Word, save it again and retry.',
  });
  return readOoxmlDoc(pkg);
}
