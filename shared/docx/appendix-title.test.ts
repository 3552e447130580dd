// An appendix made by "Insert as new appendix" from a theme update printed its title twice: its own
// title line, then the block's heading saying the same.
import { describe, expect, it } from 'vitest';
import type { BlockContent } from '../blocks/content';
import { doc, para } from '../richtext/build';
import { printsAppendixTitle } from '../papers/appendix-title';
import { exportPaperDocx } from './export';
import { bundleWithBodies } from './fixtures';
import { documentParagraphs, readDocx } from './read-docx';

const themeUpdate: BlockContent = {
  title: 'Theme 6 update – Q2 2017/18',
  landscape: true,
  parts: [
    { type: 'heading', text: 'POLICE AND CRIME PLAN (2016-18)' },
    { type: 'heading', text: 'THEME 6 UPDATE — Q2 2017/18 (July–September 2017)' },
    { type: 'text', doc: doc(para('Since Q1: 3 more Green.')) },
  ],
};
const caseStudy: BlockContent = { title: 'Data Integrity', landscape: false, parts: [{ type: 'text', doc: doc(para('The audit found …')) }] };

async function appendixTexts(content: BlockContent, title: string): Promise<string[]> {
  const base = bundleWithBodies([doc(para('Intro'))], [doc({ type: 'dataBlock', attrs: { blockId: 'b1' } }, para(''))]);
  const bundle = { ...base, appendices: base.appendices.map((a) => ({ ...a, title })), blocks: { b1: content } };
  const paras = documentParagraphs(await readDocx(await exportPaperDocx(bundle)));
  const start = paras.findIndex((p) => p.text === 'APPENDIX A');
  return paras
    .slice(start)
    .map((p) => p.text)
    .filter(Boolean);
}

describe('an appendix that opens with a data block', () => {
  it('prints the block’s own headings once, not the appendix title as well', async () => {
    const texts = await appendixTexts(themeUpdate, 'Theme 6 update – Q2 2017/18');
    expect(texts.slice(0, 3)).toEqual(['APPENDIX A', 'POLICE AND CRIME PLAN (2016-18)', 'THEME 6 UPDATE — Q2 2017/18 (July–September 2017)']);
    expect(texts.filter((t) => /theme 6 update/i.test(t))).toHaveLength(1);
  });
  it('keeps its title when the block has no heading of its own (a case study)', async () => {
    const texts = await appendixTexts(caseStudy, 'Data Integrity');
    expect(texts.slice(0, 3)).toEqual(['APPENDIX A', 'Data Integrity', 'The audit found …']);
  });
  it('the rule the editor shows and the export follows', () => {
    const opening = { title: 'T', body: doc({ type: 'dataBlock', attrs: { blockId: 'b1' } }) };
    expect(printsAppendixTitle(opening, { b1: themeUpdate })).toBe(false);
    expect(printsAppendixTitle(opening, { b1: caseStudy })).toBe(true);
    expect(printsAppendixTitle({ title: 'T', body: doc(para('Text first'), { type: 'dataBlock', attrs: { blockId: 'b1' } }) }, { b1: themeUpdate })).toBe(true);
    expect(printsAppendixTitle({ title: '  ', body: doc(para('x')) }, {})).toBe(false);
  });
});
