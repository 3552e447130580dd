// Every rule has a failing and a passing fixture, on the paper model and/or on a .docx: the failing
// one must give a finding of that rule, the passing one none. A rule added without fixtures fails.
import { describe, expect, it } from 'vitest';
import type { BlockContent } from '../blocks/content';
import type { BlockNode } from '../richtext/model';
import { bold, footnote, link, para, subheading, table } from '../richtext/build';
import { p, r, tbl } from '../word-import/test-docx';
import { RULES } from './rules';
import { checkDocx, checkPaper } from './run';
import type { ClearanceSpec, PaperSpec, WordSpec } from './test-fixtures';
import { clearanceRecords, paperBundle, wordDoc } from './test-fixtures';
import { clearanceFacts } from './rules/clearance';
import type { OoxmlDoc } from './ooxml-doc';

type Case = { readonly paper: PaperSpec; readonly clearances?: readonly ClearanceSpec[] } | { readonly word: WordSpec; readonly patch?: Partial<OoxmlDoc> };
interface Fixtures {
  readonly fail: readonly Case[];
  readonly pass: readonly Case[];
}

const body = (...blocks: BlockNode[]): PaperSpec => ({ sections: [{ title: 'Summary', body: blocks }] });
const image = (alt: string): BlockNode => ({ type: 'image', attrs: { src: 'data:image/png;base64,iVBORw0KGgo=', alt, width: 10, height: 10 } });
const drawing = (descr: string, extra = '') =>
  `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="${descr}">${extra}</wp:docPr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>`;
const shaded = (fill: string, text: string, colour?: string) =>
  `<w:tc><w:tcPr><w:shd w:val="clear" w:fill="${fill}"/></w:tcPr><w:p>${text ? `<w:r>${colour ? `<w:rPr><w:color w:val="${colour}"/></w:rPr>` : ''}<w:t>${text}</w:t></w:r>` : ''}</w:p></w:tc>`;
const DIFFICULT =
  'Notwithstanding considerable organisational transformation, comprehensive operational effectiveness methodologies necessitate continuous institutional evaluation. Interdepartmental collaborative accountability frameworks and multidimensional performance indicators necessitate considerable organisational investment throughout subsequent reporting periods. Organisational accountability necessitates comprehensive evaluation.';
const LONG =
  'The panel noted that the figures for the second quarter of the year showed that the number of reported offences had risen compared with the same period of the previous year because of better recording.';
const DENSE =
  'Realistically the Force currently actively and significantly improved hugely, really quickly and genuinely, which was broadly and widely welcomed in the area by residents and the board.';
const FINANCE: PaperSpec = {
  sections: [{ title: 'Financial Implications and Budget Provision', body: [para('The cost of £40,000 is met from the reserve.')] }],
};
const block = (content: BlockContent): PaperSpec => ({ ...body({ type: 'dataBlock', attrs: { blockId: 'b1' } }), blocks: { b1: content } });
const headerless = (header: boolean): BlockContent => ({
  title: 'Measures',
  landscape: false,
  parts: [
    {
      type: 'table',
      columns: [1, 1],
      rows: [
        { role: header ? 'header' : 'body', cells: [{ content: { kind: 'text', text: 'Measure' } }, { content: { kind: 'text', text: 'Value' } }] },
        { role: 'body', cells: [{ content: { kind: 'text', text: 'Crime' } }, { content: { kind: 'text', text: '4' } }] },
      ],
    },
  ],
});

