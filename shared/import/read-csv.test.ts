import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, readCsv } from './read-csv';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS } from './limits';

const rows = (text: string) => {
  const r = readCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.rows;
};

describe('readCsv', () => {
  it('reads RFC 4180: quotes, embedded commas, newlines and doubled quotes, CRLF', () => {
    expect(rows('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line 1\r\nline 2",\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line 1\r\nline 2', ''],
    ]);
  });
  it('keeps a last line without a line break, blank lines as empty rows, and LF or CR endings', () => {
    expect(rows('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(rows('a\r\rb')).toEqual([['a'], [''], ['b']]);
    expect(rows('"",x')).toEqual([['', 'x']]);
  });
  it('drops a byte-order mark', () => {
    expect(rows('\uFEFFRef,Activity\nC01,Do')).toEqual([
      ['Ref', 'Activity'],
      ['C01', 'Do'],
    ]);
  });
  it('detects semicolon and tab delimiters, ignoring ones inside quotes', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\n"x,y,z"\t2\n')).toBe('\t');
    expect(detectDelimiter('Ref,Activity\n"a;b;c",x\n')).toBe(',');
    expect(rows('Measure;Period;Value\nCrime;Jul-17;1,5')).toEqual([
      ['Measure', 'Period', 'Value'],
      ['Crime', 'Jul-17', '1,5'],
    ]);
  });
  it('keeps formula-looking cells as plain text', () => {
    expect(rows('@SUM(A1),+1,-2,=1+1')[0]).toEqual(['@SUM(A1)', '+1', '-2', '=1+1']);
    expect(rows('"=HYPERLINK(""http://x"",""y"")"')[0]).toEqual(['=HYPERLINK("http://x","y")']);
  });
  it('refuses an unclosed quote with the line it starts on', () => {
    const r = readCsv('a,b\n1,"open\nmore');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/line 2 is never closed/) });
  });
  it('refuses more rows or columns than the limits, without throwing', () => {
    const many = readCsv('x\n'.repeat(MAX_ROWS + 1));
    expect(many.ok).toBe(false);
    expect(!many.ok && many.error).toMatch(/more than 20,000 rows/);
    const wide = readCsv(Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(','));
    expect(!wide.ok && wide.error).toMatch(/more than 200 columns/);
    expect(readCsv('x\n'.repeat(MAX_ROWS)).ok).toBe(true);
  });
  it('cuts a huge cell to one character over the limit, so mapping can report it', () => {
    const r = rows(`a,"${'x'.repeat(MAX_CELL_CHARS * 3)}"\nb,${'y'.repeat(MAX_CELL_CHARS * 2)}`);
    expect(r[0]![1]!.length).toBe(MAX_CELL_CHARS + 1);
    expect(r[1]![1]!.length).toBe(MAX_CELL_CHARS + 1);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without BOM, UTF-16 with BOM, and falls back to Windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF£5'))).toBe('£5');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xa3, 0x00]))).toBe('A£');
    expect(decodeText(new Uint8Array([0xa3, 0x35, 0x20, 0x93, 0x78, 0x94]))).toBe('£5 \u201cx\u201d');
  });
});
