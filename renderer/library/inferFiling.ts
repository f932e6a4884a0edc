// Files what names no meeting of its own by inference: a report or appendix whose "To:" line,
// title or bookmark in a pack matches a meeting's agenda item goes under that meeting and item,
// marked as inferred; minutes are also linked to the meeting whose papers they came with.
import { currentItemAt, documentTitle, findDates, matchTitle, normaliseTitle } from '../../shared/agenda';
import { meaningfulMetadataTitle } from '../../shared/agenda/documentTitle';
import { inTransaction } from '../db/transaction';
import type { AgendaEntry, DocumentStructure, Meeting, StoredDocument } from '../db/types';
import { listMeetings, sameText } from '../meetings/meetingsData';
import { allPageTexts, pageLines } from '../meetings/pageTextsData';
import { structuresOf } from '../meetings/structuresData';
import { listDocuments, setAlsoFor, setContentTitle, setInferredFiling } from './libraryData';
import { currentVersions } from './versions';

/** How closely titles must agree to file a document under an item. */
const TITLE_MATCH = 0.85;
/** A bookmark must name the document almost exactly (it is often the file's own name). */
const BOOKMARK_MATCH = 0.9;

interface Known {
  document: StoredDocument;
  structure: DocumentStructure;
}

export interface Placement {
  meetingId: string;
  item?: string;
  reason: string;
  score: number;
}

/** The titles a document goes by: its own heading, its meaningful metadata title, its file name. */
function namesOf({ document, structure }: Known): string[] {
  return [structure.reportTitle, meaningfulMetadataTitle(document.metadataTitle), document.fileName].filter((t): t is string => Boolean(t));
}

/** The top-level item a (sub-)item belongs to: "4" for "4a(i)" or for an appendix under item 4. */
function topNumber(items: readonly AgendaEntry[], item: AgendaEntry | undefined): string | undefined {
  let number = item?.parent ?? item?.number;
  for (let depth = 0; number && depth < 4; depth++) {
    const parent = items.find((it) => it.number === number)?.parent;
    if (!parent) break;
    number = parent;
  }
  return number || undefined;
}

/** Where a report or appendix belongs among the agendas of the library, if anywhere. */
export function placeDocument(subject: Known, packs: readonly Known[], namedMeeting: Meeting | undefined): Placement | undefined {
  const names = namesOf(subject);
  let best: Placement | undefined;
  const consider = (placement: Placement) => {
    if (!best || placement.score > best.score) best = placement;
  };
  for (const pack of packs) {
    const meetingId = pack.document.meetingId;
    if (!meetingId || pack.document.id === subject.document.id) continue;
    if (namedMeeting && meetingId !== namedMeeting.id) continue;
    const reference = subject.structure.reportReference;
    for (const item of pack.structure.items) {
      if (!item.number || item.parent) continue;
      // The same decision number ("24/00019") names the same business, however the titles are worded.
      if (reference && item.reference === reference) consider({ meetingId, item: item.number, reason: `its decision number ${reference} is that of item ${item.number} of the agenda`, score: 1.02 });
      const score = Math.max(...names.map((name) => matchTitle(name, item.title)));
      if (score >= TITLE_MATCH) consider({ meetingId, item: item.number, reason: `its title matches item ${item.number} of the agenda`, score });
    }
    for (const mark of pack.structure.bookmarks ?? []) {
      if (mark.pdfPage === undefined || normaliseTitle(mark.title).length < 2) continue;
      const score = Math.max(...names.map((name) => matchTitle(name, mark.title)));
      if (score < BOOKMARK_MATCH) continue;
      const item = topNumber(pack.structure.items, currentItemAt(pack.structure.items, mark.pdfPage));
      // A bookmark inside an item's pages is a stronger sign than a title alone.
      consider({ meetingId, item, reason: item ? `it is in “${pack.document.title}” under item ${item}` : `it is in “${pack.document.title}”`, score: score + 0.05 });
    }
  }
  if (!best && namedMeeting) return { meetingId: namedMeeting.id, reason: 'its “To:” line names this meeting', score: 1 };
  if (best && namedMeeting) best.reason = `its “To:” line names this meeting and ${best.reason}`;
  return best;
}

