import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { addPatient, patientList, setChecked } from './patient-helpers.ts';

const OLD_SPLINT = 'Night hand splint (resting hand splint)';
const NEW_SPLINT = 'Renamed night splint';
const OLD_OPENER = 'Jar opener';
const NEW_OPENER = 'Renamed lid gripper';

async function waitForSave(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
}

/** Renames a catalogue item through its edit form, then retires it. */
async function renameAndRetire(page: Page, kind: string, oldName: string, newName: string) {
  await setChecked(page.getByRole('radio', { name: kind }), true);
  await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill(oldName.slice(0, 10));
  await page
    .getByRole('listbox', { name: /in the catalogue$/ })
    .getByRole('option', { name: oldName })
    .click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(newName);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible();
  await page.getByRole('button', { name: 'Retire…' }).click();
  await page
    .getByRole('alertdialog', { name: `Retire ${newName}?` })
    .getByRole('button', { name: 'Retire' })
    .click();
  await expect(page.getByText(/Retired on/)).toBeVisible();
}

async function openPlanVersion(page: Page, version: number) {
  await page.getByRole('link', { name: 'Patients' }).click();
  await patientList(page)
    .getByRole('option', { name: /Okafor, Margaret/ })
    .click();
  await page.getByRole('link', { name: new RegExp(`^Version ${version}:`) }).click();
}

test('a finalised plan keeps the catalogue words it was given with, after those items are renamed and retired: its page, the compare page and the handout', async ({
  app,
}, testInfo) => {
  let page = app.page;
  await addPatient(page, { given: 'Margaret', family: 'Okafor' });
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /A blank plan/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByRole('combobox', { name: 'Add a splint or brace' }).fill('resting');
  await page.getByRole('option', { name: OLD_SPLINT }).click();
  // No affected joint it fits is recorded: the therapist chooses the side.
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Both' }),
    true,
  );
  await page.getByRole('combobox', { name: 'Add equipment' }).fill('jar');
  await page.getByRole('option', { name: OLD_OPENER }).click();
  await page.getByLabel('Review date').fill('2030-01-15');
  await page.getByLabel('Review date').press('Tab');
  await waitForSave(page);
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Catalogue' })
    .click();
  await renameAndRetire(page, 'Splints and braces', OLD_SPLINT, NEW_SPLINT);
  await renameAndRetire(page, 'Equipment', OLD_OPENER, NEW_OPENER);
  // Opened again later, with nothing of the finalising session left in memory.
  page = await app.restart();

  // The frozen page reads the words the plan was finalised with.
  await openPlanVersion(page, 1);
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
  const splints = page.getByRole('region', { name: 'Splints and braces' });
  await expect(
    splints.getByRole('heading', { level: 3, name: new RegExp(OLD_SPLINT.slice(0, 16)) }),
  ).toBeVisible();
  await expect(splints).not.toContainText(NEW_SPLINT);
  const equipment = page.getByRole('region', { name: 'Equipment' });
  await expect(equipment.getByRole('heading', { level: 3, name: 'Kitchen' })).toBeVisible();
  await expect(equipment.getByRole('listitem').filter({ hasText: OLD_OPENER })).toBeVisible();
  await expect(equipment).not.toContainText(NEW_OPENER);

  // The handout made now is made from the same frozen words.
  await page.getByRole('button', { name: 'Make handout' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save PDF…' }).click(),
  ]);
  const file = testInfo.outputPath('handout.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Night hand splint');
  expect(text).toContain(OLD_OPENER);
  expect(text).not.toContain('Renamed');

  // A new version that drops the splint: the compare page names it as it was in version 1.
  await page.getByRole('button', { name: 'Make a new version' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Plan version 2 (draft)' }),
  ).toBeVisible();
  await page.getByRole('button', { name: `Remove ${NEW_SPLINT}` }).click();
  await page.getByLabel('Review date').fill('2030-02-01');
  await page.getByLabel('Review date').press('Tab');
  await waitForSave(page);
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 2\s+Active/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to patient' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await setChecked(history.getByRole('checkbox', { name: 'Compare version 1' }), true);
  await setChecked(history.getByRole('checkbox', { name: 'Compare version 2' }), true);
  await history.getByRole('button', { name: 'Compare versions 1 and 2' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Compare plan versions 1 and 2' }),
  ).toBeVisible();
  const removed = page
    .getByRole('region', { name: 'Splints and braces' })
    .getByRole('row', { name: /Night hand splint/ });
  await expect(removed.getByRole('cell').nth(0)).toHaveText('Removed');

  // And version 1's own page, now superseded, still reads as it was given.
  await page.getByRole('link', { name: 'Open version 1' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Superseded/ }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Splints and braces' })).toContainText(
    'Night hand splint',
  );
  await expect(page.getByRole('region', { name: 'Equipment' })).not.toContainText('Renamed');
});
