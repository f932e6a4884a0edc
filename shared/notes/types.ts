// A personal note: Markdown text, kept per meeting, per agenda item, or on its own.
import type { PassageLink } from '../questions/types';

/** A passage a note quotes; the note's Markdown links to it as `(passage:ID)`. */
export interface NotePassage extends PassageLink {
  id: string;
}

export interface Note {
  id: string;
  /** The meeting it is about; null for a free-standing note. */
  meetingId: string | null;
  /** The review it is about, for notes kept on an inquiry. */
  inquiryId: string | null;
  /** The agenda item it is about ("6a"); null for a note on the meeting as a whole. */
  itemNumber: string | null;
  itemTitle: string | null;
  /** Markdown. */
  body: string;
  passages: NotePassage[];
  createdAt: number;
  updatedAt: number;
  /** Set when deleted: it can be undone until purged. */
  deletedAt: number | null;
}

/** A note's title: its first non-empty line, without Markdown heading marks. */
export function noteTitle(body: string): string {
  const line = body.split('\n').find((text) => text.trim() !== '') ?? '';
  const title = line.replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+)/, '').replace(/[*_`]/g, '').trim();
  return title.length > 80 ? `${title.slice(0, 79)}…` : title || 'Untitled note';
}
