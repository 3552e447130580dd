// Plain text → docx runs, with the characters XML forbids removed.
import { Tab, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import { xmlSafe } from '../text/xml-safe';

export type Fmt = { -readonly [K in 'bold' | 'italics' | 'underline' | 'style']?: IRunOptions[K] };

/**
 * Runs for a piece of text: line breaks become <w:br/> and tabs <w:tab/> (raw ones inside <w:t>
 * are not rendered as such by Word).
 */
export function textRuns(text: string, fmt: Fmt = {}): TextRun[] {
  const clean = xmlSafe(text);
  // the common case, one plain line: one run, no splitting (long papers have thousands)
  if (!/[\r\n\t]/.test(clean)) return clean ? [new TextRun({ ...fmt, text: clean })] : [];
  return multiLineRuns(clean.replace(/\r\n?/g, '\n'), fmt);
}

function multiLineRuns(clean: string, fmt: Fmt): TextRun[] {
  const runs: TextRun[] = [];
  clean.split('\n').forEach((line, i) => {
    const children: (string | Tab)[] = [];
    line.split('\t').forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part) children.push(part);
    });
    const opts: IRunOptions = { ...fmt, children, ...(i > 0 ? { break: 1 } : {}) };
    if (children.length || i > 0) runs.push(new TextRun(opts));
  });
  return runs;
}
