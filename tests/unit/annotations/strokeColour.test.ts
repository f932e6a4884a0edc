import { describe, expect, it } from 'vitest';
import { contrast, strokeColour } from '../../../shared/annotations/strokeColour';
import { DEFAULT_PALETTE } from '../../../renderer/annotations/palette';

describe('line colours on the page', () => {
  it('gives every palette colour at least 3:1 against white paper and a dark page', () => {
    for (const { colour } of DEFAULT_PALETTE) {
      const line = strokeColour(colour);
      expect(contrast(line, '#ffffff'), `${colour} → ${line} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(line, '#000000'), `${colour} → ${line} on black`).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps a colour that already reads on both, and the hue of one it changes', () => {
    expect(strokeColour('#1d70b8')).toBe('#1d70b8');
    const yellow = strokeColour('#ffd400');
    expect(yellow).not.toBe('#ffd400');
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(yellow.slice(at, at + 2), 16));
    expect(r).toBeGreaterThan(b!);
    expect(g).toBeGreaterThan(b!);
  });
});
