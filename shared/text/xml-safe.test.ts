import { describe, expect, it } from 'vitest';
import { hasXmlForbidden, xmlSafe } from './xml-safe';

describe('xmlSafe', () => {
  it('keeps ordinary text, tab, LF and CR untouched', () => {
    const s = 'Crime up 29.6% – “quoted” £5 café\tcol\nline\r\n';
    expect(xmlSafe(s)).toBe(s);
  });

  it('removes C0 controls other than tab, LF and CR', () => {
    let all = '';
    for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
    expect(xmlSafe(`a${all}b`)).toBe('a\t\n\rb');
  });

  it('removes U+FFFE and U+FFFF but keeps U+FFFD', () => {
    expect(xmlSafe('x\uFFFEy\uFFFFz\uFFFD')).toBe('xyz\uFFFD');
  });

  it('keeps valid surrogate pairs (emoji) and removes lone surrogates', () => {
    expect(xmlSafe('ok 😀 done')).toBe('ok 😀 done');
    expect(xmlSafe('a\uD83Db')).toBe('ab'); // lone high surrogate
    expect(xmlSafe('a\uDE00b')).toBe('ab'); // lone low surrogate
    expect(xmlSafe('\uDE00\uD83D')).toBe(''); // reversed pair is two lone halves
    expect(xmlSafe('end\uD83D')).toBe('end');
  });

  it('is stable when called repeatedly (global regex state does not leak)', () => {
    for (let i = 0; i < 3; i++) expect(xmlSafe('a\u0001b')).toBe('ab');
    expect(hasXmlForbidden('a\u0007')).toBe(true);
    expect(hasXmlForbidden('a\u0007')).toBe(true);
    expect(hasXmlForbidden('plain')).toBe(false);
  });

  it('returns the empty string unchanged', () => {
    expect(xmlSafe('')).toBe('');
  });
});
