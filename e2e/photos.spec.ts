import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, setChecked } from './patient-helpers.ts';

/** A camera-sized JPEG, as a therapist would choose from their phone's photos. */
function cameraJpeg(): Promise<Buffer> {
  return sharp({
    create: {
      width: 1600,
      height: 1200,
      channels: 3,
      background: { r: 190, g: 140, b: 110 },
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  })
    .jpeg()
    .toBuffer();
}

async function choosePhoto(page: Page, name: string, buffer: Buffer, mimeType = 'image/jpeg') {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

test('the clinic adds, describes and removes its own photo of a catalogue item', async ({
  app,
}) => {
  const page = app.page;
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Catalogue' })
    .click();
  await setChecked(page.getByRole('radio', { name: 'Equipment' }), true);
  await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill('jar');
  await page
    .getByRole('listbox', { name: /in the catalogue$/ })
    .getByRole('option', { name: /Jar opener/ })
    .click();
  await page.getByRole('button', { name: 'Edit' }).click();

  const photo = page.getByRole('group', { name: 'Clinic photo' });
  await expect(photo.getByText('No photo')).toBeVisible();
  // Not a picture, whatever its name says: refused in plain words, nothing changed.
  await choosePhoto(page, 'opener.jpg', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'));
  await expect(photo.getByRole('alert')).toContainText('not a PNG or JPEG');

  await choosePhoto(page, 'opener.jpg', await cameraJpeg());
  const description = photo.getByRole('textbox', { name: 'Photo description' });
  await expect(description).toBeFocused();
  await expect(photo.getByRole('img')).toBeVisible();
  await expectNoA11yViolations(page);
  // A photo must be described before it can be saved.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(photo.getByText('Photo description is required')).toBeVisible();
  await description.fill('Our jar opener, fixed under the kitchen shelf.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jar opener' })).toBeVisible();
  const shown = page.getByRole('img', { name: 'Our jar opener, fixed under the kitchen shelf.' });
  await expect(shown).toBeVisible();
  // Made print-sized on import: 900 pixels on its longer side.
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(900);

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('button', { name: 'Remove photo' }).click();
  await expect(
    page.getByRole('group', { name: 'Clinic photo' }).getByText('No photo'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jar opener' })).toBeVisible();
  await expect(page.getByRole('img', { name: /jar opener/i })).toHaveCount(0);
});

test('a splint in a plan carries a photo of it on the patient’s hand, by keyboard', async ({
  app,
}) => {
  // A patient, a plan and a photo made print-sized: a long walk on a busy machine.
  test.slow();
  const page = app.page;
  await addPatient(page, { given: 'Margaret', family: 'Okafor' });
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /flare/i }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version \d+ \(draft\)/ }),
  ).toBeVisible();

  const photo = page.getByRole('group', { name: 'Photo of it on the patient’s hand' }).first();
  const add = photo.getByRole('button', { name: 'Add photo…' });
  await add.focus();
  await expect(add).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles({
    name: 'hand.jpg',
    mimeType: 'image/jpeg',
    buffer: await cameraJpeg(),
  });
  const description = photo.getByRole('textbox', { name: 'Photo description' });
  await expect(description).toBeFocused();
  await page.keyboard.type('Your splint on, with the straps done up snugly.');
  await expect(
    photo.getByRole('img', { name: 'Your splint on, with the straps done up snugly.' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
  await expect(photo.getByRole('button', { name: 'Replace photo…' })).toBeVisible();
  await expectNoA11yViolations(page);
});
