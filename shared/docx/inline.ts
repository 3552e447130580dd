// Inline content (text with bold/italic/underline/link marks, footnotes, hard breaks) → docx runs.
import { ExternalHyperlink, FootnoteReferenceRun, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { InlineNode, Mark } from '../richtext/model';
import { footnoteContent } from './footnotes';
import { safeHref } from './links';
import { textRuns } from './runs';
import type { Fmt } from './runs';

/** Formatting a caller imposes on every run (e.g. bold header cells). */
export interface RunFormat {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

function formatOf(marks: readonly Mark[] | undefined, base: RunFormat): Fmt {
  const fmt: Fmt = {};
  if (base.bold) fmt.bold = true;
  if (base.italics) fmt.italics = true;
  for (const m of marks ?? []) {
    if (m.type === 'bold') fmt.bold = true;
    else if (m.type === 'italic') fmt.italics = true;
    else if (m.type === 'underline') fmt.underline = {};
  }
  return fmt;
}

const linkOf = (node: InlineNode): string | null => {
  if (node.type !== 'text') return null;
  const m = node.marks?.find((x) => x.type === 'link');
  return m && m.type === 'link' ? m.attrs.href : null;
};

/** The paragraph children for inline content; neighbouring text with the same link is one hyperlink. */
export function inlineChildren(content: readonly InlineNode[] | undefined, base: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const nodes = content ?? [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'hardBreak') {
      out.push(new TextRun({ break: 1 }));
    } else if (node.type === 'footnote') {
      out.push(new FootnoteReferenceRun(footnoteContent(node.attrs.text)));
    } else {
      const href = linkOf(node);
      const target = href === null ? null : safeHref(href);
      if (target === null) {
        out.push(...textRuns(node.text, formatOf(node.marks, base)));
        continue;
      }
      const runs: TextRun[] = [];
      let j = i;
      for (; j < nodes.length; j++) {
        const n = nodes[j]!;
        if (n.type !== 'text' || linkOf(n) !== href) break;
        runs.push(...textRuns(n.text, { ...formatOf(n.marks, base), style: 'Hyperlink' }));
      }
      i = j - 1;
      out.push(new ExternalHyperlink({ link: target, children: runs }));
    }
  }
  return out;
}

export { isBlankInline } from '../richtext/model';
