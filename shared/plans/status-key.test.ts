import { describe, expect, it } from 'vitest';
import { MIN_TEXT_CONTRAST, contrastRatio, isHexColour, readableTextOn, relativeLuminance } from './colour';
import {
  DEFAULT_STATUSES,
  PALETTE,
  SYMBOL_CHOICES,
  defaultStatusKey,
  resetStatusKey,
  statusById,
  statusKeyChangeProblems,
  statusKeyIssues,
  statusKeyProblems,
  withBlue,
  withFill,
} from './status-key';
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
    expect(ratios).toEqual({ blue: 5.15, green: 7.33, amber: 12.79, red: 6.48, white: 21, grey: 14.88, none: 21 });
    for (const s of defaultStatusKey({ includeBlue: true }).statuses) expect(contrastRatio(s.fill, s.text), s.label).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
  it('requires a narrative for Amber and Red only', () => {
    expect(
      defaultStatusKey({ includeBlue: true })
        .statuses.filter((s) => s.requiresNarrative)
        .map((s) => s.id),
    ).toEqual(['amber', 'red']);
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

describe('editing a status key', () => {
  it('ties each problem to its status and field, so the form can mark the field', () => {
    const key = defaultStatusKey();
    const edited: StatusKey = {
      statuses: key.statuses.map((s) => (s.id === 'amber' ? { ...s, letter: 'G', symbol: 'x'.repeat(11) } : s.id === 'red' ? { ...s, fill: '#C0' } : s)),
    };
    expect(statusKeyIssues(edited)).toEqual([
      { index: 1, field: 'symbol', message: 'Amber: the symbol is too long (at most 10 characters).' },
      { index: 1, field: 'letter', message: 'More than one status uses the letter "G".' },
      { index: 2, field: 'fill', message: 'Red needs colours written as #RRGGBB.' },
    ]);
    expect(statusKeyProblems(edited)).toEqual(statusKeyIssues(edited).map((i) => i.message));
  });
  it('chooses the text colour for a new fill: black or white, and always at least 4.5:1', () => {
    const amber = DEFAULT_STATUSES.amber;
    expect(withFill(amber, '#1f3a5f')).toEqual({ ...amber, fill: '#1F3A5F', text: '#FFFFFF' });
    expect(withFill(amber, '#ffd966')).toMatchObject({ fill: '#FFD966', text: '#000000' });
    // The hardest fills are mid-greys and pure hues; a sweep of both never drops below AA.
    for (let v = 0; v < 256; v += 1) {
      const h = v.toString(16).padStart(2, '0');
      for (const fill of [`#${h}${h}${h}`, `#${h}0000`, `#00${h}00`, `#0000${h}`, `#${h}${h}00`]) {
        const s = withFill(amber, fill);
        expect(contrastRatio(s.fill, s.text), fill).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
    }
    // Half-typed: kept as typed for statusKeyProblems to report, text colour unchanged.
    expect(withFill(amber, '#FF')).toEqual({ ...amber, fill: '#FF' });
    expect(statusKeyProblems({ statuses: [withFill(amber, '#FF')] })).toEqual(['Amber needs colours written as #RRGGBB.']);
  });
  it('offers distinct symbols, including every default one', () => {
    const symbols = SYMBOL_CHOICES.map((c) => c.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const s of defaultStatusKey({ includeBlue: true }).statuses) expect(symbols).toContain(s.symbol);
  });
  it('turns Blue on (first) and off, leaving the other statuses as edited', () => {
    const edited: StatusKey = { statuses: defaultStatusKey().statuses.map((s) => (s.id === 'amber' ? { ...s, meaning: 'At risk' } : s)) };
    const on = withBlue(edited, true);
    expect(on.statuses.map((s) => s.id)).toEqual(['blue', 'green', 'amber', 'red', 'notStarted']);
    expect(on.statuses[2]?.meaning).toBe('At risk');
    expect(withBlue(on, true)).toBe(on);
    expect(withBlue(on, false)).toEqual(edited);
  });
  it('resets to the defaults, keeping Blue when the plan has it', () => {
    const edited: StatusKey = { statuses: defaultStatusKey({ includeBlue: true }).statuses.map((s) => ({ ...s, label: s.label.toUpperCase() })) };
    expect(resetStatusKey(edited)).toEqual(defaultStatusKey({ includeBlue: true }));
    expect(resetStatusKey(defaultStatusKey())).toEqual(defaultStatusKey());
  });
  it('refuses to drop a status that updates use, saying how many', () => {
    const withB = defaultStatusKey({ includeBlue: true });
    const without = withBlue(withB, false);
    expect(statusKeyChangeProblems(withB, without, new Map([['blue', 3]]))).toEqual(['Blue is used by 3 updates, so it cannot be removed from the key.']);
    expect(statusKeyChangeProblems(withB, without, new Map([['blue', 1]]))).toEqual(['Blue is used by 1 update, so it cannot be removed from the key.']);
    expect(statusKeyChangeProblems(withB, without, new Map([['green', 9]]))).toEqual([]);
    const custom: StatusKey = {
      statuses: [
        ...defaultStatusKey().statuses,
        { ...DEFAULT_STATUSES.red, id: 'grey', label: 'Grey', letter: 'X', symbol: '◆', fill: '#767676', text: '#FFFFFF' },
      ],
    };
    expect(statusKeyChangeProblems(custom, resetStatusKey(custom), new Map([['grey', 2]]))).toEqual([
      'Grey is used by 2 updates, so it cannot be removed from the key.',
    ]);
  });
});
