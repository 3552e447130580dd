import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_LOCALE, pinAppLocale } from './locale';

describe('the app locale', () => {
  it('is set to en-GB on the command line, so dates and spell-check are British on any machine', () => {
    const switches: [string, string | undefined][] = [];
    pinAppLocale({ commandLine: { appendSwitch: (name, value) => void switches.push([name, value]) }, isReady: () => false });
    expect(switches).toEqual([['lang', 'en-GB']]);
    expect(APP_LOCALE).toBe('en-GB');
  });
  it('refuses to run once the app is ready (the switch would be ignored)', () => {
    expect(() => pinAppLocale({ commandLine: { appendSwitch: () => {} }, isReady: () => true })).toThrow(/before the app is ready/);
  });
  it('main.ts pins it before waiting for ready', () => {
    const main = readFileSync(new URL('./main.ts', import.meta.url), 'utf8');
    const pinned = main.indexOf('pinAppLocale(app)');
    expect(pinned).toBeGreaterThan(0);
    expect(pinned).toBeLessThan(main.indexOf('app.whenReady()'));
  });
});
