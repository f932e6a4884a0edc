// Annotation colours: '#rrggbb' in the model, 0..1 RGB components in PDF dictionaries and content streams.

export type Rgb = [r: number, g: number, b: number];

/** The default highlighter yellow, used when a stored colour cannot be read. */
export const DEFAULT_COLOUR = '#ffd400';

/** '#rrggbb' or '#rgb' → 0..1 components; anything else gives the default yellow rather than failing an export. */
export function hexToRgb(hex: string): Rgb {
  let h = hex.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(h)) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) h = DEFAULT_COLOUR.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
}

/** 0..1 components (PDF) or 0..255 (pdf.js annotation data) → '#rrggbb'. */
export function rgbToHex(components: ArrayLike<number>, scale: 1 | 255 = 1): string {
  const byte = (i: number) => {
    const v = Math.round(((components[i] ?? 0) * 255) / scale);
    return Math.max(0, Math.min(255, v)).toString(16).padStart(2, '0');
  };
  return `#${byte(0)}${byte(1)}${byte(2)}`;
}

/** Content-stream operands for a colour, numbers kept short. */
export const pdfColour = (rgb: Rgb): string => rgb.map(num).join(' ');

/** A number as a content stream wants it: no exponent, at most 3 decimals. */
export function num(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
