import { describe, expect, it } from 'vitest';
import { must } from './must';

describe('must', () => {
  it('returns a value that is there, falsy ones included', () => {
    expect(must(0, 'a count')).toBe(0);
    expect(must('', 'a text')).toBe('');
  });
  it('names what was missing', () => {
    expect(() => must(undefined, 'the first row')).toThrow('Internal error: the first row is missing.');
    expect(() => must(null, 'the scope')).toThrow(/the scope/);
  });
});
