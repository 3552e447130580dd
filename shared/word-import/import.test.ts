// Word papers made by hand, one feature each: what an author sees after opening them, and what the
// import report says was not carried over.
import { describe, expect, it } from 'vitest';
import { richDocSchema } from '../backup/schema';
import type { BlockNode } from '../richtext/model';
import { importWordPaper } from './index';
import type { WordPaperDraft } from './index';
import { blocksView } from './test-support';
import { BASIC_STYLES, REFERENCE_COVER, coverTable, makeDocx, p, r, tbl } from './test-docx';
import { parseMeetingDate } from './cover';
import { testPng } from '../richtext/image-fixtures';

async function open(parts: Parameters<typeof makeDocx>[0]) {
  const res = await importWordPaper(await makeDocx(parts), 'paper.docx');
  if (!res.ok) throw new Error(res.error);
  for (const s of res.draft.sections) expect(richDocSchema.safeParse({ type: 'doc', content: s.body }).success).toBe(true);
  return res;
}
const section = (d: WordPaperDraft, n: number): string[] => blocksView(d.sections[n - 1]!.body);

describe('the cover sheet', () => {
  it('is read from its labels, as the reference paper has them', async () => {
    const { draft, report } = await open({
      body: coverTable() + p('POLICE AND CRIME COMMISSIONER’S UPDATE REPORT', { style: 'Title' }) + p('1. PURPOSE OF THE REPORT', { style: 'Heading1' }),
    });
    expect(draft.cover).toEqual({
      purpose: 'consideration',
      publicity: 'public',
      meetingDate: '2017-12-08',
      reportOf: 'Paddy Tipping Police and Crime Commissioner',
      author: 'Kevin Dennis',
      email: 'kevin.dennis@nottinghamshire.pnn.Police.uk',
      otherContacts: 'Kevin Dennis',
      agendaItem: '8',
    });
    expect(draft.committeeName).toBe('Joint Audit & Scrutiny Panel');
    expect(draft.title).toBe('POLICE AND CRIME COMMISSIONER’S UPDATE REPORT');
    expect(report.notes.filter((n) => n.kind === 'cover')).toEqual([]);
  });

  it('takes the labels’ usual variants, a Non Public paper and its reason, and says which rows it did not know', async () => {
    const { draft, report } = await open({
      body:
        coverTable([
          ['For Decision', ''],
          ['Public / Non-Public', 'NON PUBLIC'],
          ['Reason for exemption', 'Paragraph 3: commercial information'],
          ['Report to', 'Police and Crime Panel'],
          ['Meeting date', '08/05/2019'],
          ['Author', 'A. Officer'],
          ['Email', 'a.officer@example.gov.uk'],
          ['Agenda Item No', '5b'],
          ['Ward(s) affected', 'All'],
        ]) +
        p('Title of paper') +
        p('1. PURPOSE OF THE REPORT', { style: 'Heading1' }),
    });
    expect(draft.cover).toMatchObject({
      purpose: 'decision',
      publicity: 'non-public',
      exemptionReason: 'Paragraph 3: commercial information',
      meetingDate: '2019-05-08',
      author: 'A. Officer',
      email: 'a.officer@example.gov.uk',
      agendaItem: '5b',
    });
    expect(draft.committeeName).toBe('Police and Crime Panel');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'cover', where: 'cover sheet', what: expect.stringContaining('Ward(s) affected') }));
  });

  it.each([
    ['8th May 2019', '2019-05-08'],
    ['8 May 2019', '2019-05-08'],
    ['08/05/2019', '2019-05-08'],
    ['Wednesday 8th May 2019', '2019-05-08'],
    ['May 8, 2019', '2019-05-08'],
    ['8 Dec 2017', '2017-12-08'],
    ['2017-12-08', '2017-12-08'],
  ])('reads the meeting date “%s”', (text, iso) => expect(parseMeetingDate(text)).toBe(iso));
  it('does not invent a date from “December 2017” or “31/02/2019”', () => {
    expect(parseMeetingDate('December 2017')).toBeNull();
    expect(parseMeetingDate('31/02/2019')).toBeNull();
  });
});

