// Rules about the structure a screen reader navigates: pictures' descriptions, table header rows,
// merged cells, headings in order, empty sections and empty paragraphs.
import type { TableRowContent } from '../../blocks/content';
import type { PaperBundle } from '../../papers/model';
import type { BlockNode, RichDoc, TableNode } from '../../richtext/model';
import { isBlankInline } from '../../richtext/model';
import type { Location, RawFinding, Rule } from '../model';
import type { OoxmlTable } from '../ooxml-doc';
import { paragraphLocation } from '../ooxml-units';
import { blockLocation, bodiesOf } from '../paper-units';
import { excerptOf } from '../text-units';
import { must } from '../../records/must';

/** "image1.png", "DSC_0042.JPG", "Picture 3": what Word or a camera named it, not what it shows. */
export function looksLikeFileName(alt: string): boolean {
  const t = alt.trim();
  return (
    /^[^\s/\\]+\.(png|jpe?g|gif|bmp|svg|tiff?|webp|emf|wmf|heic)$/i.test(t) || /^(image|picture|img|dsc|screenshot|chart|graphic|photo)[\s_-]*\d*$/i.test(t)
  );
}

/** Each block of every body, with a located callback; data blocks' content comes with them. */
function eachBlock(bundle: PaperBundle, visit: (block: BlockNode, loc: Location) => void): void {
  for (const { place, doc } of bodiesOf(bundle)) doc.content.forEach((b, i) => visit(b, blockLocation(place, i, b)));
}

function describedImages(doc: RichDoc, loc: Location, out: RawFinding[]): void {
  for (const b of doc.content) {
    if (b.type !== 'image') continue;
    const alt = b.attrs.alt.trim();
    if (!alt) out.push({ message: 'An image has no description (alt text)', location: loc });
    else if (looksLikeFileName(alt)) out.push({ message: `An image’s description is a file name (“${excerptOf(alt, 40)}”)`, location: loc });
  }
}

export const altText: Rule = {
  id: 'alt-text',
  severity: 'error',
  title: 'Pictures and charts described',
  why: 'Someone using a screen reader hears the description instead of seeing the picture; a file name tells them nothing.',
  fix: 'Double-click the image and say what it shows and why it is there (or mark it decorative in Word if it adds nothing).',
  checkPaper: (bundle) => {
    const out: RawFinding[] = [];
    eachBlock(bundle, (b, loc) => {
      if (b.type === 'image') describedImages({ type: 'doc', content: [b] }, loc, out);
      if (b.type === 'dataBlock') {
        const content = bundle.blocks[b.attrs.blockId];
        for (const part of content?.parts ?? []) {
          if (part.type === 'chart' && !part.altText.trim()) out.push({ message: `The chart “${part.title}” has no description`, location: loc });
          if (part.type === 'text') describedImages(part.doc, loc, out);
          if (part.type === 'table')
            for (const r of part.rows) for (const c of r.cells) if (c.content.kind === 'rich') describedImages(c.content.doc, loc, out);
        }
      }
    });
    return out;
  },
  checkOoxml: (d) =>
    d.paragraphs.flatMap((p) =>
      p.pictures
        .filter((pic) => !pic.decorative && (!pic.description || looksLikeFileName(pic.description)))
        .map((pic) => ({
          message: pic.description
            ? `A ${pic.kind === 'chart' ? 'chart' : 'picture'}’s description is a file name (“${excerptOf(pic.description, 40)}”)`
            : `A ${pic.kind === 'chart' ? 'chart' : 'picture'} has no description (alt text)`,
          location: { ...paragraphLocation(p), excerpt: pic.name || p.text.slice(0, 60) },
        })),
    ),
};

type HeaderVerdict = 'ok' | 'none' | 'not-first';

function headerVerdict(rows: readonly boolean[]): HeaderVerdict {
  if (rows.length === 0 || rows[0]) return 'ok';
  return rows.some(Boolean) ? 'not-first' : 'none';
}
const HEADER_MESSAGE: Record<Exclude<HeaderVerdict, 'ok'>, string> = {
  none: 'A table has no header row (or its header row does not repeat on each page)',
  'not-first': 'A table’s header row is not its first row',
};

/** A two-column form of bold labels and values (the cover sheet): its labels are row headers. */
const isLabelTable = (t: OoxmlTable) => t.rows.length > 1 && t.rows.every((r) => r.cells.length <= 2) && t.rows.every((r) => r.cells[0] !== undefined);

export const tableHeaders: Rule = {
  id: 'table-header-row',
  severity: 'error',
  title: 'Table header rows',
  why: 'A screen reader reads each cell with its column’s header, and a header row that repeats keeps a long table readable on every printed page.',
  fix: 'Make the first row the header row (in the editor: select it and choose Header row; in Word: Repeat as header row).',
  checkPaper: (bundle) => {
    const out: RawFinding[] = [];
    eachBlock(bundle, (b, loc) => {
      if (b.type === 'table') {
        const v = headerVerdict(b.content.map((r) => r.content.length > 0 && r.content.every((c) => c.type === 'tableHeader')));
        if (v !== 'ok') out.push({ message: HEADER_MESSAGE[v], location: loc });
      }
      if (b.type === 'dataBlock')
        for (const part of bundle.blocks[b.attrs.blockId]?.parts ?? []) {
          if (part.type !== 'table') continue;
          const v = headerVerdict(part.rows.map((r: TableRowContent) => r.role === 'header'));
          if (v !== 'ok')
            out.push({ message: `${HEADER_MESSAGE[v]} in “${must(bundle.blocks[b.attrs.blockId], 'bundle.blocks[b.attrs.blockId]').title}”`, location: loc });
        }
    });
    return out;
  },
  checkOoxml: (d, ctx) =>
    d.tables.flatMap((t, i) => {
      if (t.nested) return [];
      const v = headerVerdict(t.rows.map((r) => r.header));
      if (v === 'ok' || (v === 'none' && isLabelTable(t)) || t.rows.length < ctx.threshold) return [];
      return [
        {
          message: HEADER_MESSAGE[v],
          location: {
            paragraph: t.firstParagraph,
            label: `table ${i + 1} (from paragraph ${t.firstParagraph})`,
            excerpt: excerptOf(t.rows[0]?.cells.map((c) => c.text).join(' | ') ?? ''),
          },
        },
      ];
    }),
  threshold: { default: 2, label: 'rows a table needs before a header row is required' },
};

