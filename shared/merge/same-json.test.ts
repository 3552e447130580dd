// sameJson must answer exactly as comparing stableJson texts does (it replaces that comparison where
// whole section bodies are compared on every save): equal for the same data in another key order or
// with undefined fields, different for any changed character, mark, attribute or item.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import { doc, para, table } from '../richtext/build';
import { sameJson, stableJson } from './diff';

type R = ReturnType<typeof seededRandom>;
function value(r: R, depth: number): unknown {
  const leaves = [null, 0, -0, 1, 2.5, NaN, Infinity, '', 'a', 'b', 'é', true, false, undefined];
  if (depth <= 0 || r.next() < 0.35) return r.pick(leaves);
  if (r.next() < 0.5) return Array.from({ length: r.int(4) }, () => value(r, depth - 1));
  const o: Record<string, unknown> = {};
  for (const k of ['type', 'attrs', 'text', 'content', 'marks'].slice(0, 1 + r.int(5))) o[k] = value(r, depth - 1);
  return o;
}
/** The same data with its keys in reverse order. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v)
      .reverse()
      .map(([k, x]) => [k, reordered(x)]),
  );
}
/** One small change somewhere: a leaf replaced, an item added, or a field added. */
function mutated(r: R, v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v as unknown[];
    if (!items.length || r.next() < 0.3) return [...items, 'x'];
    const i = r.int(items.length);
    return items.map((x, j) => (j === i ? mutated(r, x) : x));
  }
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    if (!keys.length || r.next() < 0.3) return { ...v, extra: 1 };
    const k = r.pick(keys);
    return { ...v, [k]: mutated(r, (v as Record<string, unknown>)[k]) };
  }
  return v === 'a' ? 'b' : 'a';
}

describe('sameJson', () => {
  it('agrees with comparing stableJson texts on random data, reordered or changed', () => {
    const r = seededRandom(45);
    let equal = 0;
    let different = 0;
    for (let i = 0; i < 3000; i++) {
      const a = value(r, 4);
      const b = r.next() < 0.5 ? reordered(a) : mutated(r, a);
      const expected = stableJson(a) === stableJson(b);
      expect(sameJson(a, b), `${stableJson(a)} vs ${stableJson(b)}`).toBe(expected);
      expect(sameJson(b, a)).toBe(expected);
      if (expected) equal++;
      else different++;
    }
    // both answers are exercised
    expect(equal).toBeGreaterThan(500);
    expect(different).toBeGreaterThan(500);
  });

  it('tells a section body apart from the same body with one character typed', () => {
    const body = doc(para('The force answered 92% of 999 calls within ten seconds.'), table(['Measure', 'Q1'], [['Calls', '12']]));
    expect(sameJson(body, structuredClone(body))).toBe(true);
    expect(sameJson(body, doc(para('The force answered 92% of 999 calls within ten seconds!'), table(['Measure', 'Q1'], [['Calls', '12']])))).toBe(false);
    expect(sameJson(body, doc(para('The force answered 92% of 999 calls within ten seconds.'), table(['Measure', 'Q1'], [['Calls', '13']])))).toBe(false);
  });
});
