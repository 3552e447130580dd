// Inline content (text with bold/italic/underline/link marks, footnotes, hard breaks) → docx runs.
import { FootnoteReferenceRun, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { InlineNode, TextNode } from '../richtext/model';
import { footnoteContent } from './footnotes';
import { markedChildren } from './marked-runs';
import type { RunFormat } from './marked-runs';

export type { RunFormat } from './marked-runs';

/** The paragraph children for inline content; neighbouring text with the same link is one hyperlink. */
export function inlineChildren(content: readonly InlineNode[] | undefined, base: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let texts: TextNode[] = [];
  const flush = () => {
    if (texts.length) out.push(...markedChildren(texts, base));
    texts = [];
  };
  for (const node of content ?? []) {
    if (node.type === 'text') {
      texts.push(node);
      continue;
    }
    flush();
    if (node.type === 'hardBreak') out.push(new TextRun({ break: 1 }));
    else out.push(new FootnoteReferenceRun(footnoteContent(node.attrs)));
  }
  flush();
  return out;
}

export { isBlankInline } from '../richtext/model';
