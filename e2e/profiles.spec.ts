import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient } from './patient-helpers.ts';

async function openSettings(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const switcher = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /Therapist/ });

/** Chooses a therapist in the header, from the keyboard. */
async function switchTherapist(page: Page, name: string): Promise<void> {
  await switcher(page).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name }).click();
  await expect(switcher(page)).toHaveText(new RegExp(name));
}

/** Adds a therapist by name: Enter in the box, as a keyboard user would, or the button. */
async function addTherapist(page: Page, name: string, how: 'Enter' | 'button' = 'Enter') {
  const box = page.getByRole('textbox', { name: 'New therapist' });
  await box.fill(name);
  if (how === 'Enter') await box.press('Enter');
  else await page.getByRole('button', { name: 'Add therapist' }).click();
  await expect(box).toHaveValue('');
  await expect(page.getByRole('textbox', { name: /^Therapist \d+$/ }).last()).toHaveValue(name);
}

const auditRows = (page: Page) =>
  page.getByRole('region', { name: 'History' }).getByRole('table').getByRole('row');

test('each change in the audit trail names the therapist chosen in the header at the time', async ({
  app,
}) => {
  const page = app.page;
  const addLink = page
    .getByRole('banner')
    .getByRole('link', { name: 'Add therapists in Settings' });
  await expect(addLink).toBeVisible();
  await addLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await page.getByLabel('Clinic name').fill('Riverside Hand Therapy');
  await addTherapist(page, 'Jo Bloggs OT');
  await addTherapist(page, 'Sam Lee OT', 'button');
  const current = page.getByRole('button', { name: /Therapist using JointPlan now/ });
  await expect(current).toHaveText(/No one chosen/);
  await current.click();
  await page.getByRole('option', { name: 'Jo Bloggs OT' }).click();
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();

  await expect(switcher(page)).toHaveText(/Jo Bloggs OT/);
  await switchTherapist(page, 'Sam Lee OT');
  // The settings form on screen follows the switch rather than undoing it on the next save.
  await expect(current).toHaveText(/Sam Lee OT/);

  await page.getByRole('link', { name: 'Patients' }).click();
  await addPatient(page, { given: 'Ann', family: 'Smith' });
  await page.getByRole('region', { name: 'History' }).getByText('Audit trail').click();
  await expect(auditRows(page).nth(1)).toContainText('Sam Lee OT');
  await expect(auditRows(page).nth(1)).toContainText('Added patient');

  await switchTherapist(page, 'Jo Bloggs OT');
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Preferred name').fill('Annie');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Smith, Ann (Annie)' })).toBeVisible();
  await page.getByRole('region', { name: 'History' }).getByText('Audit trail').click();
  await expect(auditRows(page)).toHaveCount(3);
  await expect(auditRows(page).nth(1)).toContainText('Jo Bloggs OT');
  await expect(auditRows(page).nth(1)).toContainText('Changed preferred name');
  await expect(auditRows(page).nth(2)).toContainText('Sam Lee OT');

  // The choice survives a restart.
  const restarted = await app.restart();
  await expect(switcher(restarted)).toHaveText(/Jo Bloggs OT/);
});

test('the list of therapists refuses two of the same name and follows a rename or removal', async ({
  app,
}) => {
  const page = app.page;
  await openSettings(page);
  await page.getByLabel('Clinic name').fill('Riverside Hand Therapy');
  await page.getByRole('button', { name: 'Add therapist' }).click();
  await expect(page.getByText('Type the therapist’s name, then add them')).toBeVisible();
  await addTherapist(page, 'Zoë Adams');
  await addTherapist(page, 'zoe adams');
  const second = page.getByRole('textbox', { name: 'Therapist 2' });
  await expect(second).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Same name as therapist 1')).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(second).toBeFocused();
  await second.fill('Sam Lee OT');

  const current = page.getByRole('button', { name: /Therapist using JointPlan now/ });
  await current.click();
  await page.getByRole('option', { name: 'Sam Lee OT' }).click();
  // Renaming the therapist in use keeps them in use under the new name.
  await second.fill('Samira Lee OT');
  await expect(current).toHaveText(/Samira Lee OT/);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect(switcher(page)).toHaveText(/Samira Lee OT/);

  // Removing the therapist in use leaves no one chosen, and the header asks for a choice.
  await page.getByRole('button', { name: 'Remove therapist 2' }).click();
  await expect(current).toHaveText(/No one chosen/);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved')).toHaveCount(2);
  await expect(switcher(page)).toHaveText(/Choose…/);
  await expect(page.getByRole('textbox', { name: /^Therapist \d+$/ })).toHaveCount(1);
  await expectNoA11yViolations(page);
});
