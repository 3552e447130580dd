// Data blocks placed in papers: their source, and the frozen content of a final paper.
import { z } from 'zod';
import type { BlockContent, BlockPart, CellContent } from '../blocks/content';
import type { BlockSource, PaperBlock } from '../blocks/model';
import { finite, id, meta, text } from './schema-common';
import { periodIdSchema } from './schema-plans';
import { richDocSchema } from './schema-richtext';

const periods = z.array(periodIdSchema).max(60, 'more than 60 periods');

/** What the author chose for any block (BlockOptions): all optional, so older blocks are valid as they are. */
const options = {
  wording: z.record(z.string().regex(/^\w{1,50}$/, 'expected a wording key'), text(5000).nullable()).optional(),
  numbered: z.boolean().optional(),
  overrides: z.record(z.string().min(1).max(200), z.object({ value: text(200), reason: text(2000).min(1, 'an override needs a reason') })).optional(),
};

export const blockSourceSchema = z.discriminatedUnion('kind', [
  z.object({ ...options, kind: z.literal('planThemeUpdate'), planId: id, themeId: id.nullable(), periodId: periodIdSchema }),
  z.object({ ...options, kind: z.literal('planStatusChart'), planId: id, themeId: id.nullable(), periodIds: periods }),
  z.object({
    ...options,
    kind: z.literal('measuresSummary'),
    planId: id,
    periodId: periodIdSchema,
    previousPeriodId: periodIdSchema,
    sentence: text(5000).nullable(),
  }),
  z.object({
    ...options,
    kind: z.literal('measuresTable'),
    planId: id,
    measureIds: z.array(id).max(500),
    periodId: periodIdSchema,
    previousPeriodId: periodIdSchema,
    statusColumn: z.enum(['target', 'grade', 'trend']).optional(),
    commentColumn: z.boolean().optional(),
  }),
  z.object({ ...options, kind: z.literal('measureExceptions'), planId: id, periodId: periodIdSchema, previousPeriodId: periodIdSchema }),
  z.object({ ...options, kind: z.literal('measureTrendChart'), measureId: id, periodIds: periods }),
  z.object({ ...options, kind: z.literal('caseStudy'), caseStudyId: id }),
  z.object({ ...options, kind: z.literal('previousCaseStudies') }),
  z.object({ ...options, kind: z.literal('forwardPlan'), forwardPlanId: id }),
  z.object({ ...options, kind: z.literal('dataTable'), dataTableId: id }),
  z.object({ ...options, kind: z.literal('ambitions'), planId: id }),
  z.object({
    ...options,
    kind: z.literal('actionPlan'),
    planId: id,
    themeId: id.nullable(),
    periodId: periodIdSchema.nullable(),
    titles: z.object({ action: text(200), owner: text(200), when: text(200) }).nullable(),
  }),
  z.object({
    ...options,
    kind: z.literal('planOverview'),
    planId: id,
    themeId: id.nullable(),
    columns: z
      .array(z.enum(['priorities', 'objectives']))
      .max(2)
      .refine((cs) => new Set(cs).size === cs.length, 'a column is listed twice'),
  }),
]) satisfies z.ZodType<BlockSource>;

const hex = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'expected a colour like #00B050');
const statusMark = z.object({ label: text(100), letter: text(10), symbol: text(10), fill: hex, text: hex });
const align = z.enum(['left', 'center', 'right']).optional();

const cellContent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    text: text(20_000),
    bold: z.boolean().optional(),
    align,
    figure: z.object({ key: text(200), label: text(500), computed: text(200).optional(), reason: text(2000).optional() }).optional(),
  }),
  z.object({ kind: z.literal('status'), status: statusMark.nullable(), showLabel: z.boolean().optional() }),
  z.object({ kind: z.literal('rich'), doc: richDocSchema }),
]) satisfies z.ZodType<CellContent>;

const part = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('table'),
    columns: z.array(finite.positive()).min(1).max(30),
    rows: z
      .array(
        z.object({
          role: z.enum(['header', 'body', 'total', 'group']),
          cells: z
            .array(z.object({ content: cellContent, span: z.number().int().min(1).max(30).optional() }))
            .min(1)
            .max(30),
          keepWithNext: z.boolean().optional(),
        }),
      )
      .max(20_000),
  }),
  z.object({
    type: z.literal('chart'),
    chart: z.enum(['stackedColumn', 'line']),
    title: text(500),
    categories: z.array(text(100)).max(100),
    series: z
      .array(
        z.object({ name: text(200), values: z.array(finite.nullable()).max(100), colour: hex, symbol: text(8).optional(), dashed: z.boolean().optional() }),
      )
      .max(20),
    valueAxisTitle: text(200),
    altText: text(5000),
  }),
  z.object({ type: z.literal('text'), doc: richDocSchema }),
  z.object({ type: z.literal('heading'), text: text(1000) }),
]) satisfies z.ZodType<BlockPart>;

export const blockContentSchema = z.object({
  title: text(1000),
  parts: z.array(part).max(1000),
  landscape: z.boolean(),
  numbered: z.boolean().optional(),
}) satisfies z.ZodType<BlockContent>;

export const paperBlockSchema = z.object({
  ...meta,
  paperId: id,
  source: blockSourceSchema,
  frozen: blockContentSchema.nullable(),
}) satisfies z.ZodType<PaperBlock>;
