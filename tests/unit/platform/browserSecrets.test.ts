// The browser platform keeps secrets in this profile's IndexedDB, apart from other settings.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/database';
import { createBrowserPlatform } from '../../../renderer/platform/browserPlatform';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('browser platform secrets', () => {
  it('stores, reads back, replaces and deletes the sync token', async () => {
    const platform = createBrowserPlatform();
    await expect(platform.getSecret('sync-token')).resolves.toBeNull();
    await platform.setSecret('sync-token', 'sct_first');
    await platform.setSecret('sync-token', 'sct_second');
    await expect(platform.getSecret('sync-token')).resolves.toBe('sct_second');
    await db.settings.put({ key: 'palette', value: { yellow: 'Questions' } });
    await platform.deleteSecret('sync-token');
    await expect(platform.getSecret('sync-token')).resolves.toBeNull();
    expect(await db.settings.get('palette')).toBeDefined();
  });
});
