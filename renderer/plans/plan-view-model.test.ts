import { describe, expect, it } from 'vitest';
import { themesUpTo } from './plan-view-model';

describe('themesUpTo (how many themes the plan view renders next)', () => {
  it('takes themes while their rows fit, and always at least one', () => {
    expect(themesUpTo([10, 20, 30, 5], 0, 40)).toBe(2);
    expect(themesUpTo([100, 5], 0, 40)).toBe(1);
    expect(themesUpTo([10, 20, 30, 5], 2, 40)).toBe(4);
  });
  it('stops at the last theme', () => {
    expect(themesUpTo([1, 1], 0, 500)).toBe(2);
    expect(themesUpTo([1, 1], 2, 500)).toBe(2);
    expect(themesUpTo([], 0, 40)).toBe(0);
  });
});
