// The Open XML SDK's schema validation (what Word checks a file against), run in Node through
// @ooxml-tools/validate (the SDK compiled to WebAssembly). Its command line exits 0 even when it finds
// errors, so tests call it as a library and read its results: an empty list means valid. The first
// call in a process starts the runtime (about 10 s here); later calls take about a second.
import validate from '@ooxml-tools/validate';
import type { ValidationResult } from '@ooxml-tools/validate';

export type OoxmlProblem = ValidationResult;

/** The schema problems Word's validator finds in a .docx (none: an empty list). */
export async function ooxmlProblems(docx: Uint8Array): Promise<OoxmlProblem[]> {
  return validate(docx, 'docx', 'Microsoft365');
}

/** One line per problem, for a test's failure message: "word/document.xml /w:document[1]/…: The element … ". */
export function describeProblems(problems: readonly OoxmlProblem[]): string {
  return problems.map((p) => `${p.path.partUri} ${p.path.xpath}: ${p.description}`).join('\n');
}

/** How long a test that validates should be allowed (the first validation starts the runtime). */
export const VALIDATION_TIMEOUT = 120_000;
