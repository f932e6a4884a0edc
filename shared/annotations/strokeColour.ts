// Lines on a page (underline, strike-through, ink) must stand out against white paper and a
// dark page alike: at least 3:1 contrast with both. A colour outside that band (a pale yellow
// chosen for highlighting) is darkened or lightened until it is inside it, keeping its hue.

type Rgb = [number, number, number];

function parse(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = parseInt(match[1]!, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const toHex = (rgb: Rgb) => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const rgb = parse(hex) ?? [0, 0, 0];
  const [r, g, b] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// 3:1 against white needs luminance ≤ 0.30; against black, ≥ 0.10. Aim inside with a margin.
const MOST = 0.28;
const LEAST = 0.115;

/** The colour to draw a line in: the colour itself when it already reads on white and on black. */
export function strokeColour(hex: string): string {
  const rgb = parse(hex);
  if (!rgb) return hex;
  const start = luminance(hex);
  if (start >= LEAST && start <= MOST) return toHex(rgb);
  // Mix towards black (too light) or white (too dark) by the least amount that lands in the band.
  const towards: Rgb = start > MOST ? [0, 0, 0] : [255, 255, 255];
  const mix = (amount: number): Rgb => rgb.map((channel, index) => channel + (towards[index]! - channel) * amount) as Rgb;
  let low = 0;
  let high = 1;
  for (let step = 0; step < 24; step++) {
    const middle = (low + high) / 2;
    const value = luminance(toHex(mix(middle)));
    const inside = start > MOST ? value <= MOST : value >= LEAST;
    if (inside) high = middle;
    else low = middle;
  }
  return toHex(mix(high));
}
