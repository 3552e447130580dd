import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedSaver } from './debounced-save';

describe('createDebouncedSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  it('writes the latest value once typing pauses', async () => {
    const writes: string[] = [];
    const s = createDebouncedSaver<string>(
      (v) => {
        writes.push(v);
        return Promise.resolve();
      },
      250,
      800,
    );
    s.push('a');
    s.push('ab');
    await vi.advanceTimersByTimeAsync(249);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes).toEqual(['ab']);
  });
  it('still writes within the ceiling while the user keeps typing', async () => {
    const writes: string[] = [];
    const s = createDebouncedSaver<string>(
      (v) => {
        writes.push(v);
        return Promise.resolve();
      },
      250,
      800,
    );
    for (let i = 0; i < 10; i++) {
      s.push(`v${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes[0]).toMatch(/^v[6-8]$/);
  });
  it('flush writes now, and only once', async () => {
    const writes: string[] = [];
    const s = createDebouncedSaver<string>((v) => {
      writes.push(v);
      return Promise.resolve();
    });
    s.push('x');
    s.flush();
    s.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toEqual(['x']);
  });
});