const FIXTURES: Record<string, Fixtures> = {
  'valid-ooxml': {
    fail: [
      {
        word: { body: p('Text.') },
        patch: { schemaErrors: [{ part: '/word/document.xml', xpath: '/w:document[1]', description: 'The element has unexpected child element.' }] },
      },
    ],
    pass: [{ word: { body: p('Text.') }, patch: { schemaErrors: [] } }],
  },
  'alt-text': {
    fail: [
      { paper: body(image('')) },
      { paper: body(image('IMG_2041.JPG')) },
      { word: { body: `<w:p>${drawing('')}</w:p>` } },
      { word: { body: `<w:p>${drawing('image1.png')}</w:p>` } },
    ],
    pass: [
      { paper: body(image('Bar chart: crime up 4% on last year')) },
      { word: { body: `<w:p>${drawing('Bar chart: crime up 4%')}</w:p>` } },
      {
        word: {
          body: `<w:p>${drawing('', '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>')}</w:p>`,
        },
      },
    ],
  },
  'table-header-row': {
    fail: [
      {
        paper: body({
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [para('Area')] },
                { type: 'tableCell', content: [para('Spend')] },
              ],
            },
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [para('Police')] },
                { type: 'tableCell', content: [para('10')] },
              ],
            },
          ],
        }),
      },
      { paper: block(headerless(false)) },
      {
        word: {
          body: tbl([
            ['Area', 'Spend', 'Change'],
            ['Police', '10', '1'],
          ]),
        },
      },
    ],
    pass: [
      { paper: body(table(['Area', 'Spend'], [['Police', '10']])) },
      { paper: block(headerless(true)) },
      {
        word: {
          body: tbl(
            [
              ['Area', 'Spend', 'Change'],
              ['Police', '10', '1'],
            ],
            { header: true },
          ),
        },
      },
    ],
  },
  'document-properties': {
    fail: [{ paper: { title: ' ' } }, { word: { body: p('Text.'), title: '' } }, { word: { body: p('Text.'), language: false } }],
    pass: [{ paper: {} }, { word: { body: p('Text.') } }],
  },
  'heading-levels': {
    fail: [{ word: { body: p('Finance', { style: 'Heading1' }) + p('Detail', { style: 'Heading3' }) } }],
    pass: [{ word: { body: p('Finance', { style: 'Heading1' }) + p('Detail', { style: 'Heading2' }) } }],
  },
  'imposter-heading': {
    fail: [{ paper: body(para(bold('Additional Information'))) }, { word: { body: p([r('Additional Information', { b: true })]) } }],
    pass: [
      { paper: body(subheading('Additional Information'), para(bold('Note: '), 'figures are provisional.')) },
      { word: { body: p('Additional Information', { style: 'Heading2' }) } },
    ],
  },
  'typed-list-number': {
    fail: [{ paper: body(para('1. Implement the new system.')) }, { word: { body: p('• Implement the new system.') } }],
    pass: [
      { paper: body({ type: 'orderedList', content: [{ type: 'listItem', content: [para('Implement the new system.')] }] }, para('2017 was a good year.')) },
      { word: { body: p('A. Appendix title') } },
    ],
  },
  'colour-only': {
    fail: [
      {
        word: {
          body: `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Status</w:t></w:r></w:p></w:tc></w:tr><w:tr>${shaded('C00000', '')}</w:tr></w:tbl>`,
        },
      },
    ],
    pass: [
      {
        word: {
          body: `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Status</w:t></w:r></w:p></w:tc></w:tr><w:tr>${shaded('C00000', '● R', 'FFFFFF')}</w:tr></w:tbl>`,
        },
      },
    ],
  },
  'text-contrast': {
    fail: [
      { word: { body: p([`<w:r><w:rPr><w:color w:val="AAAAAA"/></w:rPr><w:t>Grey text</w:t></w:r>`]) } },
      { word: { body: `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>${shaded('FFC000', 'A', 'FFFFFF')}</w:tr></w:tbl>` } },
    ],
    pass: [
      { word: { body: p([`<w:r><w:rPr><w:color w:val="595959"/></w:rPr><w:t>Dark grey text</w:t></w:r>`]) } },
      { word: { body: `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>${shaded('FFC000', 'A', '000000')}</w:tr></w:tbl>` } },
    ],
  },
  'comments-tracked-changes': {
    fail: [
      { word: { body: p('Text.'), comments: '<w:comment w:id="1" w:author="Reviewer"><w:p><w:r><w:t>Check this</w:t></w:r></w:p></w:comment>' } },
      { word: { body: `<w:p><w:ins w:id="1" w:author="A" w:date="2017-01-01T00:00:00Z">${r('new')}</w:ins></w:p>` } },
    ],
    pass: [{ word: { body: p('Text.') } }],
  },
  'non-public': {
    fail: [{ paper: { cover: { publicity: 'non-public', exemptionReason: '' } } }, { paper: body(para('This appendix is not for publication.')) }],
    pass: [
      { paper: { cover: { publicity: 'non-public', exemptionReason: 'Paragraph 3 of Schedule 12A' } } },
      { paper: body(para('The panel agreed the budget.')) },
      { word: { body: p('Public/Non Public*') } },
    ],
  },
  'clearance-required': {
    fail: [
      { paper: FINANCE, clearances: [{ role: 'finance', state: 'not-asked' }] },
      { paper: FINANCE, clearances: [{ role: 'finance', state: 'asked' }] },
      { paper: FINANCE, clearances: [{ role: 'finance', state: 'changed' }] },
      {
        paper: FINANCE,
        clearances: [
          { role: 'finance', state: 'cleared' },
          { role: 'legal', state: 'not-asked', personName: 'Sandra Okafor' },
        ],
      },
    ],
    pass: [{ paper: FINANCE, clearances: [{ role: 'finance', state: 'cleared' }] }, { paper: FINANCE }],
  },
  'empty-section': {
    fail: [{ paper: body(para('')) }, { word: { body: p('Finance', { style: 'Heading1' }) + p('') + p('Risk', { style: 'Heading1' }) + p('Low.') } }],
    pass: [{ paper: body(para('Not applicable.')) }, { word: { body: p('Finance', { style: 'Heading1' }) + p('Not applicable.') } }],
  },
  'merged-cells': {
    fail: [
      { paper: body({ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2 }, content: [para('Area')] }] }] }) },
      { word: { body: tbl([['<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc>'], ['a', 'b']], { header: true }) } },
    ],
    pass: [
      { paper: body(table(['Area', 'Spend'], [['Police', '10']])) },
      {
        word: {
          body: tbl(
            [
              ['Area', 'Spend'],
              ['a', 'b'],
            ],
            { header: true },
          ),
        },
      },
    ],
  },
  'empty-paragraphs': {
    fail: [{ word: { body: p('One.') + p('') + p('') + p('') + p('Two.') } }],
    pass: [{ word: { body: p('One.') + p('') + p('') + p('Two.') } }],
  },
  'link-text': {
    fail: [
      { paper: body(para('For details ', link('click here', 'https://example.org/budget'), '.')) },
      { paper: body(para('See ', link('https://example.org/budget', 'https://example.org/budget'), '.')) },
    ],
    pass: [{ paper: body(para('See ', link('the 2017 budget report', 'https://example.org/budget'), '.')) }],
  },
  'long-sentence': {
    fail: [{ paper: body(para(LONG)) }, { word: { body: p(LONG) } }],
    pass: [{ paper: body(para('The panel noted the figures. Offences rose because recording improved.')) }, { word: { body: p('Offences rose.') } }],
  },
  'reading-age': {
    fail: [{ paper: body(para(DIFFICULT)) }],
    pass: [
      {
        paper: body(
          para(
            'We met the panel in June. We told them that crime went up a bit this year. We said why it went up and what we will do next. They asked us to come back in the new year with the full figures for the whole year.',
          ),
        ),
      },
    ],
  },
  'page-limit': {
    fail: [
      {
        paper: {
          ...body(...Array.from({ length: 200 }, () => para('A paragraph of a long paper that goes on and on for line after line.'))),
          committee: { pageLimit: 2 },
        },
      },
    ],
    pass: [
      { paper: { ...body(para('Short.')), committee: { pageLimit: 2 } } },
      { paper: body(...Array.from({ length: 200 }, () => para('A paragraph of a long paper that goes on and on for line after line.'))) },
    ],
  },
  'contents-list': {
    fail: [{ paper: body(...Array.from({ length: 700 }, () => para('A paragraph of a long paper that goes on and on for line after line.'))) }],
    pass: [
      {
        paper: {
          sections: [
            { title: 'Contents', body: [para('1 Summary')] },
            { title: 'Summary', body: Array.from({ length: 700 }, () => para('A paragraph of a long paper that goes on and on for line after line.')) },
          ],
        },
      },
      { paper: body(para('Short.')) },
    ],
  },
  'stale-dates': {
    fail: [{ paper: { ...body(para('Spend as at 30 June 2017 was £4m.')), cover: { meetingDate: '2017-12-08' } } }],
    pass: [{ paper: { ...body(para('Spend as at 31 October 2017 was £4m.')), cover: { meetingDate: '2017-12-08' } } }],
  },
  'footnote-url': {
    fail: [{ paper: body(para('Crime rose.', footnote('https://example.org/report.pdf'))) }],
    pass: [{ paper: body(para('Crime rose.', footnote('Home Office, Crime in England and Wales 2017: https://example.org/report.pdf'))) }],
  },
  'acronym-first-use': {
    fail: [{ paper: body(para('The PCC agreed the budget.')) }],
    pass: [
      { paper: body(para('The Police and Crime Commissioner (PCC) agreed the budget. The PCC also agreed the plan.')) },
      { paper: body(para('The KEY to the table. A key point.')) },
    ],
  },
  'passive-voice': {
    fail: [{ paper: body(para('The budget was agreed, the plan was approved and the report was written by staff.')) }],
    pass: [{ paper: body(para('The panel agreed the budget and approved the plan.')) }],
  },
  'adverb-density': { fail: [{ paper: body(para(DENSE)) }], pass: [{ paper: body(para(LONG)) }] },
};

