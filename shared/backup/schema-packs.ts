// Update packs (issue 14): the round of packs sent per plan, period and officer.
import { z } from 'zod';
import type { UpdatePackRecord } from '../packs/record';
import { id, isoInstant, meta, text } from './schema-common';
import { periodIdSchema } from './schema-plans';
import { openedPackSchema } from '../packs/pwpack-schema';

export const updatePackSchema = z.object({
  ...meta,
  planId: id,
  periodId: periodIdSchema,
  personId: id.nullable(),
  officerName: text(200),
  officerEmail: text(300),
  format: z.enum(['xlsx', 'pack']),
  deliverableIds: z.array(id).max(5000),
  sentAt: isoInstant,
  returnedAt: isoInstant.nullable(),
  returnFile: text(300),
  opened: openedPackSchema.optional(),
}) satisfies z.ZodType<UpdatePackRecord>;
