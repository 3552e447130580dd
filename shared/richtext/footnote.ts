// A footnote's text: plain (`attrs.text`, every backup has it) or with formatting and links
// (`attrs.content`). One rule for what a note may hold, used by the editor (its footnote dialog and
// pasted notes), the Word import, the backup schema's limits and the export.
import { LIMITS } from '../backup/schema-common';
import { xmlSafe } from '../text/xml-safe';
import type { FootnoteInline, FootnoteNode, Mark, TextNode } from './model';
import { isStorableLink } from './model';
import { must } from '../records/must';

/** More pieces than any real note has (a note of 20,000 characters in a few hundred runs). */
export const MAX_FOOTNOTE_NODES = 2_000;

type FootnoteAttrs = FootnoteNode['attrs'];

/** The note as inline pieces: its stored content, or its plain text with line breaks. */
export function footnoteInlines(attrs: Pick<FootnoteAttrs, 'text' | 'content'>): readonly FootnoteInline[] {
  if (attrs.content && attrs.content.length) return attrs.content;
  const out: FootnoteInline[] = [];
  attrs.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) out.push({ type: 'hardBreak' });
      if (line) out.push({ type: 'text', text: line });
    });
  return out;
}

/** The note's lines (each prints as one paragraph in Word), each a list of text pieces. */
export function footnoteLines(attrs: Pick<FootnoteAttrs, 'text' | 'content'>): TextNode[][] {
  const lines: TextNode[][] = [[]];
  for (const n of footnoteInlines(attrs)) {
    if (n.type === 'hardBreak') lines.push([]);
    else must(lines[lines.length - 1], 'lines[lines.length - 1]').push(n);
  }
  return lines;
}

/** Plain text of note pieces: line breaks are "\n". */
export function footnotePlainText(content: readonly FootnoteInline[]): string {
  return content.map((n) => (n.type === 'hardBreak' ? '\n' : n.text)).join('');
}

const sameMarks = (a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

function cleanMarks(marks: readonly unknown[] | undefined): Mark[] | undefined {
  const out: Mark[] = [];
  const seen = new Set<string>();
  for (const m of marks ?? []) {
    if (!m || typeof m !== 'object') continue;
    const type = (m as { type?: unknown }).type;
    if ((type === 'bold' || type === 'italic' || type === 'underline') && !seen.has(type)) {
      seen.add(type);
      out.push({ type });
    } else if (type === 'link' && !seen.has('link')) {
      const href = (m as { attrs?: { href?: unknown } }).attrs?.href;
      // A link the paper may not hold is dropped; its text stays.
      if (typeof href === 'string' && href.length <= LIMITS.href && isStorableLink(href)) {
        seen.add('link');
        out.push({ type: 'link', attrs: { href: href.trim() } });
      }
    }
  }
  // one order, so the same formatting always compares equal
  const rank = { bold: 0, italic: 1, underline: 2, link: 3 } as const;
  out.sort((a, b) => rank[a.type] - rank[b.type]);
  return out.length ? out : undefined;
}

/**
 * Note pieces from anything (editor JSON, a pasted attribute, a Word footnote): only text with the
 * four marks and line breaks survive, forbidden XML characters and unsafe links are removed, neighbours
 * with the same marks are joined, leading and trailing breaks dropped, and the whole is cut to the
 * note length limit. Never throws.
 */
export function cleanFootnoteContent(value: unknown): FootnoteInline[] {
  const out: FootnoteInline[] = [];
  if (!Array.isArray(value)) return out;
  let chars = 0;
  for (const raw of value.slice(0, MAX_FOOTNOTE_NODES * 4)) {
    if (out.length >= MAX_FOOTNOTE_NODES || chars >= LIMITS.footnote) break;
    if (!raw || typeof raw !== 'object') continue;
    const n = raw as { type?: unknown; text?: unknown; marks?: unknown };
    if (n.type === 'hardBreak') {
      if (out.length && out.at(-1)?.type !== 'hardBreak') {
        out.push({ type: 'hardBreak' });
        chars++;
      }
      continue;
    }
    if (n.type !== 'text' || typeof n.text !== 'string') continue;
    let text = xmlSafe(n.text).replace(/\r\n?|\n/g, ' ');
    if (!text) continue;
    text = text.slice(0, LIMITS.footnote - chars);
    chars += text.length;
    const marks = cleanMarks(Array.isArray(n.marks) ? n.marks : undefined);
    const last = out[out.length - 1];
    if (last && last.type === 'text' && sameMarks(last.marks, marks)) out[out.length - 1] = { ...last, text: last.text + text };
    else out.push(marks ? { type: 'text', text, marks } : { type: 'text', text });
  }
  while (out.length && must(out[out.length - 1], 'out[out.length - 1]').type === 'hardBreak') out.pop();
  return out;
}

/**
 * The attributes of a footnote holding these pieces: `text` is their plain text, and `content` is kept
 * only when some piece is formatted or linked (a plain note is stored as older versions stored it).
 */
export function footnoteAttrs(id: string, content: unknown): FootnoteAttrs {
  const clean = cleanFootnoteContent(content);
  const text = footnotePlainText(clean).trim();
  const formatted = clean.some((n) => n.type === 'text' && n.marks && n.marks.length);
  return formatted ? { id, text, content: clean } : { id, text };
}

/** Whether a note prints nothing (no text but whitespace). */
export function isBlankFootnote(attrs: Pick<FootnoteAttrs, 'text' | 'content'>): boolean {
  return footnotePlainText(footnoteInlines(attrs)).trim() === '';
}
