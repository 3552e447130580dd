/**
 * A value the code just established exists (a regex group that always takes part, an index inside the
 * bounds, a key put in the map a moment ago). TypeScript cannot see that; this says so, and if the
 * assumption is ever wrong it fails with a message naming what was missing instead of a TypeError later.
 */
export function must<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Internal error: ${what} is missing.`);
  return value;
}
