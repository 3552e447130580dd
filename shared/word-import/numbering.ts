// Word's list numbering (word/numbering.xml) replayed, so each numbered paragraph's label ("4.1",
// "2.", "•", "(a)") is known as Word would print it: abstract definitions and their levels, w:num
// instances with lvlOverride (startOverride and redefined levels), numStyleLink, and counters shared
// by instances of one abstract definition (Word continues a list across them unless a startOverride
// restarts it). Deeper levels restart when a shallower one moves on.
import type { XmlElement } from '../ooxml/xml';
import { attr, child, children } from '../ooxml/xml';
import type { StyleSheet } from './styles';
import { must } from '../records/must';

export interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  /** The paragraph style linked to this level (Heading 1 → level 0 in numbered headings). */
  readonly pStyle: string | null;
  /** All levels shown as decimals (Word's "legal" numbering). */
  readonly legal: boolean;
}

interface Abstract {
  readonly id: string;
  readonly levels: Map<number, Level>;
  readonly styleLink: string | null;
}

interface Instance {
  readonly abstractId: string;
  readonly starts: Map<number, number>;
  readonly levels: Map<number, Level>;
}

export interface NumberLabel {
  readonly label: string;
  readonly level: Level;
  readonly ilvl: number;
  /** The counter's value at this level (a list's start). */
  readonly value: number;
  /** "%1.%2"-like: more than one level's number in the label (a section paragraph number). */
  readonly multiLevel: boolean;
  readonly bullet: boolean;
  /** Which list this is (paragraphs of one abstract definition count together). */
  readonly listKey: string;
}

const intAttr = (el: XmlElement | undefined, name = 'w:val'): number | null => {
  const v = attr(el, name);
  return v !== undefined && /^-?\d{1,6}$/.test(v) ? Number(v) : null;
};

function readLevel(lvl: XmlElement): [number, Level] | null {
  const ilvl = intAttr(lvl, 'w:ilvl');
  if (ilvl === null || ilvl < 0 || ilvl > 8) return null;
  return [
    ilvl,
    {
      format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
      text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
      start: intAttr(child(lvl, 'w:start')) ?? 1,
      pStyle: attr(child(lvl, 'w:pStyle'), 'w:val') ?? null,
      legal: child(lvl, 'w:isLgl') !== undefined,
    },
  ];
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
function roman(n: number): string {
  let out = '';
  let k = Math.max(1, Math.min(n, 3999));
  for (const [v, s] of ROMAN)
    while (k >= v) {
      out += s;
      k -= v;
    }
  return out;
}
function letters(n: number): string {
  // Word's lowerLetter: a … z, aa, bb … (the letter repeated)
  const k = Math.max(1, n);
  return String.fromCharCode(97 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

export class Numbering {
  private readonly abstracts = new Map<string, Abstract>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(
    root: XmlElement | null,
    private readonly styles: StyleSheet,
  ) {
    if (!root) return;
    for (const a of children(root, 'w:abstractNum')) {
      const id = attr(a, 'w:abstractNumId') ?? '';
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        const r = readLevel(l);
        if (r) levels.set(r[0], r[1]);
      }
      this.abstracts.set(id, { id, levels, styleLink: attr(child(a, 'w:numStyleLink'), 'w:val') ?? null });
    }
    for (const n of children(root, 'w:num')) {
      const id = attr(n, 'w:numId') ?? '';
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const o of children(n, 'w:lvlOverride')) {
        const ilvl = intAttr(o, 'w:ilvl');
        if (ilvl === null || ilvl < 0 || ilvl > 8) continue;
        const s = intAttr(child(o, 'w:startOverride'));
        if (s !== null) starts.set(ilvl, s);
        const l = child(o, 'w:lvl');
        const r = l ? readLevel(l) : null;
        if (r) levels.set(ilvl, r[1]);
      }
      this.instances.set(id, { abstractId: attr(child(n, 'w:abstractNumId'), 'w:val') ?? '', starts, levels });
    }
  }

  /** The abstract definition behind a num, following numStyleLink through a numbering style once or twice. */
  private abstractOf(numId: string): Abstract | null {
    let abs = this.abstracts.get(this.instances.get(numId)?.abstractId ?? '') ?? null;
    for (let guard = 0; abs && abs.levels.size === 0 && abs.styleLink && guard < 3; guard++) {
      const linkedNum = this.styles.numberingStyleNum.get(abs.styleLink);
      abs = linkedNum ? (this.abstracts.get(this.instances.get(linkedNum)?.abstractId ?? '') ?? null) : null;
    }
    return abs;
  }

  private levelOf(numId: string, ilvl: number): Level | null {
    return this.instances.get(numId)?.levels.get(ilvl) ?? this.abstractOf(numId)?.levels.get(ilvl) ?? null;
  }

  /** The level a style is linked to in this list (Heading 2 → level 1), for numbering that comes from a style. */
  levelForStyle(numId: string, styleId: string): number | null {
    const abs = this.abstractOf(numId);
    if (!abs) return null;
    for (const [ilvl, l] of abs.levels) if (l.pStyle === styleId) return ilvl;
    return null;
  }

  /** Counts one paragraph of list `numId` at level `ilvl` and returns its label; null when not numbered. */
  next(numId: string, ilvl: number): NumberLabel | null {
    if (numId === '0' || !this.instances.has(numId)) return null;
    const level = this.levelOf(numId, ilvl);
    if (!level) return null;
    const abs = this.abstractOf(numId);
    const key = abs?.id ?? `num:${numId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const inst = must(this.instances.get(numId), 'this.instances.get(numId)');
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // A startOverride restarts the list where this instance is first used.
      for (const [l, s] of inst.starts) counts[l] = s - 1;
      if (inst.starts.size && ilvl < 9) for (let d = ilvl + 1; d < 9; d++) if (!inst.starts.has(d)) counts[d] = undefined;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    for (let d = ilvl + 1; d < 9; d++) counts[d] = undefined;
    const value = counts[ilvl];
    const places = [...level.text.matchAll(/%(\d)/g)].map((m) => Number(m[1]) - 1);
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = this.levelOf(numId, l);
      const n = counts[l] ?? lv?.start ?? 1;
      return formatNumber(n, level.legal || !lv ? 'decimal' : lv.format);
    });
    return { label, level, ilvl, value, multiLevel: new Set(places).size > 1, bullet: level.format === 'bullet', listKey: key };
  }
}
