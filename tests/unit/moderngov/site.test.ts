// Addresses: what the user types becomes the site's base; requests carry dd/mm/yyyy dates.
import { describe, expect, it } from 'vitest';
import { meetingsUrl, meetingWindow, onSite, resolveOnSite, siteBase, toServiceDate, fromServiceDate } from '../../../shared/moderngov';

describe('siteBase', () => {
  it.each([
    ['democracy.manchester.gov.uk', 'https://democracy.manchester.gov.uk'],
    ['https://democracy.manchester.gov.uk/', 'https://democracy.manchester.gov.uk'],
    ['https://democracy.manchester.gov.uk/mgCommitteeDetails.aspx?ID=144', 'https://democracy.manchester.gov.uk'],
    ['https://www.council.gov.uk/moderngov/ieListDocuments.aspx?CId=1&MId=2', 'https://www.council.gov.uk/moderngov'],
    ['http://democracy.example.gov.uk', 'https://democracy.example.gov.uk'],
    ['http://127.0.0.1:8123/council/', 'http://127.0.0.1:8123/council'],
  ])('%s -> %s', (input, base) => {
    expect(siteBase(input)).toEqual({ ok: true, base });
  });

  it('says what is wrong with an address it cannot use', () => {
    expect(siteBase('')).toMatchObject({ ok: false, message: expect.stringMatching(/Type the address/) });
    expect(siteBase('ftp://council.gov.uk')).toMatchObject({ ok: false, message: expect.stringMatching(/not a web address/) });
    expect(siteBase('https://user:pw@council.gov.uk')).toMatchObject({ ok: false });
  });
});

describe('requests', () => {
  it('never sends an ISO date: the window goes as dd/mm/yyyy', () => {
    const url = meetingsUrl('https://democracy.manchester.gov.uk', 144, '2026-01-13', '2026-04-21');
    expect(url).toBe('https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=13%2F01%2F2026&sToDate=21%2F04%2F2026');
    expect(decodeURIComponent(url)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(() => toServiceDate('13/01/2026')).toThrow(/Not an ISO date/);
  });

  it('reads dates back and rejects what is not dd/mm/yyyy', () => {
    expect(fromServiceDate('10/02/2026')).toBe('2026-02-10');
    expect(fromServiceDate(' 1/2/2026 ')).toBe('2026-02-01');
    expect(fromServiceDate('2026-02-10')).toBe('');
    expect(fromServiceDate('')).toBe('');
  });

  it('looks 4 weeks back and 10 ahead by default', () => {
    expect(meetingWindow(Date.UTC(2026, 1, 10, 12), 4, 10)).toEqual({ from: '2026-01-13', to: '2026-04-21' });
  });

  it('keeps links on the site, upgrading http links of the same host', () => {
    const base = 'https://democracy.manchester.gov.uk';
    expect(resolveOnSite('http://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=1', base)).toBe('https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=1');
    expect(resolveOnSite('documents/g1/x.pdf', base)).toBe('https://democracy.manchester.gov.uk/documents/g1/x.pdf');
    expect(resolveOnSite('https://evil.example/x.pdf', base)).toBeNull();
    expect(onSite('https://democracy.manchester.gov.uk.evil.example/', base)).toBe(false);
  });
});
