// The councils' table owner: adding a council twice keeps one, following, the meeting
// window setting, and "Recent downloads" newest first.
import { beforeEach, describe, expect, it } from 'vitest';
import { addCouncil, DEFAULT_WINDOW, knownDocument, listCouncils, meetingWindowSetting, recordDocument, setFollowed, setMeetingWindowSetting } from '../../../renderer/councils/councilsData';
import { db } from '../../../renderer/db/database';

beforeEach(async () => {
  await Promise.all([db.councils.clear(), db.councilDocuments.clear(), db.settings.clear()]);
});

const committees = [{ id: 144, title: 'Audit Committee', category: 'Governance', expired: false }];

describe('councilsData', () => {
  it('adds a council once per site and remembers the committees followed', async () => {
    const council = await addCouncil('https://democracy.manchester.gov.uk', committees);
    await addCouncil('https://democracy.manchester.gov.uk', committees);
    await setFollowed(council.id, 144, true);
    const [stored, ...rest] = await listCouncils();
    expect(rest).toEqual([]);
    expect(stored).toMatchObject({ name: 'democracy.manchester.gov.uk', followed: [144] });
    await setFollowed(council.id, 144, false);
    expect((await listCouncils())[0]!.followed).toEqual([]);
  });

  it('looks 4 weeks back and 10 ahead unless told otherwise, and refuses nonsense', async () => {
    expect(await meetingWindowSetting()).toEqual(DEFAULT_WINDOW);
    await setMeetingWindowSetting({ weeksBack: 2, weeksAhead: 6 });
    expect(await meetingWindowSetting()).toEqual({ weeksBack: 2, weeksAhead: 6 });
    await setMeetingWindowSetting({ weeksBack: -3, weeksAhead: 6.5 });
    expect(await meetingWindowSetting()).toEqual(DEFAULT_WINDOW);
  });

  it('keeps one row per document on the site', async () => {
    const row = { councilId: 'c', key: 'attachment:1', title: 'Report', committee: 'Audit Committee', meetingDate: '2026-02-10', url: 'https://x/1', documentId: 'd1', hash: 'h', etag: null, lastModified: null, event: 'arrived' as const, reason: null, label: null, at: 1 };
    await recordDocument(row);
    await recordDocument({ ...row, documentId: 'd2', event: 'revised', label: 'Version 2', at: 2 });
    expect(await db.councilDocuments.count()).toBe(1);
    expect(await knownDocument('c', 'attachment:1')).toMatchObject({ documentId: 'd2', label: 'Version 2' });
  });
});
