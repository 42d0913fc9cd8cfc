import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures.ts';
import { addPatient, patientList, setChecked } from './patient-helpers.ts';

/** A day `offset` days from today on this computer's calendar, as the date input takes it. */
function isoDay(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** As the app shows a date: "9 Mar 2026". */
function shown(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A finalised plan with a resting hand splint and a jar opener, made through the editor. */
async function finalisePlan(page: Page) {
  await page.getByRole('button', { name: 'New plan' }).click();
  await setChecked(page.getByRole('radio', { name: /A blank plan/ }), true);
  await page.getByRole('button', { name: 'Start plan' }).click();
  await page.getByLabel('Title').fill('Hands at night');
  await page.getByLabel('Therapist').fill('Jo Bloggs OT');
  await page.getByLabel('Review date').fill('2030-01-15');
  await page.getByRole('combobox', { name: 'Add a splint or brace' }).fill('resting');
  await page.getByRole('option', { name: /resting hand splint/i }).click();
  // No affected joint it fits is recorded: the therapist chooses the side.
  await setChecked(
    page.getByRole('radiogroup', { name: 'Side' }).getByRole('radio', { name: 'Both' }),
    true,
  );
  await page.getByRole('combobox', { name: 'Add equipment' }).fill('jar');
  await page.getByRole('option', { name: /Jar opener/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Finalise plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Plan version 1\s+Active/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to patient' }).click();
}

async function planSession(page: Page, date: string) {
  await page.getByRole('button', { name: 'Plan a session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan a session' });
  await dialog.getByLabel('Date of the session').fill(date);
  await dialog.getByRole('button', { name: 'Plan session' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Session on ${shown(date)} Planned` }),
  ).toBeVisible();
}

test('plan and record a session', async ({ app }) => {
  let page = app.page;
  const today = isoDay(0);
  await addPatient(page, { given: 'Margaret', family: 'Okafor' });
  await finalisePlan(page);
  await planSession(page, today);

  // The checklist is drawn from the active plan, in the therapist's words, and can be changed.
  await expect(page.getByRole('textbox', { name: 'Item 1', exact: true })).toHaveValue(
    /^Check the fit of the night hand splint \(resting hand splint\), (right|left|both sides)$/,
  );
  await expect(page.getByLabel('Agenda')).toHaveValue(
    'Follow-up on plan version 1: Hands at night',
  );
  await expectNoA11yViolations(page);
  await page.getByRole('button', { name: 'Add a checklist item' }).click();
  await page
    .getByRole('textbox', { name: 'Item 6', exact: true })
    .fill('Check the skin under the strap');
  // Recording closes the plan, so unsaved changes to it must be saved (or undone) first.
  await page.getByRole('button', { name: 'Record session' }).click();
  await expect(page.getByText(/Save or undo your changes to the plan/)).toBeVisible();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Session plan saved')).toBeVisible();

  const record = page.getByRole('group', { name: 'Record what happened' });
  await setChecked(record.getByRole('checkbox', { name: 'Check the skin under the strap' }), true);
  await setChecked(record.getByRole('checkbox', { name: 'Ask about pain after activity' }), true);
  await record.getByRole('textbox', { name: /Pain after activity/ }).fill('4');
  await setChecked(record.getByRole('radio', { name: 'Mostly' }), true);
  await record.getByLabel('Notes').fill('Wrist sore after gardening.');
  await record.getByLabel('Changes made').fill('Strap padded.');
  await page.getByRole('button', { name: 'Record session' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Session on ${shown(today)} Recorded` }),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  // What was recorded is kept: it reads the same after the app restarts.
  page = await app.restart();
  await patientList(page)
    .getByRole('option', { name: /Okafor, Margaret/ })
    .click();
  const sessions = page.getByRole('region', { name: 'Sessions' });
  await expect(sessions.getByRole('listitem')).toContainText(['Recorded']);
  await sessions.getByRole('link', { name: `Session on ${shown(today)}` }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('definition').filter({ hasText: '4/10' })).toBeVisible();
  await expect(main.getByText('Mostly')).toBeVisible();
  await expect(main.getByText('Wrist sore after gardening.')).toBeVisible();
  await expect(main.getByText('Strap padded.')).toBeVisible();
  await expect(
    main.getByRole('listitem').filter({ hasText: 'Check the skin under the strap' }),
  ).toContainText('done');
  await expect(page.getByRole('button', { name: 'Record session' })).toHaveCount(0);

  // A recorded session is corrected by recording it again.
  await page.getByRole('button', { name: 'Correct the record' }).click();
  const correction = page.getByRole('group', { name: 'Correct the record' });
  await expect(correction.getByLabel('Notes')).toHaveValue('Wrist sore after gardening.');
  await correction.getByRole('textbox', { name: /Pain after activity/ }).fill('3');
  await page.getByRole('button', { name: 'Save correction' }).click();
  await expect(main.getByRole('definition').filter({ hasText: '3/10' }).first()).toBeVisible();
  await expect(main.getByText(/Recorded .+ by .+, corrected .+ by /)).toBeVisible();
  // The first record is kept, not overwritten.
  await main.getByText('Earlier versions of this record').click();
  const earlier = main.getByRole('group').filter({ hasText: 'Earlier versions of this record' });
  await expect(earlier.getByRole('listitem')).toHaveCount(1);
  await expect(earlier.getByRole('listitem')).toContainText('4/10');
  await expect(earlier.getByRole('listitem')).toContainText('Wrist sore after gardening.');
});

test('upcoming sessions across patients open the session, and a cancelled one leaves the list', async ({
  app,
}) => {
  const page = app.page;
  const nextWeek = isoDay(7);
  await addPatient(page, { given: 'Bob', family: 'Jones' });
  await planSession(page, nextWeek);
  // A session still to come cannot be recorded yet; the page says how to record it now.
  await expect(page.getByText(/You can record it on the day/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Item 1', exact: true })).toHaveValue(
    'Ask about pain after activity',
  );

  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Sessions' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upcoming sessions' })).toBeVisible();
  await expectNoA11yViolations(page);
  const row = page.getByRole('listitem').filter({ hasText: 'Jones, Bob' });
  await expect(row).toContainText('In 7 days');
  await row.getByRole('link').click();

  await page.getByRole('button', { name: 'Cancel session…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel session' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Session on ${shown(nextWeek)} Cancelled` }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Sessions' })
    .click();
  await expect(page.getByText(/No sessions planned/)).toBeVisible();
});
