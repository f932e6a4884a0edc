// Bad files get a clear message naming them and leave the library as it was; a
// password-protected pack opens with its password.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, PACK, PACK_TITLE, importFiles, launchChromium, libraryEntries, openApp } from './support';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await openApp(browser);
  await importFiles(page, [PACK]);
  await libraryEntries(page).filter({ hasText: PACK_TITLE }).waitFor();
});

const BAD = [
  { file: 'empty.pdf', reason: 'empty' },
  { file: 'login-page.pdf', reason: 'web page' },
  { file: 'truncated.pdf', reason: 'incomplete' },
];

describe('bad input', () => {
  for (const { file, reason } of BAD) {
    it(`rejects ${file} with an alert naming it, leaving the library unchanged`, async () => {
      await importFiles(page, [`${FIXTURES}bad/${file}`]);
      const alert = page.getByRole('alert').filter({ hasText: file });
      await alert.waitFor();
      expect(await alert.textContent()).toContain(reason);
      expect(await libraryEntries(page).count()).toBe(1);
      await page.reload();
      await libraryEntries(page).first().waitFor();
      expect(await libraryEntries(page).count()).toBe(1);
    });
  }

  it('asks for the password of a protected pack, refuses a wrong one plainly, and opens with the right one', async () => {
    await importFiles(page, [`${FIXTURES}bad/password-councillor.pdf`]);
    const dialog = page.getByRole('dialog', { name: 'Password needed' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('password-councillor.pdf');
    await dialog.getByLabel('Password').fill('alderman');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    const wrong = dialog.getByRole('alert');
    await wrong.waitFor();
    expect(await wrong.textContent()).toMatch(/wrong/i);
    expect(await wrong.textContent()).toContain('password-councillor.pdf');

    await dialog.getByLabel('Password').fill('councillor');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => libraryEntries(page).count()).toBe(2);

    // After a restart the password is not remembered: opening asks again.
    await page.reload();
    const entry = libraryEntries(page).filter({ hasText: 'Password-protected' });
    await entry.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('dialog', { name: 'Password needed' }).getByLabel('Password').fill('councillor');
    await page.getByRole('dialog', { name: 'Password needed' }).getByRole('button', { name: 'Unlock' }).click();
    await page.locator('.textLayer span').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Page' }).inputValue()).toBe('1');
  });

  it('leaves the library unchanged when the password is not given', async () => {
    await importFiles(page, [`${FIXTURES}bad/password-councillor.pdf`]);
    await page.getByRole('dialog', { name: 'Password needed' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'password-councillor.pdf' }).waitFor();
    expect(await libraryEntries(page).count()).toBe(1);
  });
});
