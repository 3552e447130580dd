// The paper model's text as TextUnits, each located by section/appendix id, top-level block index and
// a label the author recognises ("section 4 (Summary of Key Points), paragraph 4.3").
import type { BlockContent } from '../blocks/content';
import type { PaperBundle } from '../papers/model';
import { appendixLetter, paragraphLabels, sectionNumber } from '../papers/numbering';
import type { BlockNode, InlineNode, ParagraphNode, RichDoc } from '../richtext/model';
import { inlineText } from '../richtext/model';
import type { Location } from './model';
import type { LinkInText, TextUnit, UnitKind } from './text-units';
import { excerptOf } from './text-units';
import { must } from '../records/must';

const hasMark = (n: InlineNode, type: string) => n.type === 'text' && (n.marks ?? []).some((m) => m.type === type);

function allBold(content: readonly InlineNode[] | undefined): boolean {
  const texts = (content ?? []).filter((n) => n.type === 'text' && n.text.trim() !== '');
  return texts.length > 0 && texts.every((n) => hasMark(n, 'bold'));
}

function linksOf(content: readonly InlineNode[] | undefined): LinkInText[] {
  const out: { text: string; href: string }[] = [];
  let last: string | null = null;
  for (const n of content ?? []) {
    const link = n.type === 'text' ? n.marks?.find((m) => m.type === 'link') : undefined;
    const href = link ? link.attrs.href : null;
    if (href && n.type === 'text') {
      if (href === last) must(out[out.length - 1], 'out[out.length - 1]').text += n.text;
      else out.push({ text: n.text, href });
    }
    last = href;
  }
  return out;
}

/** Where a top-level block of a body is: its section or appendix, and what the author calls it. */
export interface BodyPlace {
  readonly targetId: string;
  readonly targetKind: 'section' | 'appendix';
  /** "section 4 (Summary of Key Points)" or "appendix A (Data Integrity)". */
  readonly label: string;
  /** Paragraph labels of the body ("4.1" …), null where a block has none (appendices). */
  readonly numbers: readonly (string | null)[];
  readonly title: string;
}

export function blockLocation(place: BodyPlace, index: number, block: BlockNode, text = ''): Location {
  const no = place.numbers[index];
  const kind =
    block.type === 'subheading'
      ? 'sub-heading'
      : block.type === 'table'
        ? 'table'
        : block.type === 'image'
          ? 'image'
          : block.type === 'dataBlock'
            ? 'data block'
            : block.type.endsWith('List')
              ? 'list'
              : 'paragraph';
  // An unnumbered block is found by the numbered paragraph before it: "the table after 4.3".
  let before: string | null = null;
  for (let i = index - 1; i >= 0 && before === null; i--) before = place.numbers[i] ?? null;
  const what = no ? `paragraph ${no}` : place.targetKind === 'appendix' ? `${kind} ${index + 1}` : before ? `${kind} after ${before}` : `${kind} at the start`;
  return {
    targetId: place.targetId,
    targetKind: place.targetKind,
    blockIndex: index,
    label: `${place.label}, ${what}`,
    ...(text ? { excerpt: excerptOf(text) } : {}),
  };
}

// Long section titles are cut: the label only has to be recognised.
const titled = (label: string, title: string) => (title.trim() ? `${label} (${excerptOf(title, 32)})` : label);

/** Every body of the paper with where it is: sections first, then appendices. */
export function bodiesOf(bundle: PaperBundle): { place: BodyPlace; doc: RichDoc }[] {
  return [
    ...bundle.sections.map((s, i) => ({
      place: {
        targetId: s.id,
        targetKind: 'section' as const,
        label: titled(`section ${sectionNumber(i)}`, s.title),
        numbers: paragraphLabels(sectionNumber(i), s.body.content),
        title: s.title,
      },
      doc: s.body,
    })),
    ...bundle.appendices.map((a, i) => ({
      place: {
        targetId: a.id,
        targetKind: 'appendix' as const,
        label: titled(`appendix ${appendixLetter(i)}`, a.title),
        numbers: a.body.content.map(() => null),
        title: a.title,
      },
      doc: a.body,
    })),
  ];
}

