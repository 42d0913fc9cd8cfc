import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { setChecked } from './patient-helpers.ts';

async function openCatalogue(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Catalogue' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'No item selected' })).toBeVisible();
}

async function showKind(page: Page, label: string): Promise<void> {
  await setChecked(page.getByRole('radio', { name: label }), true);
}

function itemList(page: Page) {
  return page.getByRole('listbox', { name: /in the catalogue$/ });
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill(text);
}

test('browses splints, finds equipment by search, and keeps an edited tip after a restart', async ({
  app,
}) => {
  let page = app.page;
  await openCatalogue(page);
  await expect(itemList(page).getByRole('option', { name: /resting hand splint/i })).toBeVisible();
  await expectNoA11yViolations(page);

  await itemList(page)
    .getByRole('option', { name: /resting hand splint/i })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /resting hand splint/i })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Wear it at night while you sleep.' })).toBeVisible();
  await expectNoA11yViolations(page);

  await showKind(page, 'Equipment');
  await search(page, 'jar');
  // Search looks through the wording too: the non-slip mat mentions jars.
  await expect
    .poll(() => itemList(page).getByRole('option').allInnerTexts())
    .toEqual([expect.stringContaining('Jar opener'), expect.stringContaining('Non-slip mat')]);
  await itemList(page)
    .getByRole('option', { name: /Jar opener/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jar opener' })).toBeVisible();
  await expect(page.getByText(/Edited here/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit Jar opener' })).toBeVisible();
  await expectNoA11yViolations(page);
  const tip = 'Put the jar on a damp cloth and turn the opener with your palm.';
  await page.getByLabel('How-to tip').fill(tip);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jar opener' })).toBeVisible();
  await expect(page.getByText(tip)).toBeVisible();
  await expect(
    page.getByText(/Edited here: updates to the app’s built-in catalogue/),
  ).toBeVisible();

  page = await app.restart();
  await openCatalogue(page);
  await showKind(page, 'Equipment');
  // The list draws only the rows in view: narrow it to the item.
  await search(page, 'jar');
  await itemList(page)
    .getByRole('option', { name: /Jar opener/ })
    .click();
  await expect(page.getByText(tip)).toBeVisible();
  await expect(page.getByText(/Edited here/)).toBeVisible();
});

test('adds an equipment item, retires it out of the list and restores it', async ({ app }) => {
  const page = app.page;
  await openCatalogue(page);
  await showKind(page, 'Equipment');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New equipment' })).toBeVisible();

  // Saving a blank item shows what is missing, next to each field.
  await page.getByRole('button', { name: 'Add to catalogue' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await expect(page.getByText('How-to tip is required')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Tap key');
  await page.getByLabel('What it helps with').fill('It turns stiff taps with less grip.');
  await page.getByLabel('How-to tip').fill('Push down on the lever with your palm.');
  await page.getByRole('button', { name: 'Add to catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tap key' })).toBeVisible();
  // The list is long and draws only the rows in view: narrow it to the new item.
  await search(page, 'tap');
  await expect(itemList(page).getByRole('option', { name: /Tap key/ })).toBeVisible();

  await page.getByRole('button', { name: 'Retire…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Retire Tap key?' });
  await expect(dialog).toContainText('Plans that already use it keep it');
  await dialog.getByRole('button', { name: 'Retire' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Retired on/)).toBeVisible();
  await expect(itemList(page).getByRole('option', { name: /Tap key/ })).toHaveCount(0);

  await setChecked(page.getByRole('checkbox', { name: 'Show retired items' }), true);
  const retired = itemList(page).getByRole('option', { name: /Tap key/ });
  await expect(retired).toContainText('Retired');
  await expectNoA11yViolations(page);

  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/Retired on/)).toBeHidden();
  await setChecked(page.getByRole('checkbox', { name: 'Show retired items' }), false);
  await expect(itemList(page).getByRole('option', { name: /Tap key/ })).toBeVisible();
  await expect(itemList(page).getByRole('option', { name: /Tap key/ })).not.toContainText(
    'Retired',
  );
});

test('edits a splint’s wearing schedule: pattern type, its parameters and a flare variant', async ({
  app,
}) => {
  const page = app.page;
  await openCatalogue(page);
  await itemList(page)
    .getByRole('option', { name: /Knee brace/ })
    .click();
  await page.getByRole('button', { name: 'Edit' }).click();

  const usual = page.getByRole('group', { name: 'Usually' });
  await setChecked(usual.getByRole('radio', { name: 'Hours on and off' }), true);
  await usual.getByRole('textbox', { name: 'Hours on', exact: true }).fill('3');
  await usual.getByRole('textbox', { name: 'Hours off', exact: true }).fill('1');
  await usual.getByRole('textbox', { name: 'Hours off', exact: true }).press('Tab');
  await expect(usual.getByText('Wear it for 3 hours, then take it off for 1 hour.')).toBeVisible();

  const flare = page.getByRole('group', { name: 'In a flare' });
  await setChecked(flare.getByRole('radio', { name: 'During listed activities' }), true);
  await flare.getByRole('textbox', { name: 'Activities' }).fill('walk\nclimb stairs');
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Knee brace' })).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Wear it for 3 hours, then take it off for 1 hour.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Wear it when you walk or climb stairs.' }),
  ).toBeVisible();
});

test('sets a night splint to alternate nights, left or right first, and leaves an assessed item without a schedule', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await openCatalogue(page);
  await itemList(page)
    .getByRole('option', { name: /resting hand splint/i })
    .click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const usual = page.getByRole('group', { name: 'Usually' });
  await setChecked(usual.getByRole('radio', { name: 'Alternate nights (one hand a night)' }), true);
  await expect(
    usual.getByText(
      'Wear it on one hand each night: the left hand one night, the right hand the next.',
    ),
  ).toBeVisible();
  await setChecked(
    usual.getByRole('radiogroup', { name: 'Which hand first' }).getByRole('radio', {
      name: 'Right, then left',
    }),
    true,
  );
  await expect(
    usual.getByText(
      'Wear it on one hand each night: the right hand one night, the left hand the next.',
    ),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await usual.screenshot({ path: testInfo.outputPath('alternate-nights.png') });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page.getByRole('cell', {
      name: 'Wear it on one hand each night: the right hand one night, the left hand the next.',
    }),
  ).toBeVisible();

  // Ring splints ship without a schedule: the therapist chooses one for each patient.
  await search(page, 'ring splint');
  await expect(itemList(page).getByRole('option', { name: /swan-neck/ })).toContainText(
    'No default schedule: choose one for each patient',
  );
});
