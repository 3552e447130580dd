// An image node → a paragraph holding a docx ImageRun (an image must sit inside a paragraph), with
// its alt text on the drawing, scaled to fit the text width it sits in, and the caption as an
// italic paragraph below, kept on the same page.
import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { imageData } from '../richtext/image';
import type { ImageNode } from '../richtext/model';
import { xmlSafe } from '../text/xml-safe';
import { textRuns } from './runs';

/** docx sizes images in pixels at 96 to the inch; a twip is 1/1440 inch. */
const TWIPS_PER_PIXEL = 15;
/** Room left on the page for the caption and a line of text. */
const HEIGHT_SHARE = 0.8;

/**
 * The printed size in pixels (96 dpi): the image's own size, shrunk, never enlarged, to fit `maxWidth`
 * and `maxHeight` (twips), keeping its aspect ratio.
 */
export function fitImage(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / TWIPS_PER_PIXEL / width, maxHeight / TWIPS_PER_PIXEL / height);
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/** What Word and screen readers get as the image's description: its alt text, else its caption. */
export function imageDescription(node: ImageNode): string {
  return xmlSafe(node.attrs.alt).trim() || xmlSafe(node.attrs.caption ?? '').trim();
}

/**
 * The image's paragraph (and its caption's), in a text area `width` twips wide starting `indent`
 * twips in, on a page whose text is `pageTextHeight` twips high. Nothing if the data is not a valid
 * image (stored data is checked on the way in; this keeps a damaged one from breaking the export).
 */
export function imageChildren(node: ImageNode, width: number, indent: number, pageTextHeight: number): FileChild[] {
  const data = imageData(node.attrs.src);
  if (!data) return [];
  const size = fitImage(node.attrs.width, node.attrs.height, width, pageTextHeight * HEIGHT_SHARE);
  const caption = xmlSafe(node.attrs.caption ?? '').trim();
  const description = imageDescription(node);
  const run = new ImageRun({
    type: data.type,
    data: data.bytes,
    transformation: size,
    altText: { name: description.slice(0, 100) || 'Image', description, title: caption.slice(0, 200) },
  });
  const place = { alignment: AlignmentType.CENTER, ...(indent ? { indent: { left: indent } } : {}) };
  const picture = new Paragraph({
    ...place,
    keepNext: caption !== '',
    // Single line spacing: the body's 1.1 would add a tenth of the image's height above it.
    spacing: { before: 120, after: caption ? 80 : 160, line: 240, lineRule: LineRuleType.AUTO },
    children: [run],
  });
  if (!caption) return [picture];
  return [picture, new Paragraph({ ...place, children: textRuns(caption, { italics: true }) })];
}