describe('sections and paragraph numbers', () => {
  it('makes sections from Heading 1 and from typed numbered headings, matched to the standard sections, and stores typed paragraph numbers as numbering', async () => {
    const { draft, report } = await open({
      body:
        p('The title') +
        p([r('1. PURPOSE OF THE REPORT', { b: true })]) +
        p('1.1 This report was also submitted to the Police and Crime Panel.') +
        p('1.2\tIn accordance with section 13 of the Act.') +
        p('RECOMMENDATIONS', { style: 'Heading1' }) +
        p('2.1 JASP Members to note the contents of this update report.') +
        p([r('3. Some Other Heading', { b: true })]) +
        p('An unnumbered paragraph.') +
        p('3.1 A numbered one.'),
    });
    expect(draft.sections.map((s) => s.title)).toEqual(['Purpose of the Report', 'Recommendations', 'Some Other Heading']);
    expect(section(draft, 1)).toEqual(['N This report was also submitted to the Police and Crime Panel.', 'N In accordance with section 13 of the Act.']);
    expect(section(draft, 3)).toEqual(['P An unnumbered paragraph.', 'N A numbered one.']);
    expect(report.counts.numberedParagraphs).toBe(4);
  });

  it('reads Word’s own numbering: headings numbered through their style, paragraphs at level 2, restarts in each section', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = BASIC_STYLES.replace(
      '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>',
      '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>',
    );
    const { draft } = await open({
      styles,
      numbering,
      body:
        p('Title', { style: 'Title' }) +
        p('Purpose of the Report', { style: 'Heading1' }) +
        p('First.', { num: [1, 1] }) +
        p('Second.', { num: [1, 1] }) +
        p('Summary of Key Points', { style: 'Heading1' }) +
        p('Third.', { num: [1, 1] }),
    });
    expect(draft.sections.map((s) => s.title)).toEqual(['Purpose of the Report', 'Summary of Key Points']);
    expect(section(draft, 1)).toEqual(['N First.', 'N Second.']);
    expect(section(draft, 2)).toEqual(['N Third.']);
  });

  it('sub-headings from Heading 2, and bold lines as sub-headings where the document has no heading styles for them', async () => {
    const styled = await open({
      body:
        p('T') +
        p('1. SUMMARY', { style: 'Heading1' }) +
        p([r('Just bold', { b: true })]) +
        p('1.1 Text.') +
        p('Reporting by Exception', { style: 'Heading2' }),
    });
    expect(section(styled.draft, 1)).toEqual(['P Just bold', 'N Text.', 'H Reporting by Exception']);
    const typed = await open({ body: p('T') + p('1. SUMMARY', { style: 'Heading1' }) + p([r('Performance Summary', { b: true })]) + p('1.1 Text.') });
    expect(section(typed.draft, 1)).toEqual(['H Performance Summary', 'N Text.']);
  });
});

describe('lists', () => {
  const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>`;
  it('keeps bullets and numbered lists with their nesting; a restarted list starts again, a continued one goes on', async () => {
    const { draft } = await open({
      numbering,
      body:
        p('T') +
        p('1. SUMMARY', { style: 'Heading1' }) +
        p('Point one', { num: [1, 0] }) +
        p('Sub point', { num: [1, 1] }) +
        p('Point two', { num: [1, 0] }) +
        p('Between.') +
        p('Explain', { num: [2, 0] }) +
        p('detail', { num: [2, 1] }) +
        p('Reasons', { num: [2, 0] }) +
        p('Between again.') +
        p('Continues', { num: [4, 0] }) +
        p('And.') +
        p('Restarted', { num: [3, 0] }),
    });
    const body = draft.sections[0]!.body;
    expect(section(draft, 1)).toEqual([
      '• Point one',
      '  • Sub point',
      '• Point two',
      'P Between.',
      '# Explain',
      '  # detail',
      '# Reasons',
      'P Between again.',
      '# Continues',
      'P And.',
      '# Restarted',
    ]);
    const lists = body.filter((b) => b.type === 'orderedList');
    expect(lists.map((l) => l.attrs?.start ?? 1)).toEqual([1, 3, 1]);
  });
});

describe('footnotes', () => {
  it('keeps Word footnotes with their text, bold and links', async () => {
    const { draft, report } = await open({
      body:
        p('T') +
        p('1. SUMMARY', { style: 'Heading1' }) +
        p(['1.1 Performance is on the web site.', '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>']),
      footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r(' See ')}<w:hyperlink r:id="rIdL">${r('the report', { b: true })}</w:hyperlink>${r('.')}</w:p></w:footnote>`,
      footnoteRels: [['rIdL', 'hyperlink', 'https://example.org/report.pdf', true]],
    });
    const para = draft.sections[0]!.body[0] as Extract<BlockNode, { type: 'paragraph' }>;
    const fn = para.content!.find((n) => n.type === 'footnote')!;
    expect(fn.attrs.text).toBe('See the report.');
    expect(fn.attrs.content).toContainEqual({
      type: 'text',
      text: 'the report',
      marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/report.pdf' } }],
    });
    expect(report.counts.footnotes).toBe(1);
    expect(draft.footnoteStyle).toBe('number');
  });

  it('turns superscript marks into footnotes when their note text is found, lettered as the paper had them', async () => {
    const { draft, report } = await open({
      body:
        p('T') +
        p('1. SUMMARY', { style: 'Heading1' }) +
        p(['1.1 Performance is published.', r('a', { sup: true }), ' The table shows the targets.', r('bc', { sup: true })]) +
        p(['On the 8', r('th', { sup: true }), ' of December.', r('z', { sup: true })]) +
        p([r('a', { sup: true }), ' http://www.nottinghamshire.pcc.police.uk/Performance.pdf']) +
        p([r('b', { sup: true }), ' Monitor only measures.']) +
        p([r('c', { sup: true }), ' New RAGB symbols.']),
    });
    expect(section(draft, 1)).toEqual([
      'N Performance is published.[^http://www.nottinghamshire.pcc.police.uk/Performance.pdf] The table shows the targets.[^Monitor only measures.][^New RAGB symbols.]',
      'P On the 8th of December.z',
    ]);
    expect(draft.footnoteStyle).toBe('letter');
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'footnote', what: expect.stringContaining('“z”') }));
  });
});

