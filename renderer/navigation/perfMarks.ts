// Performance marks that `npm run bench` reads: "Open" pressed, first page painted.
export const OPEN_MARK = 'scrutineer:open';
export const FIRST_PAINT_MARK = 'scrutineer:first-page-painted';

type Phase = 'opening' | 'painted';
const phaseListeners = new Set<(phase: Phase) => void>();

/** Told when a document starts opening and when its first page is painted: background work gives way in between. */
export function onOpenPhase(listener: (phase: Phase) => void): () => void {
  phaseListeners.add(listener);
  return () => phaseListeners.delete(listener);
}

export function markOpen() {
  performance.mark(OPEN_MARK);
  for (const listener of phaseListeners) listener('opening');
}

export function markFirstPaint() {
  performance.mark(FIRST_PAINT_MARK);
  for (const listener of phaseListeners) listener('painted');
  if (performance.getEntriesByName(OPEN_MARK).length > 0) {
    performance.measure('scrutineer:open-to-first-paint', OPEN_MARK, FIRST_PAINT_MARK);
  }
}
