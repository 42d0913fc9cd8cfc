import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { setChecked } from './patient-helpers.ts';

async function openItem(page: Page, kind: string, query: string, name: RegExp): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Catalogue' })
    .click();
  await setChecked(page.getByRole('radio', { name: kind }), true);
  await page.getByRole('searchbox', { name: 'Search the catalogue' }).fill(query);
  await page
    .getByRole('listbox', { name: /in the catalogue$/ })
    .getByRole('option', { name })
    .click();
}

test('adds a Spanish translation to the clinic’s own item, checks it, and shows it out of date when the English changes', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Catalogue' })
    .click();
  await setChecked(page.getByRole('radio', { name: 'Equipment' }), true);
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Tap key');
  await page.getByLabel('What it helps with').fill('It turns stiff taps with less grip.');
  await page.getByLabel('How-to tip').fill('Push down on the lever with your palm.');
  await page.getByRole('button', { name: 'Add to catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tap key' })).toBeVisible();

  const section = page.getByRole('region', { name: 'Translations' });
  await expect(section.getByRole('button', { name: /Language$/ })).toContainText('Español');
  await expect(section.getByText(/No Español \(Spanish\) translation yet/)).toBeVisible();
  await section.getByRole('button', { name: 'Add a translation' }).click();
  const spanish = section.getByRole('form', { name: 'Español (Spanish) translation' });
  await spanish.getByRole('textbox', { name: 'Name', exact: true }).fill('Llave para grifos');
  await spanish.getByRole('textbox', { name: 'What it helps with' }).fill('Abre grifos duros.');
  await spanish
    .getByRole('textbox', { name: 'How-to tip' })
    .fill('Empuje la palanca con la palma.');
  await spanish.getByRole('button', { name: 'Save translation' }).click();
  await expect(section.getByText('Draft, not checked yet.')).toBeVisible();
  await expectNoA11yViolations(page);

  // Checked by a named therapist, by keyboard alone.
  await section.getByRole('button', { name: 'Mark as checked…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Mark the Español \(Spanish\) translation/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Checked by' }).fill('Ana García');
  await expectNoA11yViolations(page);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(section.getByText(/^Checked by Ana García on /)).toBeVisible();
  await expect(section.getByText('Out of date: the English changed')).toHaveCount(0);
  await testInfo.attach('translation-checked', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('How-to tip').fill('Push the lever down with the flat of your hand.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tap key' })).toBeVisible();
  await expect(
    section.getByText('Out of date: the English changed', { exact: true }),
  ).toBeVisible();
  await section.getByRole('button', { name: 'Change the translation' }).click();
  await expect(
    section.getByText(/^Out of date: the English changed\. English: Push the lever down/),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await testInfo.attach('translation-out-of-date', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
});

test('a built-in item comes with a Spanish draft to check, and other languages start empty', async ({
  app,
}) => {
  const page = app.page;
  await openItem(page, 'Equipment', 'jar opener', /Jar opener/);
  const section = page.getByRole('region', { name: 'Translations' });
  await expect(
    section.getByText('Draft, not checked yet: drafted by an AI assistant, to be checked.'),
  ).toBeVisible();
  await section.getByRole('button', { name: 'Change the translation' }).click();
  await expect(section.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Abridor de tarros',
  );
  await section.getByRole('button', { name: /Language$/ }).click();
  await page.getByRole('option', { name: 'Polski (Polish)' }).click();
  await expect(section.getByText(/No Polski \(Polish\) translation yet/)).toBeVisible();
  await section.getByRole('button', { name: 'Add a translation' }).click();
  await expect(section.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
});
