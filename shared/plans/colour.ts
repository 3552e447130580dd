// WCAG 2.x contrast, used to prove every status key's text is readable on its shading.

const HEX = /^#[0-9a-fA-F]{6}$/;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

/** WCAG relative luminance of '#RRGGBB' (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  if (!isHexColour(hex)) throw new RangeError(`Not a #RRGGBB colour: ${hex}`);
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG AA for normal-size text, which is what table cells print. */
export const MIN_TEXT_CONTRAST = 4.5;

/** Black or white, whichever reads better on `fill`; for user-defined key colours. */
export function readableTextOn(fill: string): '#000000' | '#FFFFFF' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}
