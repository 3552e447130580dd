// The image node in the backup schema, which also checks every write to the database.
import { describe, expect, it } from 'vitest';
import { doc, para } from '../richtext/build';
import { dataUrl, testJpeg, testPng } from '../richtext/image-fixtures';
import type { ImageNode } from '../richtext/model';
import { describeIssue } from './issues';
import { richDocSchema } from './schema';

const image = (attrs: Partial<ImageNode['attrs']> = {}): ImageNode => ({
  type: 'image',
  attrs: { src: dataUrl('image/png', testPng(12, 8)), alt: 'A chart', width: 12, height: 8, ...attrs },
});
const problems = (node: unknown) => {
  const r = richDocSchema.safeParse({ type: 'doc', content: [node] }, { reportInput: true });
  return r.success ? [] : r.error.issues.map(describeIssue);
};

describe('image nodes in rich text', () => {
  it('accepts a PNG or JPEG with alt text, its own size and an optional caption', () => {
    expect(problems(image())).toEqual([]);
    expect(problems(image({ caption: 'Figure 1: sample' }))).toEqual([]);
    expect(problems(image({ src: dataUrl('image/jpeg', testJpeg(300, 200)), width: 300, height: 200 }))).toEqual([]);
    expect(richDocSchema.safeParse(doc(para('The chart below shows the trend.'), image(), para('after'))).success).toBe(true);
  });
  it('stores an empty alt (not yet written) but not a missing one', () => {
    expect(problems(image({ alt: '' }))).toEqual([]);
    const { alt: _, ...noAlt } = image().attrs;
    expect(problems({ type: 'image', attrs: noAlt }).join()).toMatch(/content\[0\]\.attrs\.alt: missing/);
  });
  it('refuses remote, javascript: and other sources, naming the place', () => {
    for (const src of ['https://example.org/chart.png', 'javascript:alert(1)', 'data:image/svg+xml;base64,PHN2Zy8+']) {
      expect(problems(image({ src })).join(), src).toMatch(/^content\[0\]\.attrs\.src: An image must be a PNG or JPEG held in the document/);
    }
  });
  it('refuses data that is not base64, or not the type it names', () => {
    expect(problems(image({ src: 'data:image/png;base64,not*base64' })).join()).toMatch(/attrs\.src: The image data is damaged/);
    expect(problems(image({ src: dataUrl('image/png', testJpeg(12, 8)) })).join()).toMatch(
      /attrs\.src: The image says it is image\/png but its contents are image\/jpeg/,
    );
  });
  it('refuses a width and height that are not the image’s own, or out of bounds', () => {
    expect(problems(image({ width: 24, height: 16 })).join()).toMatch(/attrs\.width: the image is 12 × 8 pixels, not 24 × 16/);
    expect(problems(image({ width: 0 })).length).toBeGreaterThan(0);
    expect(problems(image({ width: 1.5 })).length).toBeGreaterThan(0);
  });
  it('refuses images inside list items and table cells (they hold paragraphs only)', () => {
    expect(problems({ type: 'bulletList', content: [{ type: 'listItem', content: [image()] }] }).join()).toMatch(/unknown type "image"/);
    expect(problems({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [image()] }] }] }).length).toBeGreaterThan(0);
  });
  it('refuses alt text and captions over the field limit', () => {
    expect(problems(image({ alt: 'x'.repeat(2001) })).join()).toMatch(/attrs\.alt: longer than 2000/);
    expect(problems(image({ caption: 'x'.repeat(2001) })).join()).toMatch(/attrs\.caption: longer than 2000/);
  });
});
