// Text with bold/italic/underline/link marks → docx runs; neighbouring text with the same link is
// one hyperlink. Used for body text (inline.ts) and for footnotes (footnotes.ts).
import { ExternalHyperlink, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Mark, TextNode } from '../richtext/model';
import { linkify, safeHref } from './links';
import { textRuns } from './runs';
import type { Fmt } from './runs';
import { must } from '../records/must';

/** Formatting a caller imposes on every run (e.g. bold header cells). */
export interface RunFormat {
  readonly bold?: boolean;
  readonly italics?: boolean;
}

export function formatOf(marks: readonly Mark[] | undefined, base: RunFormat): Fmt {
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

const linkOf = (node: TextNode): string | null => {
  const m = node.marks?.find((x) => x.type === 'link');
  return m ? m.attrs.href : null;
};

export interface MarkedOptions {
  /** Turn URLs in unlinked text into hyperlinks (footnotes: the reference papers put bare source URLs there). */
  readonly linkifyPlain?: boolean;
}

/** The paragraph children of a run of text nodes (no footnotes or breaks in between). */
export function markedChildren(nodes: readonly TextNode[], base: RunFormat = {}, options: MarkedOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = must(nodes[i], 'nodes[i]');
    const href = linkOf(node);
    const target = href === null ? null : safeHref(href);
    if (target === null) {
      const fmt = formatOf(node.marks, base);
      if (!options.linkifyPlain) out.push(...textRuns(node.text, fmt));
      else
        for (const p of linkify(node.text))
          out.push(...(p.href ? [new ExternalHyperlink({ link: p.href, children: textRuns(p.text, { ...fmt, style: 'Hyperlink' }) })] : textRuns(p.text, fmt)));
      continue;
    }
    const runs: TextRun[] = [];
    let j = i;
    for (; j < nodes.length; j++) {
      const n = must(nodes[j], 'nodes[j]');
      if (linkOf(n) !== href) break;
      runs.push(...textRuns(n.text, { ...formatOf(n.marks, base), style: 'Hyperlink' }));
    }
    i = j - 1;
    out.push(new ExternalHyperlink({ link: target, children: runs }));
  }
  return out;
}
