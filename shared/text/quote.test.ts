import { describe, expect, it } from 'vitest';
import { quoteForMessage } from './quote';

describe('quoting outside text in a message', () => {
  it('keeps short text whole and cuts long text (by characters as a reader counts them, never inside an emoji)', () => {
    expect(quoteForMessage('Purple')).toBe('"Purple"');
    expect(quoteForMessage('z'.repeat(40_000))).toBe(`"${'z'.repeat(60)}…"`);
    expect(quoteForMessage('👮‍♀️'.repeat(5), 3)).toBe('"👮‍♀️👮‍♀️👮‍♀️…"');
  });
});
