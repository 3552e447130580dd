// House styles (shared/house-style): the organisation default (committeeId null) and each committee's.
import { z } from 'zod';
import type { HouseStyle, HouseStyleRecord } from '../house-style/model';
import { id, meta } from './schema-common';

const columns = z.enum(['ref', 'leadOfficer', 'organisation', 'activity', 'status', 'update']);

const settings = {
  headingCase: z.enum(['capitals', 'asTyped']),
  dateStyle: z.enum(['ordinal', 'plain', 'numeric']),
  moneyStyle: z.enum(['asTable', 'pounds', 'short', 'thousands']),
  statusCell: z.enum(['symbolLetter', 'letter', 'word', 'symbolWord']),
  footnotes: z.enum(['asPaper', 'letter', 'number']),
  themeUpdateColumns: z
    .array(columns)
    .min(1, 'a theme update needs at least one column')
    .max(6)
    .refine((cs) => new Set(cs).size === cs.length, 'a column is listed twice'),
  // Optional even in a whole house style: issued papers from before it have none (absent: 'short').
  updateDates: z.enum(['short', 'houseDate']).optional(),
};

/** A whole house style (as an issued paper keeps the one it was printed in). */
export const fullHouseStyleSchema = z.object(settings) satisfies z.ZodType<HouseStyle>;

export const houseStyleSchema = z.object({
  ...meta,
  committeeId: id.nullable(),
  // Every setting optional: one left out follows the organisation default.
  style: z.object(settings).partial(),
}) satisfies z.ZodType<HouseStyleRecord>;