function paragraphUnits(p: ParagraphNode | BlockNode, kind: UnitKind, location: Location, inList: boolean, out: TextUnit[]): void {
  const content = 'content' in p ? (p.content as readonly InlineNode[] | undefined) : undefined;
  const text = inlineText(content);
  out.push({ kind, text, location: { ...location, excerpt: excerptOf(text) }, allBold: allBold(content), links: linksOf(content), inList });
  for (const n of content ?? [])
    if (n.type === 'footnote')
      out.push({
        kind: 'footnote',
        text: n.attrs.text,
        location: { ...location, label: `${location.label}, footnote`, excerpt: excerptOf(n.attrs.text) },
        allBold: false,
        links: linksOf(n.attrs.content),
        inList: false,
      });
}

function docUnits(
  doc: RichDoc,
  location: (i: number, b: BlockNode) => Location,
  blocks: Readonly<Record<string, BlockContent>>,
  out: TextUnit[],
  top: boolean,
): void {
  doc.content.forEach((b, i) => {
    const loc = location(i, b);
    switch (b.type) {
      case 'paragraph':
        paragraphUnits(b, 'paragraph', loc, false, out);
        break;
      case 'subheading':
        paragraphUnits(b, 'subheading', loc, false, out);
        break;
      case 'bulletList':
      case 'orderedList': {
        const walk = (list: typeof b) => {
          for (const item of list.content)
            for (const c of item.content) {
              if (c.type === 'paragraph') paragraphUnits(c, 'listItem', loc, true, out);
              else walk(c);
            }
        };
        walk(b);
        break;
      }
      case 'table':
        for (const row of b.content) for (const cell of row.content) for (const p of cell.content) paragraphUnits(p, 'cell', loc, false, out);
        break;
      case 'dataBlock': {
        const content = top ? blocks[b.attrs.blockId] : undefined;
        if (content) blockUnits(content, { ...loc, label: `“${content.title.trim() || 'data block'}” in ${loc.label.replace(/, data block.*$/, '')}` }, out);
        break;
      }
      case 'image':
        break;
    }
  });
}

/** A data block's printed text: its headings, text parts and table cells, all located at the block. */
function blockUnits(content: BlockContent, loc: Location, out: TextUnit[]): void {
  for (const part of content.parts) {
    if (part.type === 'heading')
      out.push({ kind: 'subheading', text: part.text, location: { ...loc, excerpt: excerptOf(part.text) }, allBold: true, links: [], inList: false });
    if (part.type === 'text') docUnits(part.doc, () => loc, {}, out, false);
    if (part.type === 'table')
      for (const row of part.rows)
        for (const cell of row.cells) {
          const c = cell.content;
          if (c.kind === 'text')
            out.push({ kind: 'cell', text: c.text, location: { ...loc, excerpt: excerptOf(c.text) }, allBold: !!c.bold, links: [], inList: false });
          if (c.kind === 'rich') docUnits(c.doc, () => loc, {}, out, false);
        }
  }
}

/** The paper's title and every body's text, in reading order. */
export function paperUnits(bundle: PaperBundle): TextUnit[] {
  const out: TextUnit[] = [
    {
      kind: 'title',
      text: bundle.paper.title,
      location: { targetKind: 'title', label: 'the paper’s title', excerpt: excerptOf(bundle.paper.title) },
      allBold: true,
      links: [],
      inList: false,
    },
  ];
  for (const { place, doc } of bodiesOf(bundle)) {
    const heading = place.title;
    out.push({
      kind: 'heading',
      text: heading,
      location: { targetId: place.targetId, targetKind: place.targetKind, label: `${place.label}, heading`, excerpt: excerptOf(heading) },
      allBold: true,
      links: [],
      inList: false,
    });
    docUnits(doc, (i, b) => blockLocation(place, i, b), bundle.blocks, out, true);
  }
  return out;
}
