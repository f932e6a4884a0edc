// A badge on each drawn page whose text changed between versions, in the overlay the annotations use.
import { createPortal } from 'react-dom';
import { usePageHosts } from '../annotations/usePageHosts';
import type { ViewerHandle } from '../reader/PdfView';

export function ChangedPageBadges({ handle, pages, label }: { handle: ViewerHandle | null; pages: readonly number[]; label: string }) {
  const hosts = usePageHosts(handle);
  const changed = new Set(pages);
  return (
    <>
      {[...hosts.values()]
        .filter((host) => changed.has(host.page))
        .map((host) =>
          createPortal(
            <span className="changed-badge" role="note" aria-label={`Page ${host.page}: ${label}`}>
              {label}
            </span>,
            host.element,
            `changed-${host.page}`,
          ),
        )}
    </>
  );
}
