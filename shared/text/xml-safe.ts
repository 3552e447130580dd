// XML 1.0 forbids most C0 control characters, lone UTF-16 surrogates and U+FFFE/U+FFFF. Text pasted
// from other programs (PDFs, spreadsheets, old Word files) carries them, and a single one makes Word
// refuse to open the whole .docx ("unreadable content"), so every string bound for a document passes
// through here first.

// Allowed: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and valid surrogate pairs (U+10000–U+10FFFF).
// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids, stripped on purpose
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids; everything else, including emoji, is kept as-is. */
export function xmlSafe(text: string): string {
  FORBIDDEN.lastIndex = 0;
  // test first: almost every string is already clean, and replace would allocate a copy regardless.
  if (!FORBIDDEN.test(text)) return text;
  FORBIDDEN.lastIndex = 0;
  return text.replace(FORBIDDEN, '');
}

/** Whether `text` holds a character XML 1.0 forbids (for tests and checks). */
export function hasXmlForbidden(text: string): boolean {
  FORBIDDEN.lastIndex = 0;
  const found = FORBIDDEN.test(text);
  FORBIDDEN.lastIndex = 0;
  return found;
}
