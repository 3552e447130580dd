import { describe, expect, it } from 'vitest';
import { FILE_NAME_MAX_BYTES, paperFileName } from './file-name';
import { blankCover } from './factory';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const named = (title: string, meetingDate = '') => paperFileName({ title, cover: { ...blankCover(), meetingDate } });

describe('paperFileName', () => {
  it('leads with the meeting date so exports sort by meeting', () => {
    expect(named("PCC's Update Report – to September 2017", '2017-12-08')).toBe("2017-12-08 PCC's Update Report – to September 2017.docx");
  });
  it('removes characters Windows forbids and trailing dots', () => {
    expect(named('A/B: "C"? <D>*|. ')).toBe('A B C D.docx');
  });
  it('names an untitled paper', () => {
    expect(named('  ')).toBe('Untitled paper.docx');
  });

  it('caps the whole name in bytes, so LibreOffice can make its lock file and Windows paths have room', () => {
    // Each "é" written as e + combining acute is 3 bytes in 1 character pair: 120 characters were 255+ bytes.
    const name = named('e\u0301'.repeat(200), '2017-12-08');
    expect(bytes(name)).toBeLessThanOrEqual(FILE_NAME_MAX_BYTES);
    expect(name.endsWith('.docx')).toBe(true);
    expect(name.startsWith('2017-12-08 e\u0301')).toBe(true);
  });

  it('never splits a character or a combining sequence at the cut', () => {
    for (const unit of ['e\u0301', '😀', '🇬🇧', 'ก\u0e34', '日本', 'a']) {
      const name = named(unit.repeat(300));
      const title = name.slice(0, -'.docx'.length);
      expect(bytes(name)).toBeLessThanOrEqual(FILE_NAME_MAX_BYTES);
      // Whole repeats of the unit only: no half surrogate pair, no base letter without its accent.
      expect(title.replaceAll(unit, ''), unit).toBe('');
      expect(title.length).toBeGreaterThan(0);
    }
  });

  it('keeps a short title whole', () => {
    const title = 'Réponse à la consultation — 2017';
    expect(named(title)).toBe(`${title}.docx`);
  });

  it('drops bidi controls, so a name cannot display as a different file type', () => {
    const name = named('harmless \u202Egnp.exe\u202C');
    expect(name).toBe('harmless gnp.exe.docx');
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'])
      expect(named(`a${c}b`)).toBe('ab.docx');
  });

  it('drops zero-width characters', () => {
    for (const c of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']) expect(named(`Bud${c}get`)).toBe('Budget.docx');
  });

  it('a title that is nothing but hidden characters is an untitled paper', () => {
    expect(named('\u202E\u200B\u2066')).toBe('Untitled paper.docx');
  });

  it('a single grapheme too long for the cap is not dropped whole: its marks go, its letters stay', () => {
    const name = named(`a${'\u0301'.repeat(400)}b${'\u0301'.repeat(400)}`);
    expect(bytes(name)).toBeLessThanOrEqual(FILE_NAME_MAX_BYTES);
    expect(name).toBe('\u00e1b.docx'); // the first accent composes into á (NFC); the rest go
    expect(named(`Report ${'a' + '\u0301'.repeat(400)}`)).toBe('Report.docx');
  });
});
