// Building blocks of the backup schema shared by every feature's record schemas.
import { z } from 'zod';

// Bounds are far above any real paper; they exist so a damaged or hostile file cannot make the
// app hold or render absurd values.
export const LIMITS = { text: 200_000, footnote: 20_000, href: 4_000, title: 1_000, field: 2_000, id: 100 } as const;

export const isoInstant = z
  .string({ error: 'expected a UTC timestamp like 2017-11-20T09:00:00.000Z' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, 'expected a UTC timestamp like 2017-11-20T09:00:00.000Z');

export const isRealDate = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
export const isoDateOrEmpty = z
  .string({ error: 'expected a date like 2017-12-08, or empty' })
  .refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s)), 'expected a date like 2017-12-08, or empty');

export const id = z
  .string({ error: 'expected an id (text)' })
  .min(1, 'expected an id, found empty text')
  .max(LIMITS.id, `id longer than ${LIMITS.id} characters`);
export const text = (max: number = LIMITS.field) => z.string().max(max, `longer than ${max} characters`);

export const meta = {
  id,
  createdAt: isoInstant,
  updatedAt: isoInstant,
  updatedBy: text(200),
  deletedAt: isoInstant.nullable(),
};

/** A calendar date 'YYYY-MM-DD' that exists. */
export const isoDate = z
  .string({ error: 'expected a date like 2017-12-08' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isRealDate(s), 'expected a date like 2017-12-08');

export const position = z.number({ error: 'expected a number' });
/** A finite number (JSON cannot hold NaN or Infinity, but a hand-edited file can hold 1e999). */
export const finite = z.number({ error: 'expected a number' });
