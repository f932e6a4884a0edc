// Parses the three web-service answers the app uses (GetCommittees, GetMeetings,
// GetMeeting) into plain records, as the real service shapes them (see
// tests/fixtures/moderngov): padded counts, empty elements, titles encoded twice.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromServiceDate } from './dates';
import { cleanText, isTrue, parseCount } from './text';

export interface Committee {
  id: number;
  title: string;
  category: string;
  /** The committee no longer meets (ModernGov keeps it listed). */
  expired: boolean;
}

export interface MeetingSummary {
  id: number;
  committeeId: number;
  committeeTitle: string;
  /** ISO yyyy-mm-dd. */
  date: string;
  time: string;
  cancelled: boolean;
}

export interface LinkedDocument {
  attachmentId: number;
  title: string;
  url: string;
  restricted: boolean;
  /** ISO date, or '' when not given. */
  published: string;
}

export interface ServiceAgendaItem {
  id: number;
  /** As the agenda prints it: "1", "6a". */
  number: string;
  title: string;
  restricted: boolean;
  documents: LinkedDocument[];
}

export interface MeetingDetail {
  id: number;
  date: string;
  time: string;
  venue: string;
  cancelled: boolean;
  agendaPublished: boolean;
  items: ServiceAgendaItem[];
}

/** The answer was not the XML expected; `what` says what came back, for the user. */
export class UnexpectedAnswer extends Error {
  constructor(
    readonly what: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnexpectedAnswer';
  }
}

// Elements that repeat, by path: one record must still be a list (a lone <meeting> in
// GetMeetings), while GetMeeting's root <meeting> is one record.
const LISTS = new Set([
  'committees.committee',
  'getmeetings.committee',
  'getmeetings.committee.committeemeetings.meeting',
  'meeting.agendaitems.agendaitem',
  'meeting.agendaitems.agendaitem.linkeddocuments.linkeddoc',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, path) => LISTS.has(String(path)),
});

type Node = Record<string, unknown>;

const asNode = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});
const listOf = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode) : []);

/** What a non-XML answer looks like, in a few words (an HTML page's title, or its start). */
export function describeAnswer(text: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
  if (title && cleanText(title)) return `a web page titled “${cleanText(title).slice(0, 80)}”`;
  if (/<html|<!doctype html/i.test(text.slice(0, 2000))) return 'a web page';
  const start = cleanText(text).slice(0, 60);
  return start ? `“${start}${text.length > 60 ? '…' : ''}”` : 'an empty answer';
}

function parseRoot(text: string, root: string, operation: string): Node {
  const valid = text.trim().startsWith('<') && XMLValidator.validate(text) === true;
  const parsed = valid ? asNode(parser.parse(text)) : {};
  if (!(root in parsed)) {
    const what = describeAnswer(text);
    throw new UnexpectedAnswer(what, `${operation} did not answer as a ModernGov site does: it sent ${what}.`);
  }
  return asNode(parsed[root]);
}

const id = (value: unknown): number => {
  const n = parseCount(value);
  return n ?? NaN;
};

export function parseCommittees(text: string): Committee[] {
  const root = parseRoot(text, 'committees', 'GetCommittees');
  return listOf(root.committee)
    .map((node) => ({
      id: id(node.committeeid),
      title: cleanText(node.committeetitle),
      category: cleanText(node.committeecategory),
      expired: isTrue(node.committeeexpired),
      deleted: isTrue(node.committeedeleted),
    }))
    .filter((committee) => Number.isFinite(committee.id) && committee.title && !committee.deleted)
    .map(({ deleted: _deleted, ...committee }) => committee);
}

export function parseMeetings(text: string): MeetingSummary[] {
  const root = parseRoot(text, 'getmeetings', 'GetMeetings');
  return listOf(root.committee).flatMap((committee) =>
    listOf(asNode(committee.committeemeetings).meeting).map((node) => ({
      id: id(node.meetingid),
      committeeId: id(committee.committeeid),
      committeeTitle: cleanText(committee.committeetitle),
      date: fromServiceDate(cleanText(node.meetingdate)),
      time: cleanText(node.meetingtime),
      cancelled: cleanText(node.meetingstatus).toLowerCase() === 'cancelled',
    })).filter((meeting) => Number.isFinite(meeting.id) && meeting.date),
  );
}

function parseLinkedDocument(node: Node): LinkedDocument | null {
  const attachmentId = id(node.attachmentid);
  const url = cleanText(node.url);
  if (!Number.isFinite(attachmentId) || !url || isTrue(node.isurl)) return null;
  return {
    attachmentId,
    title: cleanText(node.title),
    url,
    restricted: isTrue(node.isrestricted),
    published: fromServiceDate(cleanText(node.publicationdate)),
  };
}

/** "1." and "6a." print as 1 and 6a; when blank, the item's own number. */
function itemNumber(node: Node): string {
  const display = cleanText(node.fulldisplaynumberformat).replace(/[.\s]+$/, '');
  if (display) return display;
  return `${cleanText(node.agendaitemnumber)}${cleanText(node.agendaitemsubnumber)}`;
}

export function parseMeeting(text: string): MeetingDetail {
  const root = parseRoot(text, 'meeting', 'GetMeeting');
  return {
    id: id(root.meetingid),
    date: fromServiceDate(cleanText(root.meetingdate)),
    time: cleanText(root.meetingtime),
    venue: cleanText(root.meetinglocation),
    cancelled: cleanText(root.meetingstatus).toLowerCase() === 'cancelled',
    agendaPublished: isTrue(root.agendapublished),
    items: listOf(asNode(root.agendaitems).agendaitem).map((node) => ({
      id: id(node.agendaitemid),
      number: itemNumber(node),
      title: cleanText(node.agendaitemtitle),
      restricted: isTrue(node.isrestricted),
      documents: listOf(asNode(node.linkeddocuments).linkeddoc)
        .map(parseLinkedDocument)
        .filter((doc): doc is LinkedDocument => doc !== null),
    })),
  };
}
