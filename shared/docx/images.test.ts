// Images in the Word file: a media part, an inline drawing with the alt text, scaled to the text
// width it sits in (section, appendix, landscape page), the caption below in italics.
import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { BlockContent } from '../blocks/content';
import { doc, para } from '../richtext/build';
import { dataUrl, testJpeg, testPng } from '../richtext/image-fixtures';
import type { BlockNode, ImageNode } from '../richtext/model';
import { sampleAuditChart } from '../sample/chart-image';
import { LANDSCAPE_TEXT_WIDTH, MARGIN, PAGE_HEIGHT, TEXT_INDENT, TEXT_WIDTH } from './constants';
import { imagesWithoutAlt } from './alt-text';
import { buildPaperDocument } from './document';
import { ExportRefusedError, exportPaperDocx } from './export';
import { bundleWithBodies } from './fixtures';
import { fitImage } from './images';
import { documentParagraphs, readDocx } from './read-docx';

const EMU_PER_PIXEL = 9525;
const chart = sampleAuditChart(); // 720 × 320 with a caption
const small: ImageNode = { type: 'image', attrs: { src: dataUrl('image/png', testPng(120, 60)), alt: 'Small & "quoted" <logo>', width: 120, height: 60 } };

async function exported(sections: BlockNode[][], appendices: BlockNode[][] = [], blocks: Record<string, BlockContent> = {}) {
  const bundle = bundleWithBodies(
    sections.map((c) => doc(...c)),
    appendices.map((c) => doc(...c)),
  );
  const bytes = await exportPaperDocx({ ...bundle, blocks });
  const zip = await JSZip.loadAsync(bytes);
  const d = await readDocx(bytes);
  return { zip, d, xml: d.part('word/document.xml'), paras: documentParagraphs(d) };
}

/** Each drawing's size in pixels and its wp:docPr attributes, in document order. */
function drawings(xml: string) {
  return [...xml.matchAll(/<w:drawing>([\s\S]*?)<\/w:drawing>/g)].map((m) => {
    const x = m[1]!;
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(x)!;
    const docPr = /<wp:docPr ([^>]*?)\/?>/.exec(x)![1]!;
    const attr = (name: string) => /(?:^| )NAME="([^"]*)"/.exec(docPr.replace(`${name}=`, 'NAME='))?.[1];
    return {
      width: Number(extent[1]) / EMU_PER_PIXEL,
      height: Number(extent[2]) / EMU_PER_PIXEL,
      descr: attr('descr'),
      title: attr('title'),
      name: attr('name'),
      xml: x,
    };
  });
}

describe('fitImage', () => {
  it('shrinks to the width keeping the aspect ratio, and never enlarges', () => {
    expect(fitImage(720, 320, 8306, 100_000)).toEqual({ width: 553, height: 246 }); // 553.7 × 246.1
    expect(fitImage(120, 60, 8306, 100_000)).toEqual({ width: 120, height: 60 });
    expect(fitImage(400, 4000, 9026, 13_958 * 0.8)).toEqual({ width: 74, height: 744 });
  });
});

