// House style: how a committee's papers print, with an organisation default. Every setting's first
// option is how papers have always printed, so a committee with no house style (and the sample)
// export exactly as before.
import type { RecordMeta } from '../records/meta';

/** Section headings (and the headings blocks print in capitals): in capitals, or as the author typed them. */
export type HeadingCase = 'capitals' | 'asTyped';
/** "8th May 2019", "8 May 2019", "08/05/2019". */
export type DateStyle = 'ordinal' | 'plain' | 'numeric';
/** £ figures: as each table says (its own unit), in full pounds, short (£400k, £1.4m), or in thousands (£'000). */
export type MoneyStyle = 'asTable' | 'pounds' | 'short' | 'thousands';
/** A status cell: symbol and letter ("■ G"), the letter alone, the word ("Green"), or symbol and word ("■ Green"). */
export type StatusCellStyle = 'symbolLetter' | 'letter' | 'word' | 'symbolWord';
/** Footnote marks: as each paper says, or always letters, or always numbers. */
export type FootnoteHouseStyle = 'asPaper' | 'letter' | 'number';
/** The dates of a theme update's rows: short ("13 Oct 2017", as papers always printed them), or in the house date style. */
export type UpdateDateStyle = 'short' | 'houseDate';
/** The columns a plan's theme update can print, in print order. */
export type ThemeUpdateColumn = 'ref' | 'leadOfficer' | 'organisation' | 'activity' | 'status' | 'update';

export interface HouseStyle {
  readonly headingCase: HeadingCase;
  readonly dateStyle: DateStyle;
  readonly moneyStyle: MoneyStyle;
  readonly statusCell: StatusCellStyle;
  readonly footnotes: FootnoteHouseStyle;
  /** Which columns a theme update prints, in this order (the update rows are the 'update' column). */
  readonly themeUpdateColumns: readonly ThemeUpdateColumn[];
  /** The dates of a theme update's rows; optional (house styles and issued papers before it have none): absent is 'short'. */
  readonly updateDates?: UpdateDateStyle;
}

export const THEME_UPDATE_COLUMNS: readonly ThemeUpdateColumn[] = ['ref', 'leadOfficer', 'organisation', 'activity', 'status', 'update'];

/** How papers print with no house style: today's look, byte for byte. */
export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  headingCase: 'capitals',
  dateStyle: 'ordinal',
  moneyStyle: 'asTable',
  statusCell: 'symbolLetter',
  footnotes: 'asPaper',
  themeUpdateColumns: ['ref', 'leadOfficer', 'activity', 'status', 'update'],
};

/**
 * A stored house style: the organisation's default (committeeId null) or one committee's. Each
 * setting left out follows the organisation default (and that, the app's default).
 */
export interface HouseStyleRecord extends RecordMeta {
  readonly committeeId: string | null;
  readonly style: Partial<HouseStyle>;
}
