// The sample case study's chart, drawn pixel by pixel and encoded as a PNG (png.ts, fast-png): a real image
// for the sample to show how one sits in a paper and in Word, with no binary file to keep in step.
// A 5 × 7 bitmap font holds only the characters the chart prints.
import type { ImageNode } from '../richtext/model';
import { encodeBase64 } from '../richtext/base64';
import { encodePng } from './png';
import { must } from '../records/must';

const GLYPHS: Readonly<Record<string, string>> = {
  '0': '.###. #...# #..## #.#.# ##..# #...# .###.',
  '1': '..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.',
  '2': '.###. #...# ....# ...#. ..#.. .#... #####',
  '3': '##### ...#. ..#.. ...#. ....# #...# .###.',
  '4': '...#. ..##. .#.#. #..#. ##### ...#. ...#.',
  '5': '##### #.... ####. ....# ....# #...# .###.',
  '6': '..##. .#... #.... ####. #...# #...# .###.',
  '7': '##### ....# ...#. ..#.. .#... .#... .#...',
  '8': '.###. #...# #...# .###. #...# #...# .###.',
  '9': '.###. #...# #...# .#### ....# ...#. .##..',
  '%': '##... ##..# ...#. ..#.. .#... #..## ...##',
  ' ': '..... ..... ..... ..... ..... ..... .....',
  V: '#...# #...# #...# #...# #...# .#.#. ..#..',
  S: '.#### #.... #.... .###. ....# ....# ####.',
  B: '####. #...# #...# ####. #...# #...# ####.',
  a: '..... ..... .###. ....# .#### #...# .####',
  c: '..... ..... .###. #.... #.... #...# .###.',
  e: '..... ..... .###. #...# ##### #.... .###.',
  f: '..##. .#..# .#... ###.. .#... .#... .#...',
  g: '..... .#### #...# #...# .#### ....# .###.',
  i: '..#.. ..... .##.. ..#.. ..#.. ..#.. .###.',
  l: '.##.. ..#.. ..#.. ..#.. ..#.. ..#.. .###.',
  n: '..... ..... #.##. ##..# #...# #...# #...#',
  o: '..... ..... .###. #...# #...# #...# .###.',
  r: '..... ..... #.##. ##..# #.... #.... #....',
  s: '..... ..... .#### #.... .###. ....# ####.',
  u: '..... ..... #...# #...# #...# #..## .##.#',
  x: '..... ..... #...# .#.#. ..#.. .#.#. #...#',
  y: '..... #...# #...# #...# .#### ....# .###.',
};

const WHITE = 0;
const TEXT = 1;
const GRID = 2;
const BAR = 3;
const AXIS = 4;
const PALETTE = [0xffffff, 0x262626, 0xd9d9d9, 0x1f4e79, 0x595959];

const SCALE = 2;
const ADVANCE = 6 * SCALE;

class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height).fill(WHITE);
  }
  rect(x: number, y: number, w: number, h: number, colour: number): void {
    for (let yy = Math.max(0, y); yy < Math.min(this.height, y + h); yy++)
      this.pixels.fill(colour, yy * this.width + Math.max(0, x), yy * this.width + Math.min(this.width, x + w));
  }
  /** Text with its top-left corner at (x, y). */
  text(s: string, x: number, y: number): void {
    Array.from(s).forEach((ch, i) => {
      const rows = (GLYPHS[ch] ?? must(GLYPHS[' '], "GLYPHS[' ']")).split(' ');
      rows.forEach((row, r) => Array.from(row).forEach((bit, c) => bit === '#' && this.rect(x + i * ADVANCE + c * SCALE, y + r * SCALE, SCALE, SCALE, TEXT)));
    });
  }
  textWidth = (s: string) => s.length * ADVANCE - SCALE;
  centred(s: string, cx: number, y: number): void {
    this.text(s, Math.round(cx - this.textWidth(s) / 2), y);
  }
}

export interface BarChartData {
  readonly width: number;
  readonly height: number;
  /** Category label and value in per cent (0–100). */
  readonly bars: readonly (readonly [label: string, percent: number])[];
}

/** A percentage bar chart: gridlines every 25%, value labels over the bars, category labels under them. */
export function drawPercentBarChart({ width, height, bars }: BarChartData): Uint8Array {
  const c = new Canvas(width, height);
  const left = 70;
  const right = width - 20;
  const top = 40;
  const bottom = height - 50;
  const y = (percent: number) => Math.round(bottom - ((bottom - top) * percent) / 100);
  for (const p of [0, 25, 50, 75, 100]) {
    c.rect(left, y(p), right - left, 1, p === 0 ? AXIS : GRID);
    const label = `${p}%`;
    c.text(label, left - 10 - c.textWidth(label), y(p) - 7);
  }
  c.rect(left, top, 1, bottom - top + 1, AXIS);
  const slot = (right - left) / bars.length;
  const barWidth = Math.round(slot * 0.5);
  bars.forEach(([label, percent], i) => {
    const cx = left + slot * (i + 0.5);
    const x = Math.round(cx - barWidth / 2);
    c.rect(x, y(percent), barWidth, bottom - y(percent), BAR);
    c.centred(`${percent}%`, cx, y(percent) - 20);
    c.centred(label, cx, bottom + 14);
  });
  return encodePng({ width, height, palette: PALETTE, pixels: c.pixels });
}

const AUDIT: BarChartData = {
  width: 720,
  height: 320,
  bars: [
    ['Violence', 91],
    ['Sexual offences', 94],
    ['Burglary', 97],
  ],
};

/** The chart of the sample case study's audit results, as an image node. */
export function sampleAuditChart(): ImageNode {
  return {
    type: 'image',
    attrs: {
      src: `data:image/png;base64,${encodeBase64(drawPercentBarChart(AUDIT))}`,
      alt: 'Bar chart of the share of crime records found compliant in each audit: violence against the person 91%, sexual offences 94%, burglary 97%.',
      width: AUDIT.width,
      height: AUDIT.height,
      caption: 'Figure 1: Crime records compliant with NCRS, by audit (sample figures)',
    },
  };
}
