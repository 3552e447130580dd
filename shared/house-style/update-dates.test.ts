// Theme-update dates in the house style: short ("13 Oct 2017") as papers always printed them, or
// the committee's date style when its house style says so.
import { describe, expect, it } from 'vitest';
import type { TablePart } from '../blocks/content';
import { resolveBlock } from '../blocks/resolve';
import { houseStyleSchema } from '../backup/schema-house-style';
import { sampleSnapshot } from '../sample/reference-paper';
import { SAMPLE_PLAN_ID, SAMPLE_THEME_ID } from '../sample/plan';
import { sameStyle, updateDateText } from './house-style';
import type { HouseStyle } from './model';
import { DEFAULT_HOUSE_STYLE } from './model';

const data = sampleSnapshot();
const paper = data.papers[0]!;
const periodId = data.updates
  .map((u) => u.periodId)
  .sort()
  .at(-1)!;

/** The dates printed in the theme update's "Update" rows. */
function updateDates(style: HouseStyle): string[] {
  const c = resolveBlock({ kind: 'planThemeUpdate', planId: SAMPLE_PLAN_ID, themeId: SAMPLE_THEME_ID, periodId }, data, paper, style);
  const table = c.parts.filter((p): p is TablePart => p.type === 'table').at(-1)!;
  return table.rows.flatMap((r) => {
    const [first, second] = r.cells;
    return first?.content.kind === 'text' && first.content.text === 'Update' && second?.content.kind === 'text' ? [second.content.text] : [];
  });
}

describe('theme-update dates', () => {
  it('print short by default, whatever the date style, as the sample always has', () => {
    expect(new Set(updateDates(DEFAULT_HOUSE_STYLE))).toEqual(new Set(['13 Oct 2017']));
    expect(new Set(updateDates({ ...DEFAULT_HOUSE_STYLE, dateStyle: 'numeric' }))).toEqual(new Set(['13 Oct 2017']));
  });

  it('follow the house date style when the house style says so', () => {
    expect(new Set(updateDates({ ...DEFAULT_HOUSE_STYLE, updateDates: 'houseDate' }))).toEqual(new Set(['13th October 2017']));
    expect(new Set(updateDates({ ...DEFAULT_HOUSE_STYLE, updateDates: 'houseDate', dateStyle: 'plain' }))).toEqual(new Set(['13 October 2017']));
    expect(updateDateText('2017-10-13', { dateStyle: 'numeric', updateDates: 'houseDate' })).toBe('13/10/2017');
    expect(updateDateText('2017-10-13', { dateStyle: 'numeric' })).toBe('13 Oct 2017');
  });

  it('an absent setting is the short form: older house styles and issued papers print as before', () => {
    expect(sameStyle(DEFAULT_HOUSE_STYLE, { ...DEFAULT_HOUSE_STYLE, updateDates: 'short' })).toBe(true);
    expect(sameStyle(DEFAULT_HOUSE_STYLE, { ...DEFAULT_HOUSE_STYLE, updateDates: 'houseDate' })).toBe(false);
    const record = {
      id: 'hs-1',
      createdAt: '2017-11-25T09:00:00.000Z',
      updatedAt: '2017-11-25T09:00:00.000Z',
      updatedBy: 't',
      deletedAt: null,
      committeeId: null,
    };
    expect(houseStyleSchema.safeParse({ ...record, style: {} }).success).toBe(true);
    expect(houseStyleSchema.safeParse({ ...record, style: { updateDates: 'houseDate' } }).success).toBe(true);
    expect(houseStyleSchema.safeParse({ ...record, style: { updateDates: 'long' } }).success).toBe(false);
  });
});
