import { describe, expect, it } from 'vitest';
import { FORMAT_PARAMETER, SYNC_FORMAT, formatRefusal, isFormatRefusal, withFormat } from './format';

describe('the sync format a laptop and the server speak', () => {
  it('is sent in the address, keeping its path', () => {
    const u = new URL(withFormat('wss://sync.office.example/panelwright'));
    expect(u.pathname).toBe('/panelwright');
    expect(u.searchParams.get(FORMAT_PARAMETER)).toBe(String(SYNC_FORMAT));
  });

  it('signs in a laptop of the same format only', () => {
    expect(formatRefusal(String(SYNC_FORMAT))).toBeNull();
  });

  it('tells a laptop that says nothing (the first team sync) or an older format to update the app', () => {
    for (const said of [null, undefined, '', '1', 'x', '-3']) {
      const why = formatRefusal(said, 2);
      expect(why).toMatch(/update Panelwright on this computer/);
      expect(isFormatRefusal(why ?? undefined)).toBe(true);
    }
  });

  it('tells a newer laptop to have the server updated', () => {
    expect(formatRefusal('3', 2)).toMatch(/ask your IT team to update it/);
  });

  it('does not take another refusal for a format one', () => {
    expect(isFormatRefusal('Unknown token.')).toBe(false);
  });
});