async function paperFindings(spec: PaperSpec, clearances: readonly ClearanceSpec[] = []) {
  const bundle = paperBundle(spec);
  return checkPaper({ bundle, clearance: await clearanceFacts(await clearanceRecords(bundle, clearances), bundle.sections) });
}

async function findingsOf(c: Case, ruleId: string) {
  const fs = 'paper' in c ? await paperFindings(c.paper, c.clearances) : checkDocx({ ...(await wordDoc(c.word)), ...c.patch });
  return fs.filter((f) => f.ruleId === ruleId);
}

describe('every rule has fixtures', () => {
  it('lists a failing and a passing case for each rule', () => {
    for (const rule of RULES) {
      expect(FIXTURES[rule.id], rule.id).toBeDefined();
      expect(FIXTURES[rule.id]!.fail.length, rule.id).toBeGreaterThan(0);
      expect(FIXTURES[rule.id]!.pass.length, rule.id).toBeGreaterThan(0);
    }
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('finds the problem in each failing fixture', async () => {
    for (const [i, c] of FIXTURES[id]!.fail.entries()) expect((await findingsOf(c, id)).length, `failing fixture ${i + 1}`).toBeGreaterThan(0);
  });
  it('finds nothing in each passing fixture', async () => {
    for (const [i, c] of FIXTURES[id]!.pass.entries()) expect(await findingsOf(c, id), `passing fixture ${i + 1}`).toEqual([]);
  });
  it('says why and how to fix it', () => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.fix.length).toBeGreaterThan(10);
  });
});

describe('committee settings', () => {
  it('switches a rule off and changes a threshold', () => {
    const spec = body(para(LONG));
    const base = paperBundle(spec);
    expect(checkPaper({ bundle: base }).some((f) => f.ruleId === 'long-sentence')).toBe(true);
    expect(checkPaper({ bundle: base, config: { 'long-sentence': { enabled: false } } }).some((f) => f.ruleId === 'long-sentence')).toBe(false);
    expect(checkPaper({ bundle: base, config: { 'long-sentence': { threshold: 60 } } }).some((f) => f.ruleId === 'long-sentence')).toBe(false);
    expect(
      checkPaper({ bundle: { ...base, committee: { ...meta(), name: 'Panel', checkRules: { 'long-sentence': { enabled: false } } } } }).some(
        (f) => f.ruleId === 'long-sentence',
      ),
    ).toBe(false);
  });
});

const meta = () => ({ id: 'c1', createdAt: '2017-11-20T09:00:00.000Z', updatedAt: '2017-11-20T09:00:00.000Z', updatedBy: 't', deletedAt: null });