/** The meeting whose papers include these minutes: a later meeting of the same committee with a "Minutes" item (of this date, if it says). */
export function minutesCameWith(minutes: Known, packs: readonly Known[], meetings: readonly Meeting[]): { meetingId: string; item?: string } | undefined {
  const { committee, date } = minutes.structure;
  if (!committee || !date) return undefined;
  const later = meetings.filter((m) => sameText(m.committee, committee) && m.date > date).sort((a, b) => a.date.localeCompare(b.date));
  let fallback: { meetingId: string; item?: string } | undefined;
  for (const meeting of later) {
    for (const pack of packs.filter((p) => p.document.meetingId === meeting.id)) {
      for (const item of pack.structure.items) {
        if (!/\bminutes\b/i.test(item.title)) continue;
        const dates = findDates(item.title).map((d) => d.iso);
        if (dates.includes(date)) return { meetingId: meeting.id, item: item.number || undefined };
        if (dates.length === 0) fallback ??= { meetingId: meeting.id, item: item.number || undefined };
      }
    }
  }
  return fallback;
}

/** A line long and particular enough to recognise a page by. */
const fingerprint = (line: string) => line.toLowerCase().replace(/\s+/g, ' ').trim();
const distinctive = (line: string) => line.length >= 30 && !/^page \d+$/.test(line) && /[a-z]{4}/.test(line);

/** Each pack's lines, by the first PDF page they are on; packs do not change once read. */
const packLines = new Map<string, Map<string, number>>();

async function linesOfPack(hash: string): Promise<Map<string, number>> {
  const known = packLines.get(hash);
  if (known) return known;
  const map = new Map<string, number>();
  for (const { page, lines } of await allPageTexts(hash)) {
    for (const line of lines) {
      const key = fingerprint(line);
      if (distinctive(key) && !map.has(key)) map.set(key, page);
    }
  }
  packLines.set(hash, map);
  return map;
}

/** Each paper's first distinctive lines, by hash: a file's text does not change once read. */
const openingPrints = new Map<string, string[]>();

async function printsOf(hash: string): Promise<string[]> {
  const known = openingPrints.get(hash);
  if (known) return known;
  const opening = (await pageLines(hash, 1, 2)).flatMap((page) => page.lines).map(fingerprint).filter(distinctive);
  const prints = [...new Set(opening)].slice(0, 8);
  // Not read yet (no lines): asked again next time rather than remembered as nothing.
  if (opening.length > 0) openingPrints.set(hash, prints);
  return prints;
}

/**
 * An appendix or report whose opening text is printed inside a pack: filed under the item whose
 * pages hold it. Three of its first distinctive lines on one page of the pack are needed.
 */