describe('images in the Word export', () => {
  it('puts the image in the package as a PNG media part, referenced by the drawing', async () => {
    const { zip, d, xml } = await exported([[para('The chart below illustrates the trend.'), chart, para('After the chart.')]]);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const bytes = await zip.file(media[0]!)!.async('uint8array');
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const rId = /<a:blip r:embed="(rId[^"]+)"/.exec(xml)![1];
    expect(d.part('word/_rels/document.xml.rels')).toMatch(new RegExp(`Id="${rId}"[^>]*Target="media/[^"]+\\.png"`));
    expect(d.part('[Content_Types].xml')).toContain('Extension="png"');
  });

  it('gives the drawing the alt text as its description, and the caption as its title', async () => {
    const { xml } = await exported([[chart]]);
    const [drawing] = drawings(xml);
    expect(drawing!.descr).toBe(chart.attrs.alt);
    expect(drawing!.title).toBe(chart.attrs.caption);
    expect(drawing!.xml).toContain('<wp:inline');
  });

  it('escapes the alt text', async () => {
    const { xml } = await exported([[small]]);
    expect(drawings(xml)[0]!.descr).toBe('Small &amp; &quot;quoted&quot; &lt;logo&gt;');
  });

  it('scales a wide image to the section’s text width (after the number column), keeping its shape', async () => {
    const { xml } = await exported([[chart]]);
    const { width, height } = drawings(xml)[0]!;
    const max = (TEXT_WIDTH - TEXT_INDENT) / 15;
    expect(width).toBe(Math.floor(max));
    expect(height).toBe(Math.floor((320 * max) / 720));
  });

  it('uses the full text width in an appendix, and the landscape width on a landscape page', async () => {
    const wide: BlockContent = {
      title: 'Wide',
      landscape: true,
      parts: [
        {
          type: 'table',
          columns: [1, 1],
          rows: [{ role: 'header', cells: [{ content: { kind: 'text', text: 'a' } }, { content: { kind: 'text', text: 'b' } }] }],
        },
      ],
    };
    const { xml } = await exported([[para('x')]], [[chart], [{ type: 'dataBlock', attrs: { blockId: 'w' } }, chart]], { w: wide });
    const [portrait, landscape] = drawings(xml);
    expect(portrait!.width).toBe(Math.floor(TEXT_WIDTH / 15));
    // 720 px fits the landscape text width (930 px): printed at its own size
    expect(LANDSCAPE_TEXT_WIDTH / 15).toBeGreaterThan(720);
    expect([landscape!.width, landscape!.height]).toEqual([720, 320]);
  });

  it('never enlarges a small image, and keeps a tall one within the page', async () => {
    const tall: ImageNode = { type: 'image', attrs: { src: dataUrl('image/jpeg', testJpeg(400, 4000)), alt: 'Tall', width: 400, height: 4000 } };
    const { xml, zip } = await exported([[small, tall]]);
    const [a, b] = drawings(xml);
    expect([a!.width, a!.height]).toEqual([120, 60]);
    expect(b!.height).toBe(Math.floor(((PAGE_HEIGHT - 2 * MARGIN) * 0.8) / 15));
    expect(b!.width).toBe(Math.floor((400 * b!.height) / 4000));
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.(jpg|jpeg)$/.test(f))).toBe(true);
  });

  it('sits alone in its paragraph, with the caption as an italic paragraph below, kept together', async () => {
    const { paras } = await exported([[para('Before'), chart, para('After')]]);
    const i = paras.findIndex((p) => p.xml.includes('<w:drawing>'));
    const picture = paras[i]!;
    expect(picture.text).toBe('');
    expect(picture.numId).toBeNull(); // not a numbered paragraph
    expect(picture.xml).toContain('<w:keepNext/>');
    expect(picture.xml).toContain('<w:jc w:val="center"/>');
    const caption = paras[i + 1]!;
    expect(caption.text).toBe(chart.attrs.caption);
    expect(caption.xml).toMatch(/<w:i\/>/);
    expect(paras[i + 2]!.text).toBe('After');
  });

  it('prints an image inside a data block (a case study in an appendix)', async () => {
    const caseStudy: BlockContent = { title: 'Data Integrity', landscape: false, parts: [{ type: 'text', doc: doc(para('Background'), chart) }] };
    const { xml } = await exported([[para('x')]], [[{ type: 'dataBlock', attrs: { blockId: 'cs' } }]], { cs: caseStudy });
    const [d] = drawings(xml);
    expect(d!.descr).toBe(chart.attrs.alt);
    expect(d!.width).toBe(Math.floor(TEXT_WIDTH / 15));
  });
});

describe('images without alt text', () => {
  const noAlt = (img: ImageNode): ImageNode => ({ ...img, attrs: { ...img.attrs, alt: '  ' } });

  it('stop the export, which says where each one is', async () => {
    const caseStudy: BlockContent = { title: 'Data Integrity', landscape: false, parts: [{ type: 'text', doc: doc(noAlt(chart)) }] };
    const bundle = bundleWithBodies([doc(para('x'), noAlt(small)), doc(chart)], [doc({ type: 'dataBlock', attrs: { blockId: 'cs' } })]);
    const withBlock = { ...bundle, blocks: { cs: caseStudy } };
    expect(imagesWithoutAlt(withBlock)).toEqual(['section 1 (Section 1)', '“Data Integrity” in appendix A (Appendix title 1)']);
    await expect(exportPaperDocx(withBlock)).rejects.toThrow(ExportRefusedError);
    await expect(exportPaperDocx(withBlock)).rejects.toThrow(
      /^2 images have no description \(alt text\), which Word and screen readers need: section 1 \(Section 1\); “Data Integrity” in appendix A \(Appendix title 1\)\. Double-click an image/,
    );
  });

  it('are described by their caption if the builder is called directly', async () => {
    const bytes = await Packer.pack(buildPaperDocument(bundleWithBodies([doc(noAlt(chart))])), 'uint8array');
    const d = await readDocx(bytes);
    expect(drawings(d.part('word/document.xml'))[0]!.descr).toBe(chart.attrs.caption);
  });
});
