// Appearance choices made in quick succession are all kept: text size then theme, each from the keyboard.
import { beforeEach, describe, expect, it } from 'vitest';
import { loadAppearance, saveAppearance } from '../../../renderer/common/appearance';
import { db } from '../../../renderer/db/database';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('appearance settings', () => {
  it('keeps a text size and a theme chosen one straight after the other', async () => {
    await Promise.all([saveAppearance({ textSize: 150 }), saveAppearance({ theme: 'dark' }), saveAppearance({ contrastPages: true })]);
    expect(await loadAppearance()).toMatchObject({ textSize: 150, theme: 'dark', contrastPages: true });
  });
});
