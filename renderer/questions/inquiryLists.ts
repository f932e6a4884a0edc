// Inquiry days and their question lists: each day of a review has one running order of
// questions. The inquiries' owner and the questions' owner, changed together.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inquiry, InquiryDay } from '../../shared/questions/types';
import { inTransaction } from '../db/transaction';
import { addDay, createInquiry, expiredInquiryIds, getInquiry, inquiriesOf, inquiryOwner, removeInquiries, removeWitness, type NewInquiry } from '../inquiries/inquiriesData';
import { registerOwner, type SoftDeleteOwner } from '../undo/owners';
import { dayList, ensureDayList, getList, listIdsOfInquiry, removeListsWithQuestions, unlinkWitness } from './questionsData';

/** Creates a review with its first inquiry day and that day's question list. */
export function startInquiry(input: NewInquiry): Promise<{ inquiryId: string; dayId: string; listId: string }> {
  return inTransaction(['inquiries', 'questionLists'], async () => {
    const { inquiryId, dayId } = await createInquiry(input);
    const list = await ensureDayList(inquiryId, dayId, input.meetingId);
    return { inquiryId, dayId, listId: list.id };
  });
}

/** Adds another inquiry day with its question list; returns the day's id. */
export async function addInquiryDay(inquiryId: string, day: { date: string; venue: string }): Promise<string> {
  const dayId = await addDay(inquiryId, day);
  const inquiry = await getInquiry(inquiryId);
  await ensureDayList(inquiryId, dayId, inquiry?.meetingId ?? null);
  return dayId;
}

/** Removes a witness; their questions keep the name typed in "For" but no longer point at them. */
export function removeInquiryWitness(inquiryId: string, witnessId: string): Promise<void> {
  return inTransaction(['inquiries', 'questionLists', 'questions'], async () => {
    await removeWitness(inquiryId, witnessId);
    await unlinkWitness(await listIdsOfInquiry(inquiryId), witnessId);
  });
}

/** The question lists of every day of the reviews started from a meeting, for "Add to list". */
export async function dayListsOfMeeting(meetingId: string): Promise<{ listId: string; label: string; inquiryId: string; dayId: string }[]> {
  const inquiries = await inquiriesOf(meetingId);
  const out: { listId: string; label: string; inquiryId: string; dayId: string }[] = [];
  for (const inquiry of inquiries) {
    for (const [index, day] of inquiry.days.entries()) {
      const list = await dayList(inquiry.id, day.id);
      if (!list) continue;
      out.push({ listId: list.id, label: `${inquiry.title}: inquiry day ${inquiry.days.length > 1 ? index + 1 : ''}${day.date ? ` (${day.date})` : ''}`.replace(/ {2,}/g, ' '), inquiryId: inquiry.id, dayId: day.id });
    }
  }
  return out;
}

/** The inquiry and day a list belongs to, if it is an inquiry day's list. */
export async function inquiryOfList(listId: string): Promise<{ inquiry: Inquiry; day: InquiryDay } | null> {
  const list = await getList(listId);
  if (!list?.inquiryId || !list.dayId) return null;
  const inquiry = await getInquiry(list.inquiryId);
  const day = inquiry?.days.find((d) => d.id === list.dayId);
  return inquiry && day ? { inquiry, day } : null;
}

export function useInquiryOfList(listId: string | null | undefined) {
  return useLiveQuery(async () => (listId ? inquiryOfList(listId) : null), [listId]);
}

/** Reviews as the undo model deletes and purges them: purged, their days' lists and questions go too. */
export const inquiryWithListsOwner: SoftDeleteOwner = registerOwner({
  ...inquiryOwner,
  tables: ['inquiries', 'questionLists', 'questions'],
  purge: (cutoff) =>
    inTransaction(['inquiries', 'questionLists', 'questions'], async () => {
      const expired = await expiredInquiryIds(cutoff);
      for (const id of expired) await removeListsWithQuestions(await listIdsOfInquiry(id));
      await removeInquiries(expired);
      return expired.length;
    }),
});

/** Removes reviews deleted more than `olderThanMs` ago, with their days' lists and questions. */
export function purgeDeletedInquiries(olderThanMs: number, now = Date.now()): Promise<number> {
  return inquiryWithListsOwner.purge(now - olderThanMs);
}
