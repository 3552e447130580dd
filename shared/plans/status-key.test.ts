import { describe, expect, it } from 'vitest';
import { MIN_TEXT_CONTRAST, contrastRatio, isHexColour, readableTextOn, relativeLuminance } from './colour';
import { DEFAULT_STATUSES, PALETTE, defaultStatusKey, statusById, statusKeyProblems } from './status-key';
import type { StatusKey } from './model';

describe('WCAG contrast', () => {
  it('matches the WCAG reference points', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    // Pure red with white text fails AA; that is why Red uses #C00000.
    expect(contrastRatio('#FF0000', '#FFFFFF')).toBeLessThan(MIN_TEXT_CONTRAST);
  });
  it('rejects colours that are not #RRGGBB', () => {
    expect(isHexColour('#0070c0')).toBe(true);
    expect(isHexColour('0070C0')).toBe(false);
    expect(isHexColour('#07C')).toBe(false);
    expect(() => relativeLuminance('red')).toThrow(RangeError);
  });
  it('picks black or white text for a fill', () => {
    expect(readableTextOn('#FFC000')).toBe('#000000');
    expect(readableTextOn('#C00000')).toBe('#FFFFFF');
  });
});

describe('default status key', () => {
  it('is the reference key, in its order, with its meanings', () => {
    const key = defaultStatusKey();
    expect(key.statuses.map((s) => [s.label, s.meaning])).toEqual([
      ['Green', 'Achieved or Adequate Progress being Made'],
      ['Amber', "Started but Inadequate Progress or Risk that it won't be achieved"],
      ['Red', "Unachieved or likely that it won't be achieved"],
      ['White (NS)', 'Not Started but Planned to take place during later Qrt'],
    ]);
    expect(defaultStatusKey({ includeBlue: true }).statuses.map((s) => s.id)).toEqual(['blue', 'green', 'amber', 'red', 'notStarted']);
    expect(DEFAULT_STATUSES.blue.meaning).toBe('Complete');
  });
  it('gives every status a letter and a distinct symbol for black-and-white print', () => {
    const statuses = defaultStatusKey({ includeBlue: true }).statuses;
    expect(statuses.map((s) => s.letter)).toEqual(['B', 'G', 'A', 'R', 'NS']);
    expect(statuses.map((s) => s.symbol)).toEqual(['★', '■', '▲', '●', '○']);
    expect(new Set(statuses.map((s) => s.symbol)).size).toBe(statuses.length);
  });
  it('uses Red ● as the reference paper does', () => {
    expect(PALETTE.red.symbol).toBe('●');
  });
  it('has text of at least 4.5:1 contrast on every fill', () => {
    const ratios = Object.fromEntries(Object.entries(PALETTE).map(([k, s]) => [k, Number(contrastRatio(s.fill, s.text).toFixed(2))]));
    expect(ratios).toEqual({ blue: 5.15, green: 7.33, amber: 12.79, red: 6.48, white: 21 });
    for (const s of defaultStatusKey({ includeBlue: true }).statuses) expect(contrastRatio(s.fill, s.text), s.label).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
  it('requires a narrative for Amber and Red only', () => {
    expect(defaultStatusKey({ includeBlue: true }).statuses.filter((s) => s.requiresNarrative).map((s) => s.id)).toEqual(['amber', 'red']);
  });
  it('looks statuses up by id', () => {
    const key = defaultStatusKey();
    expect(statusById(key, 'amber')?.letter).toBe('A');
    expect(statusById(key, 'blue')).toBeUndefined();
    expect(statusById(key, null)).toBeUndefined();
  });
});

describe('statusKeyProblems', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(statusKeyProblems(defaultStatusKey({ includeBlue: true }))).toEqual([]);
  });
  it('reports duplicates, missing letters, bad colours and poor contrast', () => {
    const green = DEFAULT_STATUSES.green;
    const key: StatusKey = {
      statuses: [
        green,
        { ...green, id: 'green2', label: 'Lime', symbol: '◆' },
        { ...green, id: 'pink', label: 'Pink', letter: '', symbol: '♦', fill: '#FF0000', text: '#FFFFFF' },
        { ...green, id: 'grey', label: 'Grey', letter: 'Y', symbol: '▼', fill: 'grey' },
      ],
    };
    expect(statusKeyProblems(key)).toEqual([
      'More than one status uses the letter "G".',
      'Pink needs a letter so it reads in black and white.',
      'Pink: the text colour is hard to read on its shading (contrast 4.00:1, needs 4.5:1).',
      'Grey needs colours written as #RRGGBB.',
    ]);
    expect(statusKeyProblems({ statuses: [] })).toEqual(['The status key needs at least one status.']);
  });
});
