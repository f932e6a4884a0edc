// The web service's answers, parsed from real Manchester responses (tests/fixtures/moderngov).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODERNGOV_DIR } from '../../fixtures/paths.mjs';
import { parseCommittees, parseMeeting, parseMeetings, UnexpectedAnswer } from '../../../shared/moderngov';

const fixture = (name: string) => readFileSync(`${MODERNGOV_DIR}${name}`, 'utf8');

describe('GetCommittees', () => {
  it('lists each committee with its id, title and whether it has expired', () => {
    expect(parseCommittees(fixture('committees.xml'))).toEqual([
      { id: 312, title: 'Appointment Sub Committee for Director of Adult Social Services', category: 'Governance and Decision Making Committees', expired: true },
      { id: 163, title: 'Art Galleries Committee', category: 'Governance and Decision Making Committees', expired: false },
      { id: 144, title: 'Audit Committee', category: 'Governance and Decision Making Committees', expired: false },
    ]);
  });

  it('decodes a title encoded twice and tolerates blank counts', () => {
    const xml = fixture('committees.xml')
      .replace('<committeescount> 3</committeescount>', '<committeescount>\n  </committeescount>')
      .replace('Art Galleries Committee', 'Health &amp;amp; Social Care Scrutiny');
    expect(parseCommittees(xml).map((c) => c.title)).toContain('Health & Social Care Scrutiny');
  });

  it('refuses an HTML page, saying what came back', () => {
    const page = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>checking</body></html>';
    expect(() => parseCommittees(page)).toThrow(UnexpectedAnswer);
    expect(() => parseCommittees(page)).toThrow(/web page titled “Just a moment...”/);
    expect(() => parseCommittees('')).toThrow(/an empty answer/);
  });
});

describe('GetMeetings', () => {
  it('reads dd/mm/yyyy dates as ISO and cancelled meetings as cancelled', () => {
    expect(parseMeetings(fixture('meetings.xml'))).toEqual([
      { id: 4966, committeeId: 144, committeeTitle: 'Audit Committee', date: '2026-01-13', time: '10.00 am', cancelled: true },
      { id: 4967, committeeId: 144, committeeTitle: 'Audit Committee', date: '2026-02-10', time: '10.00 am', cancelled: false },
    ]);
  });

  it('reads no meetings from a committee without any (empty element with whitespace)', () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?><getmeetings><meetingscount> 0</meetingscount><committee><committeeid>1</committeeid><committeetitle>X</committeetitle><committeemeetings>\n  </committeemeetings></committee></getmeetings>';
    expect(parseMeetings(xml)).toEqual([]);
  });
});

describe('GetMeeting', () => {
  it('reads venue, items with their printed numbers and the documents they link', () => {
    const meeting = parseMeeting(fixture('meeting_with_minutes.xml'));
    expect(meeting).toMatchObject({ id: 4967, date: '2026-02-10', time: '10.00 am', venue: 'Council Antechamber, Level 2, Town Hall Extension', cancelled: false, agendaPublished: true });
    expect(meeting.items.map((item) => [item.number, item.title, item.restricted])).toEqual([
      ['1', 'Minutes', false],
      ['9', 'Work Programme', false],
    ]);
    expect(meeting.items[0]!.documents).toEqual([
      { attachmentId: 60860, title: '6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025', url: 'https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860', restricted: false, published: '2026-02-02' },
    ]);
  });

  it('reads a cancelled meeting with no items', () => {
    const meeting = parseMeeting(fixture('meeting_no_minutes.xml'));
    expect(meeting).toMatchObject({ id: 4966, cancelled: true, agendaPublished: false, items: [] });
  });

  it('marks restricted items and documents', () => {
    const xml = fixture('meeting_with_minutes.xml').replace(
      '<agendaitemtitle>Work Programme</agendaitemtitle>',
      '<agendaitemtitle>Contract award &amp;amp; exempt appendix</agendaitemtitle>',
    ).replace(/(<attachmentid>60909<\/attachmentid>[\s\S]*?)<isrestricted>False<\/isrestricted>/, '$1<isrestricted>True</isrestricted>');
    const meeting = parseMeeting(xml);
    expect(meeting.items[1]!.title).toBe('Contract award & exempt appendix');
    expect(meeting.items[1]!.documents[0]!.restricted).toBe(true);
    expect(meeting.items[0]!.documents[0]!.restricted).toBe(false);
  });
});