function mergedInTable(t: TableNode): number {
  let n = 0;
  for (const r of t.content) for (const c of r.content) if ((c.attrs?.colspan ?? 1) > 1 || (c.attrs?.rowspan ?? 1) > 1) n++;
  return n;
}

export const mergedCells: Rule = {
  id: 'merged-cells',
  severity: 'warning',
  title: 'Merged or nested cells',
  why: 'Screen readers lose their place in tables with merged or nested cells, and read the wrong header with a cell.',
  fix: 'Split merged cells (repeat the value, or put it in a heading above the table) and take nested tables out.',
  checkPaper: (bundle) => {
    const out: RawFinding[] = [];
    eachBlock(bundle, (b, loc) => {
      if (b.type === 'table' && mergedInTable(b))
        out.push({ message: `A table has ${mergedInTable(b)} merged cell${mergedInTable(b) === 1 ? '' : 's'}`, location: loc });
    });
    return out;
  },
  checkOoxml: (d) =>
    d.tables.flatMap((t, i) => {
      const merged = t.rows.reduce((n, r) => n + r.cells.filter((c) => c.span > 1 || c.merged).length, 0);
      const loc = { paragraph: t.firstParagraph, label: `table ${i + 1} (from paragraph ${t.firstParagraph})` };
      return [
        ...(merged ? [{ message: `A table has ${merged} merged cell${merged === 1 ? '' : 's'}`, location: loc }] : []),
        ...(t.nested ? [{ message: 'A table is nested inside another table', location: loc }] : []),
      ];
    }),
};

export const headingLevels: Rule = {
  id: 'heading-levels',
  severity: 'error',
  title: 'Heading levels in order',
  why: 'People using screen readers move through a paper by its headings; a skipped level (Heading 1 to Heading 3) looks like something is missing.',
  fix: 'Use the next level down (Heading 2 under Heading 1), not a level chosen for its look.',
  checkOoxml: (d) => {
    const out: RawFinding[] = [];
    let last = 0;
    for (const p of d.paragraphs) {
      if (!p.headingLevel || p.text.trim() === '') continue;
      if (p.headingLevel > last + 1)
        out.push({ message: `Heading level ${p.headingLevel} follows ${last ? `level ${last}` : 'no heading'}`, location: paragraphLocation(p) });
      last = p.headingLevel;
    }
    return out;
  },
};

/** Blank content: nothing but empty paragraphs (a data block, image, table or any text counts as content). */
const isBlankBody = (doc: RichDoc) => doc.content.every((b) => (b.type === 'paragraph' || b.type === 'subheading') && isBlankInline(b.content));

export const emptySection: Rule = {
  id: 'empty-section',
  severity: 'error',
  title: 'Empty sections',
  why: 'An empty section reads as if something was left out; the panel cannot tell “nothing to report” from “forgotten”.',
  fix: 'Write what the section says, or “Not applicable.” with a reason, or remove the section.',
  checkPaper: (bundle) =>
    bodiesOf(bundle)
      .filter(
        ({ place, doc }) => place.targetKind === 'section' && isBlankBody(doc) && bundle.sections.find((s) => s.id === place.targetId)?.kind !== 'appendices',
      )
      .map(({ place }) => ({
        message: `The section “${place.label}” is empty`,
        location: { targetId: place.targetId, targetKind: 'section', blockIndex: 0, label: place.label },
      })),
  checkOoxml: (d) => {
    const out: RawFinding[] = [];
    const top = d.paragraphs.filter((p) => !p.inTable);
    top.forEach((p) => {
      if (p.headingLevel !== 1 || !p.text.trim()) return;
      let content = false;
      for (const q of d.paragraphs.slice(p.index)) {
        if (q.headingLevel && q.headingLevel <= 1 && !q.inTable) break;
        if (q.text.trim() || q.pictures.length || q.inTable) {
          content = true;
          break;
        }
      }
      if (!content) out.push({ message: `The section “${excerptOf(p.text, 50)}” is empty`, location: paragraphLocation(p) });
    });
    return out;
  },
};

export const emptyParagraphs: Rule = {
  id: 'empty-paragraphs',
  severity: 'warning',
  title: 'Runs of empty paragraphs',
  why: 'Screen readers announce every empty paragraph (“blank, blank, blank”); spacing made of them also breaks when the paper is reflowed.',
  fix: 'Delete the empty paragraphs; use a page break or paragraph spacing instead.',
  threshold: { default: 3, label: 'empty paragraphs in a row' },
  checkOoxml: (d, ctx) => {
    const out: RawFinding[] = [];
    let run: number[] = [];
    const flush = () => {
      if (run.length >= ctx.threshold)
        out.push({ message: `${run.length} empty paragraphs in a row`, location: { paragraph: run[0], label: `paragraphs ${run[0]}–${run.at(-1)}` } });
      run = [];
    };
    for (const p of d.paragraphs) {
      if (!p.inTable && p.text.trim() === '' && p.pictures.length === 0) run.push(p.index);
      else flush();
    }
    flush();
    return out;
  },
};
