import { describe, expect, it } from 'vitest';
import { labelSide, lineAxisRange } from './chart-axis';

describe('a line chart’s value axis', () => {
  it('fits figures between 87 and 92 (and a target of 90) instead of running from 0 to 100', () => {
    const r = lineAxisRange([87, 89.5, 92, 90]);
    expect(r.min).toBeGreaterThanOrEqual(80);
    expect(r.min).toBeLessThan(87);
    expect(r.max).toBeGreaterThan(92);
    expect(r.max).toBeLessThanOrEqual(95);
  });
  it('keeps a margin so the extreme points and their labels are inside the plot', () => {
    const r = lineAxisRange([55.7, 56.7, 60]);
    expect(r.min).toBeLessThan(55.7);
    expect(r.max).toBeGreaterThan(60);
  });
  it('has round, evenly spaced ticks from min to max', () => {
    const r = lineAxisRange([55.7, 56.7, 60]);
    expect(r.ticks[0]).toBe(r.min);
    expect(r.ticks.at(-1)).toBe(r.max);
    const steps = r.ticks.slice(1).map((t, i) => Number((t - r.ticks[i]!).toFixed(9)));
    expect(new Set(steps).size).toBe(1);
    for (const t of r.ticks) expect(String(t).length).toBeLessThanOrEqual(4);
  });
  it('keeps 0 as the baseline for small counts close to it', () => {
    expect(lineAxisRange([2, 5, 9]).min).toBe(0);
  });
  it('does not cross 0 for changes that are all negative, and spans both sides when they are mixed', () => {
    const neg = lineAxisRange([-40.1, -33.6, -50]);
    expect(neg.max).toBeLessThanOrEqual(0);
    expect(neg.min).toBeLessThan(-50);
    const mixed = lineAxisRange([-36, -38.7, 10]);
    expect(mixed.min).toBeLessThan(-38.7);
    expect(mixed.max).toBeGreaterThan(10);
  });
  it('gives a flat line (every figure the same) some height', () => {
    const r = lineAxisRange([100, 100, 100]);
    expect(r.min).toBeLessThan(100);
    expect(r.max).toBeGreaterThan(100);
  });
  it('ignores missing figures, and has an axis with none at all', () => {
    expect(lineAxisRange([null, 50, undefined, Number.NaN, 52]).max).toBeGreaterThan(52);
    expect(lineAxisRange([null]).ticks.length).toBeGreaterThan(1);
  });
});

describe('value labels and the target line', () => {
  it('puts a label above a point at or over the target and below one under it', () => {
    expect(labelSide(56.7, 60)).toBe('bottom');
    expect(labelSide(61, 60)).toBe('top');
    expect(labelSide(60, 60)).toBe('top');
    expect(labelSide(5, null)).toBe('top');
  });
});
