// Compile-time checks (tsc runs over test files) that the zod schemas and the TypeScript model say
// the same thing. `satisfies` in schema.ts catches a schema missing a field the model has; these
// catch the other way round: a field in the schema the model no longer has.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Appendix, Committee, Contact, CoverSheet, Paper, Section } from '../papers/model';
import type { BlockNode, InlineNode, Mark, RichDoc } from '../richtext/model';
import type { appendixSchema, blockSchema, committeeSchema, inlineSchema, markSchema, contactSchema, coverSchema, paperSchema, richDocSchema, sectionSchema } from './schema';
import { backupSchema } from './schema';
import type { paperBlockSchema, blockContentSchema, blockSourceSchema } from './schema-blocks';
import type { ambitionSchema, caseStudySchema, dataTableSchema, forwardPlanItemSchema, forwardPlanSchema } from './schema-library';
import type { measureSchema, measureValueSchema } from './schema-measures';
import type { customPeriodSchema, deliverableSchema, personSchema, planSchema, themeSchema, updateSchema } from './schema-plans';
import type { PaperBlock, BlockSource } from '../blocks/model';
import type { BlockContent } from '../blocks/content';
import type { Ambition, CaseStudy, DataTable, ForwardPlan, ForwardPlanItem } from '../library/model';
import type { Measure, MeasureValue } from '../measures/model';
import type { CustomPeriodRecord } from '../periods/model';
import type { Deliverable, DeliverableUpdate, DeliveryPlan, Person, Theme } from '../plans/model';
import type { DatabaseSnapshot } from './snapshot';

type Keys<T> = keyof T;

describe('schemas match the model types', () => {
  it('have exactly the model fields', () => {
    expectTypeOf<Keys<z.output<typeof committeeSchema>>>().toEqualTypeOf<Keys<Committee>>();
    expectTypeOf<Keys<z.output<typeof paperSchema>>>().toEqualTypeOf<Keys<Paper>>();
    expectTypeOf<Keys<z.output<typeof coverSchema>>>().toEqualTypeOf<Keys<CoverSheet>>();
    expectTypeOf<Keys<z.output<typeof contactSchema>>>().toEqualTypeOf<Keys<Contact>>();
    expectTypeOf<Keys<z.output<typeof sectionSchema>>>().toEqualTypeOf<Keys<Section>>();
    expectTypeOf<Keys<z.output<typeof appendixSchema>>>().toEqualTypeOf<Keys<Appendix>>();
    expectTypeOf<Keys<z.output<typeof backupSchema>['data']>>().toEqualTypeOf<Keys<DatabaseSnapshot>>();
    expectTypeOf<Keys<z.output<typeof paperBlockSchema>>>().toEqualTypeOf<Keys<PaperBlock>>();
    expectTypeOf<Keys<z.output<typeof blockContentSchema>>>().toEqualTypeOf<Keys<BlockContent>>();
    expectTypeOf<z.output<typeof blockSourceSchema>['kind']>().toEqualTypeOf<BlockSource['kind']>();
    expectTypeOf<Keys<z.output<typeof personSchema>>>().toEqualTypeOf<Keys<Person>>();
    expectTypeOf<Keys<z.output<typeof planSchema>>>().toEqualTypeOf<Keys<DeliveryPlan>>();
    expectTypeOf<Keys<z.output<typeof themeSchema>>>().toEqualTypeOf<Keys<Theme>>();
    expectTypeOf<Keys<z.output<typeof deliverableSchema>>>().toEqualTypeOf<Keys<Deliverable>>();
    expectTypeOf<Keys<z.output<typeof updateSchema>>>().toEqualTypeOf<Keys<DeliverableUpdate>>();
    expectTypeOf<Keys<z.output<typeof customPeriodSchema>>>().toEqualTypeOf<Keys<CustomPeriodRecord>>();
    expectTypeOf<Keys<z.output<typeof measureSchema>>>().toEqualTypeOf<Keys<Measure>>();
    expectTypeOf<Keys<z.output<typeof measureValueSchema>>>().toEqualTypeOf<Keys<MeasureValue>>();
    expectTypeOf<Keys<z.output<typeof caseStudySchema>>>().toEqualTypeOf<Keys<CaseStudy>>();
    expectTypeOf<Keys<z.output<typeof forwardPlanSchema>>>().toEqualTypeOf<Keys<ForwardPlan>>();
    expectTypeOf<Keys<z.output<typeof forwardPlanItemSchema>>>().toEqualTypeOf<Keys<ForwardPlanItem>>();
    expectTypeOf<Keys<z.output<typeof dataTableSchema>>>().toEqualTypeOf<Keys<DataTable>>();
    expectTypeOf<Keys<z.output<typeof ambitionSchema>>>().toEqualTypeOf<Keys<Ambition>>();
  });
  it('produce the model types', () => {
    expectTypeOf<z.output<typeof paperSchema>>().toExtend<Paper>();
    expectTypeOf<z.output<typeof sectionSchema>>().toExtend<Section>();
    expectTypeOf<z.output<typeof richDocSchema>>().toExtend<RichDoc>();
    expectTypeOf<z.output<typeof backupSchema>['data']>().toExtend<DatabaseSnapshot>();
    // Every block, inline and mark type of the model has a schema, and no other: the `type` tags match.
    expectTypeOf<z.output<typeof blockSchema>['type']>().toEqualTypeOf<BlockNode['type']>();
    expectTypeOf<z.output<typeof inlineSchema>['type']>().toEqualTypeOf<InlineNode['type']>();
    expectTypeOf<z.output<typeof markSchema>['type']>().toEqualTypeOf<Mark['type']>();
  });
});