describe('tables and images', () => {
  it('keeps header rows and merged cells', async () => {
    const merged = `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>${r('Jul-17')}</w:p></w:tc>`;
    const down = `<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>${r('Year')}</w:p></w:tc>`;
    const cont = `<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>`;
    const { draft } = await open({
      body:
        p('T') +
        p('1. SUMMARY', { style: 'Heading1' }) +
        tbl(
          [
            [down, merged],
            [cont, 'No.', '%'],
            ['2017-18', '2', '0.7'],
          ],
          { header: true },
        ),
    });
    expect(section(draft, 1)).toEqual(['| *Year^2 | *Jul-17<2 |', '| No. | % |', '| 2017-18 | 2 | 0.7 |']);
  });

  it('keeps PNG images with their description; reports other formats and images without a description', async () => {
    const drawing = (rel: string, descr: string) =>
      `<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture 1" descr="${descr}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="${rel}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const { draft, report } = await open({
      body:
        p('T') +
        p('1. SUMMARY', { style: 'Heading1' }) +
        p(['1.1 The chart below.', drawing('rIdImg', 'Bar chart: compliance rose')]) +
        p([drawing('rIdEmf', 'Old chart')]) +
        p([drawing('rIdImg', '')]),
      rels: [
        ['rIdImg', 'image', 'media/image1.png'],
        ['rIdEmf', 'image', 'media/image2.emf'],
      ],
      files: { 'word/media/image1.png': testPng(4, 3), 'word/media/image2.emf': new Uint8Array([1, 0, 0, 0]) },
    });
    expect(section(draft, 1)).toEqual(['N The chart below.', 'IMG Bar chart: compliance rose 4x3', 'IMG  4x3']);
    expect(report.notes).toContainEqual(
      expect.objectContaining({ kind: 'image', where: expect.stringContaining('section 1'), what: expect.stringContaining('EMF format') }),
    );
    expect(report.notes).toContainEqual(expect.objectContaining({ kind: 'image', what: expect.stringContaining('no description') }));
  });
});

describe('appendices and contacts', () => {
  it('makes appendices from APPENDIX A headings, and reads the closing contacts', async () => {
    const { draft } = await open({
      body:
        p('T') +
        p('12. APPENDICES', { style: 'Heading1' }) +
        p('A. Mazars Internal Auditor Report') +
        p('B. Case Study') +
        p('For any enquiries about this report please contact:') +
        p([r('Kevin Dennis', { b: true }), ', Chief Executive of the Office']) +
        p('Kevin.dennis@example.police.uk') +
        p('Tel: 0115 8445998') +
        p('Philip Gilbert, Head of Strategy and Assurance') +
        p('E-mail: philip.gilbert@example.police.uk') +
        p('Tel: 0115 8445999') +
        p('APPENDIX A', { style: 'Heading1' }) +
        p('Mazars Internal Auditor Report', { style: 'Heading2' }) +
        p('The audit found progress.') +
        p([r('APPENDIX B – Case Study', { b: true })]) +
        p('Data integrity.'),
    });
    expect(draft.sections).toHaveLength(1);
    expect(draft.sections[0]).toMatchObject({ title: 'Appendices', kind: 'appendices' });
    expect(section(draft, 1)).toEqual([]);
    expect(draft.appendices.map((a) => [a.title, blocksView(a.body, false)])).toEqual([
      ['Mazars Internal Auditor Report', ['P The audit found progress.']],
      ['Case Study', ['P Data integrity.']],
    ]);
    expect(draft.contacts).toEqual([
      { name: 'Kevin Dennis', role: 'Chief Executive of the Office', email: 'Kevin.dennis@example.police.uk', phone: '0115 8445998' },
      { name: 'Philip Gilbert', role: 'Head of Strategy and Assurance', email: 'philip.gilbert@example.police.uk', phone: '0115 8445999' },
    ]);
  });
});

describe('the import report', () => {
  it('lists comments, tracked changes, text boxes, fields, unsafe links and page headers, each with where it was', async () => {
    const { draft, report } = await open({
      body:
        coverTable(REFERENCE_COVER) +
        p('T') +
        p('1. SUMMARY', { style: 'Heading1' }) +
        p(['1.1 Text with a comment.', '<w:r><w:commentReference w:id="7"/></w:r>']) +
        p([
          '1.2 Kept ',
          '<w:ins w:id="1" w:author="A"><w:r><w:t>inserted</w:t></w:r></w:ins>',
          '<w:del w:id="2" w:author="A"><w:r><w:delText>deleted</w:delText></w:r></w:del>',
          ' text.',
        ]) +
        p([
          '1.3 A box:',
          '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="3" name="Text Box 3"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed words</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>',
        ]) +
        p([
          '1.4 Printed on ',
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>8 December 2017</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
          '.',
        ]) +
        p([
          '1.5 ',
          '<w:hyperlink r:id="rIdJs"><w:r><w:t>click me</w:t></w:r></w:hyperlink>',
          ' and ',
          '<w:hyperlink r:id="rIdOk"><w:r><w:t>the plan</w:t></w:r></w:hyperlink>',
        ]),
      comments: `<w:comment w:id="7" w:author="Reviewer"><w:p><w:r><w:t>Check this figure</w:t></w:r></w:p></w:comment>`,
      rels: [
        ['rIdJs', 'hyperlink', 'javascript:alert(1)', true],
        ['rIdOk', 'hyperlink', 'https://example.org/plan', true],
        ['rIdH', 'header', 'header1.xml'],
      ],
      files: {
        'word/header1.xml': `<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>OFFICIAL SENSITIVE</w:t></w:r></w:p></w:hdr>`,
      },
    });
    expect(section(draft, 1)).toEqual([
      'N Text with a comment.',
      'N Kept inserted text.',
      'N A box:',
      'N Printed on 8 December 2017.',
      'N click me and the plan',
    ]);
    const json = JSON.stringify(draft);
    expect(json).not.toContain('javascript');
    expect(json).toContain('https://example.org/plan');
    const kinds = (k: string) => report.notes.filter((n) => n.kind === k);
    expect(kinds('comment')).toEqual([{ kind: 'comment', where: 'section 1, paragraph 1.1', what: expect.stringContaining('Check this figure') }]);
    expect(kinds('tracked-change').map((n) => n.where)).toEqual(['section 1, paragraph 1.2', 'section 1, paragraph 1.2']);
    expect(kinds('text-box')).toEqual([expect.objectContaining({ where: 'section 1, paragraph 1.3', what: expect.stringContaining('Boxed words') })]);
    expect(kinds('field')).toEqual([expect.objectContaining({ where: 'section 1, paragraph 1.4', what: expect.stringContaining('date field') })]);
    expect(kinds('link')).toEqual([expect.objectContaining({ where: 'section 1, paragraph 1.5', what: expect.stringContaining('javascript:alert(1)') })]);
    expect(kinds('header-footer')).toEqual([expect.objectContaining({ where: 'page header', what: expect.stringContaining('OFFICIAL SENSITIVE') })]);
  });

  it('refuses a document holding characters XML forbids, with a message (Word refuses it too)', async () => {
    const res = await importWordPaper(await makeDocx({ body: p('T') + p('1.1 Bad \uFFFEchar.') }), 'bad.docx');
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/^A part of the file \(word\/document\.xml\) cannot be read: it is not well-formed XML/) });
  });
});
