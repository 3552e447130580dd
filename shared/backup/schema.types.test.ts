// Compile-time checks (tsc runs over test files) that the zod schemas and the TypeScript model say
// the same thing. `satisfies` (and defineTable in tables.ts) catch a schema missing a field the model
// has; these catch the other way round: a field in a schema the model no longer has. Every table of
// the registry is checked, so a new table is covered without a line here.
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Contact, CoverSheet } from '../papers/model';
import type { BlockNode, InlineNode, Mark, RichDoc } from '../richtext/model';
import type { blockSchema, inlineSchema, markSchema, contactSchema, coverSchema, richDocSchema } from './schema';
import { backupSchema } from './schema';
import type { blockContentSchema, blockSourceSchema } from './schema-blocks';
import type { BlockSource } from '../blocks/model';
import type { BlockContent } from '../blocks/content';
import type { DatabaseSnapshot } from './snapshot';
import type { RecordOf, SchemaOf, SnapshotTable } from './tables';

type Keys<T> = keyof T;
type SameKeys<A, B> = [Keys<A>] extends [Keys<B>] ? ([Keys<B>] extends [Keys<A>] ? true : false) : false;
/** true only when every table's schema has exactly its record type's fields. */
type EveryTableExact = { [T in SnapshotTable]: SameKeys<z.output<SchemaOf<T>>, RecordOf<T>> }[SnapshotTable];
/** The tables whose schema and record type disagree (never, when all is well): shows in the error. */
type Mismatched = { [T in SnapshotTable]: SameKeys<z.output<SchemaOf<T>>, RecordOf<T>> extends true ? never : T }[SnapshotTable];

describe('schemas match the model types', () => {
  it('have exactly the model fields', () => {
    expectTypeOf<EveryTableExact>().toEqualTypeOf<true>();
    expectTypeOf<Mismatched>().toEqualTypeOf<never>();
    expectTypeOf<Keys<z.output<typeof coverSchema>>>().toEqualTypeOf<Keys<CoverSheet>>();
    expectTypeOf<Keys<z.output<typeof contactSchema>>>().toEqualTypeOf<Keys<Contact>>();
    expectTypeOf<Keys<z.output<typeof backupSchema>['data']>>().toEqualTypeOf<Keys<DatabaseSnapshot>>();
    expectTypeOf<Keys<z.output<typeof blockContentSchema>>>().toEqualTypeOf<Keys<BlockContent>>();
    expectTypeOf<z.output<typeof blockSourceSchema>['kind']>().toEqualTypeOf<BlockSource['kind']>();
  });
  it('produce the model types', () => {
    expectTypeOf<z.output<typeof richDocSchema>>().toExtend<RichDoc>();
    expectTypeOf<z.output<typeof backupSchema>['data']>().toExtend<DatabaseSnapshot>();
    // Every block, inline and mark type of the model has a schema, and no other: the `type` tags match.
    expectTypeOf<z.output<typeof blockSchema>['type']>().toEqualTypeOf<BlockNode['type']>();
    expectTypeOf<z.output<typeof inlineSchema>['type']>().toEqualTypeOf<InlineNode['type']>();
    expectTypeOf<z.output<typeof markSchema>['type']>().toEqualTypeOf<Mark['type']>();
  });
});
