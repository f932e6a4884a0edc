// The meeting page's links to the combined documents, in the markup ModernGov sites use
// (names as on Kent's site for 9 January 2025; see tests/fixtures/real).
import { describe, expect, it } from 'vitest';
import { classifyPackDocument, documentName, looksLikeChallenge, parsePackLinks } from '../../../shared/moderngov';

const base = 'https://democracy.kent.gov.uk';

const page = `<!DOCTYPE html><html><head><title>Agenda for County Council on Thursday, 9th January, 2025, 10.00 am</title></head><body>
<div class="mgContent">
<ul class="mgActionList">
 <li><a  href="documents/g9810/Agenda%20frontsheet%2009th-Jan-2025%2010.00%20County%20Council.pdf?T=0"  title="Link to document &#39;Agenda frontsheet 09th-Jan-2025 10.00 County Council&#39;"  class="mgIconLink pdf">Agenda frontsheet 09th-Jan-2025 10.00 County Council<span class="mgHide">&nbsp;PDF 142 KB</span></a></li>
 <li><a  href="documents/g9810/Public%20reports%20pack%2009th-Jan-2025%2010.00%20County%20Council.pdf?T=10"  title="Link to document &#39;Public reports pack&#39;"  class="mgIconLink pdf">Public reports pack 09th-Jan-2025 10.00 County Council<span class="mgHide">&nbsp;PDF 2 MB</span></a></li>
 <li><a  href="http://democracy.kent.gov.uk/documents/g9810/Item%203%20Supplement%20-%20English%20Devolution%20White%20Paper%20report%2009th-Jan-2025%2010.00%20County%20Council.pdf?T=9"  class="mgIconLink pdf">Item 3 Supplement - English Devolution White Paper report 09th-Jan-2025 10.00 County Council<span class="mgHide">&nbsp;PDF 589 KB</span></a></li>
 <li><a  href="documents/g9810/Agenda%20Update%20Sheet%2009th-Jan-2025.pdf?T=9" class="mgIconLink pdf">Agenda Update Sheet 09th-Jan-2025 10.00 County Council</a></li>
 <li><a  href="documents/g9810/Printed%20minutes%2009th-Jan-2025%2010.00%20County%20Council.pdf?T=1" class="mgIconLink pdf">Printed minutes 09th-Jan-2025 10.00 County Council<span class="mgHide">&nbsp;PDF 109 KB</span></a></li>
 <li><a  href="documents/g9810/Public%20reports%20pack%2009th-Jan-2025%2010.00%20County%20Council.pdf?T=10">Public reports pack (again)</a></li>
</ul>
<ul><li><a href="documents/s130000/Devolution%20White%20Paper.pdf">Devolution White Paper - County Council Report - FINAL <span class="mgHide">PDF 120 KB</span></a></li>
<li><a href="https://other.example/documents/g9810/Addendum.pdf">Addendum</a></li>
<li><a href="mgIssueHistoryHome.aspx?IId=1">Issue history</a></li></ul>
</div></body></html>`;

describe('parsePackLinks', () => {
  it('finds the front sheet, reports pack, supplements and minutes once each, titled by what they are', () => {
    const links = parsePackLinks(page, base, 9810);
    expect(links.map(({ kind, title }) => [kind, title])).toEqual([
      ['frontsheet', 'Agenda frontsheet'],
      ['pack', 'Public reports pack'],
      ['supplement', 'Item 3 Supplement - English Devolution White Paper report'],
      ['supplement', 'Agenda Update Sheet'],
      ['minutes', 'Printed minutes'],
    ]);
    expect(links[0]!.url).toBe('https://democracy.kent.gov.uk/documents/g9810/Agenda%20frontsheet%2009th-Jan-2025%2010.00%20County%20Council.pdf?T=0');
    // An http link on the same host is fetched over the site's https.
    expect(links[2]!.url.startsWith('https://democracy.kent.gov.uk/documents/g9810/')).toBe(true);
  });

  it('ignores another meeting’s documents and other sites', () => {
    expect(parsePackLinks(page, base, 1234)).toEqual([]);
  });
});

describe('naming', () => {
  it.each([
    ['Public reports pack 10th-Feb-2026 10.00 Audit Committee PDF 2 MB', 'Public reports pack', 'pack'],
    ['Agenda reports pack 1st-Mar-2024 7.00 pm Cabinet', 'Agenda reports pack', 'pack'],
    ['Supplementary Agenda 12th-Mar-2024 Cabinet', 'Supplementary Agenda', 'supplement'],
    ['Addendum', 'Addendum', 'supplement'],
    ['Late Items 5th-May-2023', 'Late Items', 'supplement'],
    ['Agenda frontsheet 09th-Jan-2025 10.00 County Council PDF 142 KB', 'Agenda frontsheet', 'frontsheet'],
  ])('%s', (text, name, kind) => {
    expect(documentName(text)).toBe(name);
    expect(classifyPackDocument(name)).toBe(kind);
  });
});

describe('looksLikeChallenge', () => {
  it('recognises firewall challenge pages but not a meeting page', () => {
    expect(looksLikeChallenge('<html><head><title>Just a moment...</title></head><body><div id="cf-chl-widget"></div></body></html>')).toBe(true);
    expect(looksLikeChallenge('<html><title>Request Rejected</title><body>Request unsuccessful. Incapsula incident ID</body></html>')).toBe(true);
    expect(looksLikeChallenge(page)).toBe(false);
  });
});
