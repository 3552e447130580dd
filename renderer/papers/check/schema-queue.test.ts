// The schema check never queues up validations while the author types: one runs at a time, only the
// newest file of each asker waits (an older one is answered null, never validated), and the next
// starts only after a rest as long as the last validation took.
import { afterEach, describe, expect, it } from 'vitest';
import type { DocxValidation, HostApi } from '../../../shared/host/api';
import { validateNewest } from './schema-check';

const g = globalThis as { window?: { panelwright?: HostApi } };
afterEach(() => delete g.window);

function slowHost(ms: number) {
  const calls: { bytes: number; at: number }[] = [];
  g.window = {
    panelwright: {
      validateDocx: (b: Uint8Array) => {
        calls.push({ bytes: b[0]!, at: Date.now() });
        return new Promise<DocxValidation>((r) => setTimeout(() => r({ ok: true, errors: [] }), ms));
      },
    } as unknown as HostApi,
  };
  return calls;
}

describe('validating the newest file only', () => {
  it('drops files overtaken while one is checked, and rests between checks', async () => {
    const calls = slowHost(80);
    const first = validateNewest('panel', Uint8Array.of(1));
    const second = validateNewest('panel', Uint8Array.of(2));
    const third = validateNewest('panel', Uint8Array.of(3));
    const issue = validateNewest('issue', Uint8Array.of(9));
    expect(await second).toBeNull();
    expect(await first).toEqual({ ok: true, errors: [] });
    expect(await third).toEqual({ ok: true, errors: [] });
    expect(await issue).toEqual({ ok: true, errors: [] });
    expect(calls.map((c) => c.bytes)).toEqual([1, 3, 9]);
    // Each started after the one before had run (80 ms) and rested about as long again.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(150);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(150);
  });

  it('answers a host that throws with why, in a sentence', async () => {
    g.window = { panelwright: { validateDocx: () => Promise.reject(new Error('main process gone')) } as unknown as HostApi };
    expect(await validateNewest('panel', Uint8Array.of(1))).toEqual({ ok: false, message: 'The Open XML schema check failed (main process gone).' });
  });
});
