// The zod schemas of a Panelwright pack (.pwpack): the pack as sent and the officer's answers. Bounded
// like the backup (the same record schemas), so a hostile file cannot make the app hold absurd values.
// Also the schema of a pack opened on an officer's computer (the `opened` field of an updatePacks record).
import { z } from 'zod';
import { id, isoInstant, text, LIMITS } from '../backup/schema-common';
import { PLAN_TEXT_LIMITS, periodIdSchema, planSchema, updateSchema } from '../backup/schema-plans';
import { richDocSchema } from '../backup/schema-richtext';
import type { PackAnswer, OpenedPack } from './pwpack-model';
import type { UpdatePack } from './model';

/** Rows a pack may hold: more than any plan has. */
export const MAX_PACK_ROWS = 5000;

const packRowSchema = z.object({
  deliverableId: id,
  ref: text(PLAN_TEXT_LIMITS.ref),
  theme: text(PLAN_TEXT_LIMITS.themeNumber + PLAN_TEXT_LIMITS.themeTitle + 2),
  activity: text(PLAN_TEXT_LIMITS.activity),
  previous: z.object({ periodLabel: text(200), statusId: text(50).nullable(), text: text(LIMITS.text) }).nullable(),
  base: updateSchema.nullable(),
  updateId: id,
});

export const updatePackSchema = z.object({
  packId: id,
  madeAt: isoInstant,
  madeBy: text(200),
  plan: z.object({ id, name: text(500), statusKey: planSchema.shape.statusKey }),
  period: z.object({ id: periodIdSchema, label: text(200) }),
  officer: z.object({ personId: id, name: text(PLAN_TEXT_LIMITS.personName), email: text(PLAN_TEXT_LIMITS.email) }).nullable(),
  rows: z.array(packRowSchema).max(MAX_PACK_ROWS, `more than ${MAX_PACK_ROWS} deliverables`),
}) satisfies z.ZodType<UpdatePack>;

export const packAnswerSchema = z.object({
  deliverableId: id,
  statusId: text(50).nullable(),
  narrative: richDocSchema,
  narrativeDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  updatedAt: isoInstant,
}) satisfies z.ZodType<PackAnswer>;

export const answersSchema = z.array(packAnswerSchema).max(MAX_PACK_ROWS);

/** A pack opened on this computer: the pack as it came, and what the officer has written so far. */
export const openedPackSchema = z.object({
  fileName: text(300),
  openedAt: isoInstant,
  officerName: text(PLAN_TEXT_LIMITS.personName),
  pack: updatePackSchema,
  answers: answersSchema,
}) satisfies z.ZodType<OpenedPack>;
