import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface NewPatient {
  given: string;
  family: string;
  chart?: string;
  dateOfBirth?: string;
  phone?: string;
}

/** Adds a patient through the form, as a therapist would, and waits for the saved record. */
export async function addPatient(page: Page, patient: NewPatient): Promise<void> {
  await page.getByRole('button', { name: /New patient/ }).click();
  await expect(page.getByRole('heading', { name: 'New patient' })).toBeVisible();
  await page.getByLabel('Given name').fill(patient.given);
  await page.getByLabel('Family name').fill(patient.family);
  if (patient.chart) await page.getByLabel('Chart number').fill(patient.chart);
  if (patient.dateOfBirth) await page.getByLabel('Date of birth').fill(patient.dateOfBirth);
  if (patient.phone) await page.getByLabel('Phone').fill(patient.phone);
  await page.getByRole('button', { name: 'Add patient' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: new RegExp(`${patient.family}, ${patient.given}`),
    }),
  ).toBeVisible();
}

export function patientList(page: Page) {
  return page.getByRole('listbox', { name: 'Patient list' });
}

export async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search patients' }).fill(text);
}

/** The names in the list, top to bottom, as shown (each row's first line). */
export async function listedNames(page: Page): Promise<string[]> {
  const rows = await patientList(page).getByRole('option').allInnerTexts();
  return rows.map((text) => (text.split('\n')[0] ?? '').replace(/\s*Archived$/, '').trim());
}

/** Ticks or unticks a checkbox or radio from the keyboard, as a keyboard user would. */
export async function setChecked(control: Locator, checked: boolean): Promise<void> {
  if ((await control.isChecked()) === checked) return;
  await control.focus();
  await control.page().keyboard.press('Space');
  await expect(control).toBeChecked({ checked });
}
