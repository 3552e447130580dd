// Word's quotation styles: a paragraph in Quote or Intense Quote becomes a block quotation, as the
// app prints it (set in, in italics, never numbered); our own export's quotations come back as such.
import { describe, expect, it } from 'vitest';
import { richDocSchema } from '../backup/schema';
import type { BlockNode } from '../richtext/model';
import { doc, para, quote, italic } from '../richtext/build';
import { exportPaperDocx } from '../docx/export';
import { bundleWithBodies } from '../docx/fixtures';
import { importWordPaper } from './index';
import { blocksView } from './test-support';
import { BASIC_STYLES, makeDocx, p, r } from './test-docx';

const QUOTE_STYLES = `${BASIC_STYLES}
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="864" w:right="864"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="IntenseQuote"><w:name w:val="Intense Quote"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:color w:val="4472C4"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="StakeholderQuote"><w:name w:val="Stakeholder quote"/><w:basedOn w:val="Quote"/></w:style>`;

async function open(bytes: Uint8Array) {
  const res = await importWordPaper(bytes, 'paper.docx');
  if (!res.ok) throw new Error(res.error);
  for (const s of res.draft.sections) expect(richDocSchema.safeParse({ type: 'doc', content: s.body }).success).toBe(true);
  return res.draft;
}

describe('quotations from Word', () => {
  it('Quote and Intense Quote paragraphs become block quotations, consecutive ones one quotation, never numbered', async () => {
    const draft = await open(
      await makeDocx({
        styles: QUOTE_STYLES,
        body:
          p('T') +
          p('1. PURPOSE OF THE REPORT', { style: 'Heading1' }) +
          p('1.1 A victim told the panel:') +
          p('The officer kept me informed at every step.', { style: 'Quote' }) +
          p('I never felt alone.', { style: 'Quote' }) +
          p('1.2 A partner said:') +
          p('The hub has changed how we work.', { style: 'IntenseQuote' }) +
          p('A style based on Quote is a quotation too.', { style: 'StakeholderQuote' }) +
          p('1.3 After the quotes.'),
      }),
    );
    const body = draft.sections[0]!.body;
    expect(blocksView(body)).toEqual([
      'N A victim told the panel:',
      'Q The officer kept me informed at every step.',
      'Q I never felt alone.',
      'N A partner said:',
      'Q The hub has changed how we work.',
      'Q A style based on Quote is a quotation too.',
      'N After the quotes.',
    ]);
    expect(body.filter((b) => b.type === 'blockquote').map((b) => b.content.length)).toEqual([2, 2]);
  });

  it('the style’s italics are the quotation’s look, not emphasis; the author’s own bold is kept', async () => {
    const draft = await open(
      await makeDocx({
        styles: QUOTE_STYLES,
        body: p('T') + p('1. SUMMARY', { style: 'Heading1' }) + p(['It was ', r('excellent', { b: true }), '.'], { style: 'Quote' }),
      }),
    );
    const q = draft.sections[0]!.body[0] as Extract<BlockNode, { type: 'blockquote' }>;
    expect(q.type).toBe('blockquote');
    expect(q.content[0]!.content).toEqual([
      { type: 'text', text: 'It was ' },
      { type: 'text', text: 'excellent', marks: [{ type: 'bold' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('a paper exported by the app opens with its quotations as quotations', async () => {
    const bundle = bundleWithBodies([doc(para('A stakeholder said:'), quote(para('Working together, ', italic('we'), ' did it.')), para('Then the text.'))]);
    const draft = await open(await exportPaperDocx(bundle));
    const all = draft.sections.flatMap((s) => blocksView(s.body));
    const at = all.indexOf('Q Working together, we did it.');
    expect(at).toBeGreaterThan(0);
    expect(all[at - 1]).toBe('N A stakeholder said:');
    expect(all[at + 1]).toBe('N Then the text.');
  });
});
