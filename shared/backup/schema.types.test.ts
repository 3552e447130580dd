// Compile-time checks (tsc runs over test files) that the zod schemas and the TypeScript model say
// the same thing. `satisfies` in schema.ts catches a schema missing a field the model has; these
// catch the other way round: a field in the schema the model no longer has.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Appendix, Committee, Contact, CoverSheet, Paper, Section } from '../papers/model';
import type { BlockNode, InlineNode, Mark, RichDoc } from '../richtext/model';
import type { appendixSchema, blockSchema, committeeSchema, inlineSchema, markSchema, contactSchema, coverSchema, paperSchema, richDocSchema, sectionSchema } from './schema';
import { backupV1Schema } from './schema';
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
    expectTypeOf<Keys<z.output<typeof backupV1Schema>['data']>>().toEqualTypeOf<Keys<DatabaseSnapshot>>();
  });
  it('produce the model types', () => {
    expectTypeOf<z.output<typeof paperSchema>>().toExtend<Paper>();
    expectTypeOf<z.output<typeof sectionSchema>>().toExtend<Section>();
    expectTypeOf<z.output<typeof richDocSchema>>().toExtend<RichDoc>();
    expectTypeOf<z.output<typeof backupV1Schema>['data']>().toExtend<DatabaseSnapshot>();
    // Every block, inline and mark type of the model has a schema, and no other: the `type` tags match.
    expectTypeOf<z.output<typeof blockSchema>['type']>().toEqualTypeOf<BlockNode['type']>();
    expectTypeOf<z.output<typeof inlineSchema>['type']>().toEqualTypeOf<InlineNode['type']>();
    expectTypeOf<z.output<typeof markSchema>['type']>().toEqualTypeOf<Mark['type']>();
  });
});