export async function placeByText(subject: Known, packs: readonly Known[]): Promise<Placement | undefined> {
  const prints = await printsOf(subject.document.hash);
  if (prints.length < 3) return undefined;
  for (const pack of packs) {
    const meetingId = pack.document.meetingId;
    if (!meetingId || pack.document.id === subject.document.id || !pack.structure.items.some((item) => item.pdfFrom !== undefined)) continue;
    const lines = await linesOfPack(pack.document.hash);
    const pages = new Map<number, number>();
    for (const print of prints) {
      const page = lines.get(print);
      if (page !== undefined) pages.set(page, (pages.get(page) ?? 0) + 1);
    }
    const [page, hits] = [...pages.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
    if (hits < 3) continue;
    const item = topNumber(pack.structure.items, currentItemAt(pack.structure.items, page));
    return { meetingId, item, reason: `its text is printed in “${pack.document.title}”${item ? ` under item ${item}` : ''}`, score: 1 };
  }
  return undefined;
}

async function everything(): Promise<{ known: Known[]; meetings: Meeting[] }> {
  const [documents, meetings] = await Promise.all([listDocuments(), listMeetings()]);
  const current = currentVersions(documents);
  const structures = await structuresOf(current.map((d) => d.hash));
  const known = current.flatMap((document, i) => {
    const structure = structures[i];
    return structure ? [{ document, structure }] : [];
  });
  return { known, meetings };
}

/** The title a document's content gives it (see shared/agenda/documentTitle). */
export function contentTitle({ document, structure }: Known): string {
  return documentTitle({
    kind: structure.kind,
    // Structures read before roles were kept: stamped pages make a pack.
    role: structure.role ?? (structure.kind === 'agenda' && structure.numbering === 'stamps' && structure.pageLabels.some((label) => label !== null) ? 'pack' : undefined),
    committee: structure.committee,
    date: structure.date,
    reportTitle: structure.reportTitle,
    itemNumbers: structure.items.filter((item) => item.number && !item.parent).map((item) => item.number),
    metadataTitle: document.metadataTitle,
    fileName: document.fileName,
  });
}

/**
 * Whether the pack just read could change where `subject` belongs: it matches one of the
 * pack's items or bookmarks, prints its text, records minutes the pack lists, or is the
 * meeting the subject's "To:" line names. Placement is the best match over all packs, so
 * a subject the new pack does not match keeps what the other packs gave it.
 */
async function touchedBy(subject: Known, pack: Known, meetings: readonly Meeting[]): Promise<boolean> {
  const { structure } = subject;
  if (structure.kind === 'agenda') return false;
  if (structure.kind === 'minutes') return minutesCameWith(subject, [pack], meetings) !== undefined;
  const meeting = meetings.find((m) => m.id === pack.document.meetingId);
  if (meeting && structure.committee && structure.date === meeting.date && sameText(structure.committee, meeting.committee)) return true;
  if (placeDocument(subject, [pack], undefined)) return true;
  return !subject.document.filing?.item && (await placeByText(subject, [pack])) !== undefined;
}

/**
 * Names documents by their content and files what can be inferred. Run after each reading
 * with the document read (`changedId`): a report read before its meeting's agenda is filed
 * once the agenda arrives. Only what that reading can change is looked at again, so a
 * library of hundreds of papers is not re-matched in full after every one; without
 * `changedId`, everything is. The user's own filing and what a front sheet or minutes say
 * of themselves are never overridden.
 */
export async function inferFilings(changedId?: string): Promise<void> {
  const { known, meetings } = await everything();
  const packs = known.filter((k) => k.structure.kind === 'agenda' && k.structure.items.length > 0);
  let subjects = known;
  if (changedId !== undefined) {
    const changed = known.find((k) => k.document.id === changedId);
    // An older version, or one not read: nothing it says is used.
    if (!changed) return;
    subjects = [changed];
    if (packs.includes(changed)) {
      for (const subject of known) if (subject !== changed && subject.document.filing?.inferred !== false && (await touchedBy(subject, changed, meetings))) subjects.push(subject);
    }
  }
  for (const subject of subjects) {
    const { document, structure } = subject;
    if (document.titleSource !== 'user') {
      const title = contentTitle(subject);
      if (title !== document.title) await setContentTitle(document.id, title);
    }
    if (document.filing?.inferred === false) continue;
    if (structure.kind === 'minutes') {
      const cameWith = minutesCameWith(subject, packs, meetings);
      if (cameWith && cameWith.meetingId !== document.meetingId && (document.alsoFor?.meetingId !== cameWith.meetingId || document.alsoFor.item !== cameWith.item)) {
        await setAlsoFor(document.id, cameWith);
      }
      continue;
    }
    if (structure.kind === 'agenda') continue;
    const { committee, date } = structure;
    const named = committee && date ? meetings.find((m) => m.date === date && sameText(m.committee, committee)) : undefined;
    let placement = placeDocument(subject, packs, named);
    // Its pages in a pack say which item it is, when neither its title nor a bookmark did.
    if (!placement?.item && !document.filing?.item) {
      const byText = await placeByText(subject, named ? packs.filter((pack) => pack.document.meetingId === named.id) : packs);
      if (byText) placement = named && !placement ? { ...byText, reason: `its “To:” line names this meeting and ${byText.reason}` } : byText;
    }
    if (!placement) continue;
    const filing = { inferred: true, ...(placement.item ? { item: placement.item } : {}), reason: placement.reason };
    if (document.meetingId === placement.meetingId && document.filing?.item === filing.item && document.filing?.reason === filing.reason) continue;
    await inTransaction(['documents'], () => setInferredFiling(document.versionGroup, placement.meetingId, filing));
  }
}
