import type { Page } from '@playwright/test';
import { crc32, deflateSync } from 'node:zlib';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { setChecked } from './patient-helpers.ts';

/** A small solid-colour PNG, made here so the test needs no file. */
function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  const row = Buffer.from([0, ...Array.from({ length: size }, () => [r, g, b]).flat()]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Settings', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
}

const redMark = (page: Page) => page.getByRole('textbox', { name: /How long may a red mark last/ });

test('keeps the clinic details, handout defaults and logo after a restart', async ({ app }) => {
  let page = app.page;
  await openSettings(page);
  await expect(page.getByText('No logo')).toBeVisible();
  await expect(page.getByRole('radio', { name: /A4/ })).toBeChecked();
  await expect(redMark(page)).toHaveValue('20');

  await page.getByLabel('Clinic name').fill('Riverside Hand Therapy');
  await page.getByLabel('Address').fill('1 River Street\nManchester M1 1AA');
  await page.getByLabel('Phone', { exact: true }).fill('0161 496 0000');
  await page.getByLabel('New therapist').fill('Jo Bloggs OT');
  await page.getByLabel('New therapist').press('Enter');
  await setChecked(page.getByRole('radio', { name: /Letter/ }), true);
  await setChecked(page.getByRole('radio', { name: /Large print/ }), true);
  await redMark(page).fill('30');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: solidPng(16, [11, 92, 173]),
  });
  await expect(page.getByRole('img', { name: 'Clinic logo preview' })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  page = await app.restart();
  await openSettings(page);
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Hand Therapy');
  await expect(page.getByLabel('Address')).toHaveValue('1 River Street\nManchester M1 1AA');
  await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('0161 496 0000');
  await expect(page.getByRole('textbox', { name: 'Therapist 1' })).toHaveValue('Jo Bloggs OT');
  await expect(page.getByRole('radio', { name: /Letter/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Large print/ })).toBeChecked();
  await expect(redMark(page)).toHaveValue('30');
  const logo = page.getByRole('img', { name: 'Clinic logo preview' });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(16);

  // Removing the logo is kept too.
  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByText('No logo')).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  page = await app.restart();
  await openSettings(page);
  await expect(page.getByText('No logo')).toBeVisible();
});

test('shows inline errors, refuses a file that is not a picture, and asks before losing changes', async ({
  app,
}) => {
  const page = app.page;
  await openSettings(page);
  await page.getByLabel('Clinic name').fill('Riverside Hand Therapy');
  await redMark(page).fill('0');
  await redMark(page).blur();
  await expect(page.getByText('Enter at least 1 minute')).toBeVisible();
  await expect(redMark(page)).toHaveAttribute('aria-invalid', 'true');

  await page.locator('input[type="file"]').setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a picture'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'is not a PNG or JPEG picture' }),
  ).toBeVisible();
  await expect(page.getByText('No logo')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(redMark(page)).toBeFocused();

  await page.getByRole('link', { name: 'Patients' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('the changes you made to the settings', { ignoreCase: true });
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Hand Therapy');

  await redMark(page).fill('45');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  // The form stays open after saving, and still asks before losing later edits.
  await page.getByLabel('Clinic name').fill('Hillside Clinic');
  await page.getByRole('link', { name: 'Patients' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('link', { name: 'Patients' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await openSettings(page);
  await expect(page.getByLabel('Clinic name')).toHaveValue('Riverside Hand Therapy');
  await expect(redMark(page)).toHaveValue('45');
  await page.getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
