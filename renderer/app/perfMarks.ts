// Performance marks that `npm run bench` reads: "Open" pressed, first page painted.
export const OPEN_MARK = 'scrutineer:open';
export const FIRST_PAINT_MARK = 'scrutineer:first-page-painted';

export function markOpen() {
  performance.mark(OPEN_MARK);
}

export function markFirstPaint() {
  performance.mark(FIRST_PAINT_MARK);
  if (performance.getEntriesByName(OPEN_MARK).length > 0) {
    performance.measure('scrutineer:open-to-first-paint', OPEN_MARK, FIRST_PAINT_MARK);
  }
}
