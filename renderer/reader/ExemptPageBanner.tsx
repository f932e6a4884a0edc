// Says so above the pages while the page in view is exempt (a Part 2 item or a document the
// user marked exempt), so the user knows not to quote it in public.
import './exempt.css';
import { isPageExempt } from '../../shared/exempt';
import { useExemptScope } from '../library/exemptScope';
import { useReader } from './readerStore';

export function ExemptPageBanner({ documentId }: { documentId: string }) {
  const page = useReader((state) => state.page);
  const scope = useExemptScope();
  const exempt = scope ? isPageExempt(scope, documentId, page) : false;
  return (
    <div role="status" className="exempt-page-banner-holder">
      {exempt && (
        <p className="exempt-page-banner">
          <span className="exempt-badge">Exempt</span> This page is exempt information under Schedule 12A: not for publication.
        </p>
      )}
    </div>
  );
}
