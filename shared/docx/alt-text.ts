// Every image in a Word file needs a description (alt text) for readers who cannot see it. The
// editor asks for one when an image is added; this finds any still without one (pasted from a web
// page, or from an older backup), so the export can say where, rather than write an image no screen
// reader can describe.
import type { BlockContent } from '../blocks/content';
import type { PaperBundle } from '../papers/model';
import { appendixLetter, sectionNumber } from '../papers/numbering';
import type { RichDoc } from '../richtext/model';
import { imagesOf } from '../richtext/model';

const undescribed = (doc: RichDoc) => imagesOf(doc).filter((img) => img.attrs.alt.trim() === '').length;

function inBlock(content: BlockContent): number {
  let n = 0;
  for (const part of content.parts) {
    if (part.type === 'text') n += undescribed(part.doc);
    if (part.type === 'table') for (const row of part.rows) for (const cell of row.cells) if (cell.content.kind === 'rich') n += undescribed(cell.content.doc);
  }
  return n;
}

/** Where images without alt text are, one entry per image: 'section 4 (Summary of Key Points)', '“Data Integrity” in appendix A'. */
export function imagesWithoutAlt(bundle: PaperBundle): string[] {
  const out: string[] = [];
  const walk = (doc: RichDoc, place: string) => {
    for (let i = undescribed(doc); i > 0; i--) out.push(place);
    for (const block of doc.content) {
      const content = block.type === 'dataBlock' ? bundle.blocks[block.attrs.blockId] : undefined;
      if (content) for (let i = inBlock(content); i > 0; i--) out.push(`“${content.title.trim() || 'data block'}” in ${place}`);
    }
  };
  const titled = (label: string, title: string) => (title.trim() ? `${label} (${title.trim()})` : label);
  bundle.sections.forEach((s, i) => walk(s.body, titled(`section ${sectionNumber(i)}`, s.title)));
  // a withdrawn appendix prints nothing, so its images need nothing
  bundle.appendices.forEach((a, i) => a.withdrawn || walk(a.body, titled(`appendix ${appendixLetter(i)}`, a.title)));
  return out;
}

/** The sentence the app and the command line show when images lack alt text. */
export function missingAltMessage(places: readonly string[]): string {
  const unique = [...new Set(places)];
  const where = unique.length > 5 ? `${unique.slice(0, 5).join('; ')} and ${unique.length - 5} more places` : unique.join('; ');
  const count = places.length === 1 ? 'An image has' : `${places.length} images have`;
  return `${count} no description (alt text), which Word and screen readers need: ${where}. Double-click an image to describe it (a case study's images are edited in the Library)`;
}
