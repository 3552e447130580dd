// House style: the settings and their precedence, and the export with a non-default style. The
// default style prints exactly today's output (also held by docx/golden.test.ts).
import { describe, expect, it } from 'vitest';
import { exportPaperDocx } from '../docx/export';
import { documentParagraphs, readDocx } from '../docx/read-docx';
import { everyBlockSnapshot } from '../docx/testing/golden-papers';
import { normalisedParts } from '../docx/testing/normalise';
import { formatMoneyShort } from '../library/money';
import { bundlePaper } from '../papers/bundle';
import { SAMPLE_PAPER_ID } from '../sample/paper';
import { formatDate, houseStyleFor, statusCellText } from './house-style';
import type { HouseStyleRecord } from './model';
import { DEFAULT_HOUSE_STYLE } from './model';

const AT = '2017-11-25T09:00:00.000Z';
const record = (committeeId: string | null, style: HouseStyleRecord['style'], n = 1): HouseStyleRecord => ({
  id: `hs-${n}`,
  createdAt: AT,
  updatedAt: AT,
  updatedBy: 't',
  deletedAt: null,
  committeeId,
  style,
});

describe('house style settings', () => {
  it('takes each setting from the committee, else the organisation default, else the app', () => {
    const records = [record(null, { dateStyle: 'plain', statusCell: 'word' }, 1), record('c1', { statusCell: 'letter' }, 2)];
    expect(houseStyleFor(records, 'c1')).toEqual({ ...DEFAULT_HOUSE_STYLE, dateStyle: 'plain', statusCell: 'letter' });
    expect(houseStyleFor(records, 'c2')).toEqual({ ...DEFAULT_HOUSE_STYLE, dateStyle: 'plain', statusCell: 'word' });
    expect(houseStyleFor([], null)).toEqual(DEFAULT_HOUSE_STYLE);
    expect(houseStyleFor([{ ...record('c1', { statusCell: 'letter' }), deletedAt: AT }], 'c1')).toEqual(DEFAULT_HOUSE_STYLE);
  });
  it('prints dates, money and status cells as papers do', () => {
    expect(['ordinal', 'plain', 'numeric'].map((d) => formatDate('2019-05-08', { dateStyle: d as 'plain' }))).toEqual([
      '8th May 2019',
      '8 May 2019',
      '08/05/2019',
    ]);
    expect(formatDate('2019-02-30', { dateStyle: 'numeric' })).toBe('2019-02-30');
    expect([400_000, 1_400_000, 12_500, 850, -36_000, 2_000_000].map(formatMoneyShort)).toEqual(['£400k', '£1.4m', '£13k', '£850', '(£36k)', '£2m']);
    const green = { symbol: '■', letter: 'G', label: 'Green' };
    expect((['symbolLetter', 'letter', 'word', 'symbolWord'] as const).map((c) => statusCellText(green, c))).toEqual(['■ G', 'G', 'Green', '■ Green']);
  });
});

function styled(style: HouseStyleRecord['style']) {
  const data = everyBlockSnapshot();
  return bundlePaper({ ...data, houseStyles: [record(data.papers[0]!.cover.committeeId, style)] }, SAMPLE_PAPER_ID)!;
}

describe('the export in a house style', () => {
  it('prints exactly today’s output when every setting is at its default', async () => {
    const plain = await normalisedParts(await exportPaperDocx(bundlePaper(everyBlockSnapshot(), SAMPLE_PAPER_ID)!, { generatedAt: new Date(AT) }));
    const explicit = await normalisedParts(await exportPaperDocx(styled({ ...DEFAULT_HOUSE_STYLE }), { generatedAt: new Date(AT) }));
    expect([...explicit.keys()]).toEqual([...plain.keys()]);
    for (const [part, text] of plain) expect(explicit.get(part), part).toBe(text);
  });

  it('prints headings as typed, dates plainly, short money, status words and the organisation column', async () => {
    const bundle = styled({
      headingCase: 'asTyped',
      dateStyle: 'plain',
      moneyStyle: 'short',
      statusCell: 'word',
      themeUpdateColumns: ['ref', 'leadOfficer', 'organisation', 'activity', 'status', 'update'],
    });
    const d = await readDocx(await exportPaperDocx(bundle));
    const texts = documentParagraphs(d).map((p) => p.text);
    const styles = d.part('word/styles.xml');
    expect(/<w:style w:type="paragraph" w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0]).not.toContain('<w:caps/>');
    expect(texts).toContain('8 December 2017');
    expect(texts).toContain('Theme 6: Prevention, Early Intervention and Reduction in Reoffending');
    expect(texts).toContain('Organisation');
    expect(texts).toContain('Green');
    expect(texts).not.toContain('■ G');
    expect(texts).toContain('£1.2m'); // a forward plan cost of £1,200,000
  });
});
