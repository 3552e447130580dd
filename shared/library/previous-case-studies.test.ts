// Issue 12: the previous-case-studies block took the place of the author's numbered paragraphs 5.40
// and 5.41 (its own sentences print unnumbered), so every later paragraph of section 5 moved up two.
// Now its sentences are the author's to word or switch off, and the author can number them as the
// section's paragraphs: the reference paper's numbering comes out exactly.
import { describe, expect, it } from 'vitest';
import type { BlockSource, PaperBlock } from '../blocks/model';
import { exportPaperDocx } from '../docx/export';
import { documentParagraphs, numberingOf, readDocx, wordLabels } from '../docx/read-docx';
import { bundlePaper } from '../papers/bundle';
import { paragraphLabels } from '../papers/numbering';
import { inlineText } from '../richtext/model';
import type { BlockNode } from '../richtext/model';
import { SAMPLE_PAPER_ID } from '../sample/paper';
import { sampleSnapshot } from '../sample/reference-paper';

const BLOCK_ID = '9a1d0000-0000-4000-8000-00000000c5e5';

/** The sample paper with section 5's case-study paragraphs (5.40, the list, 5.41) replaced by the block. */
function withBlock(source: Partial<BlockSource>) {
  const data = sampleSnapshot();
  const sections = data.sections.map((s) => {
    if (s.position !== 5) return s;
    const c = s.body.content;
    const at = c.findIndex((b) => b.type === 'paragraph' && inlineText(b.content).startsWith('PC Panel Members have asked'));
    const content: BlockNode[] = [...c.slice(0, at), { type: 'dataBlock', attrs: { blockId: BLOCK_ID } }, ...c.slice(at + 3)];
    return { ...s, body: { ...s.body, content } };
  });
  const block: PaperBlock = {
    id: BLOCK_ID,
    createdAt: '2017-11-25T09:00:00.000Z',
    updatedAt: '2017-11-25T09:00:00.000Z',
    updatedBy: 't',
    deletedAt: null,
    paperId: SAMPLE_PAPER_ID,
    source: { kind: 'previousCaseStudies', ...source } as BlockSource,
    frozen: null,
  };
  return bundlePaper({ ...data, sections, blocks: [block] }, SAMPLE_PAPER_ID)!;
}

/** What Word numbers each paragraph of section 5 (label → text), read back from the .docx. */
async function section5(bundle: ReturnType<typeof withBlock>): Promise<Map<string, string>> {
  const d = await readDocx(await exportPaperDocx(bundle));
  const paras = documentParagraphs(d);
  const numbered = paras.find((p) => p.numId !== null && p.ilvl === 1)!;
  const { levels } = numberingOf(d.part('word/numbering.xml'), numbered.numId!);
  const labels = wordLabels(paras, numbered.numId!, (i) => levels.get(i)?.lvlText ?? '');
  return new Map([...labels].filter(([, l]) => l.startsWith('5.')).map(([p, l]) => [l, p.text]));
}

describe('the previous case studies block in a numbered section', () => {
  it('takes no paragraph number unless the author numbers it, so the author’s own paragraphs keep theirs', async () => {
    const plain = await section5(withBlock({}));
    // the block's two sentences are unnumbered: paragraph 5.40 is now what was 5.42
    expect(plain.get('5.40')).toMatch(/^The County IDVA service/);
    const b = withBlock({});
    const s5 = b.sections[4]!;
    expect(paragraphLabels(5, s5.body.content)).toEqual(paragraphLabels(5, s5.body.content, () => 0));
  });

  it('numbered by the author, with the paper’s own wording, prints 5.40 and 5.41 as the reference paper does', async () => {
    const bundle = withBlock({
      numbered: true,
      wording: {
        intro: 'PC Panel Members have asked if a case study could be prepared for each meeting. Previous case studies were:',
        current: 'For this meeting, a case study has been prepared in respect of ({number}) {title} (see Appendix B).',
      },
    });
    const labels = await section5(bundle);
    expect(labels.get('5.40')).toBe('PC Panel Members have asked if a case study could be prepared for each meeting. Previous case studies were:');
    expect(labels.get('5.41')).toBe(
      'For this meeting, a case study has been prepared in respect of (11) Data Integrity and Compliance with NCRS (see Appendix B).',
    );
    expect(labels.get('5.42')).toMatch(/^The County IDVA service/);
    expect(labels.get('5.46')).toMatch(/^The Commissioner has the sole legal authority/);
    // the editor's rule counts the same numbers
    const s5 = bundle.sections[4]!;
    const editor = paragraphLabels(5, s5.body.content, () => 2).filter(Boolean);
    expect(editor.at(-1)).toBe([...labels.keys()].at(-1));
  });

  it('prints nothing for a sentence the author switched off', async () => {
    const bundle = withBlock({ wording: { intro: null, current: null } });
    const texts = documentParagraphs(await readDocx(await exportPaperDocx(bundle))).map((p) => p.text);
    expect(texts).not.toContain('Previous case studies were:');
    expect(texts.some((t) => t.startsWith('For this meeting'))).toBe(false);
    expect(texts).toContain('ECINS database');
  });
});
